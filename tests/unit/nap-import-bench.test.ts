/** NAP import: the preview of a benchmark-sized matrix (300 activities, 600 indicators) stays well under 2 s. */
import { describe, expect, it } from 'vitest';
import { benchMatrix } from '../fixtures/nap/benchPlan';
import { preview } from '../fixtures/nap/preview';

describe('NAP import: size', () => {
  it('previews 300 activities and 600 indicators in well under 2 s', async () => {
    const bytes = await benchMatrix();
    await preview('warm-up.xlsx', bytes); // module loading and JIT are not the importer's time
    const started = performance.now();
    const result = await preview('bench.xlsx', bytes);
    const elapsed = performance.now() - started;
    expect(result.counts).toEqual({ pillars: 4, objectives: 20, activities: 300, indicators: 600 });
    expect(result.rowErrors).toEqual([]);
    // About 0.3–0.9 s on the shared 2-core machine; exceljs's own load is most of it.
    expect(elapsed).toBeLessThan(2000);
  });
});
