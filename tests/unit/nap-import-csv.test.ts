/** NAP import: a CSV saved in a Spanish/French locale (BOM, `;`, decimal commas, quoted line breaks). */
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../electron/core/nap/import/napGrid';
import { csvMatrix } from '../fixtures/nap/csvMatrix';
import { preview } from '../fixtures/nap/preview';
import { agencyId } from '../fixtures/nap/register';

describe('NAP import: CSV', () => {
  it('chooses `;` even when decimal commas outnumber it', () => {
    expect(detectDelimiter('Eje;Meta;Base\nA;"12,5";"1,5"\nB;3,5;4,25')).toBe(';');
    expect(detectDelimiter('Pillar,Activity,Target\nA,B,"1,000"')).toBe(',');
  });

  it('reads the BOM-prefixed header under a title line, and quoted line breaks in cells', async () => {
    const result = await preview('plan.csv', csvMatrix());
    expect(result).toMatchObject({ format: 'csv', sheet: null, headerRow: 2 });
    expect(result.columns[0]!.header).toBe('Eje');
    expect(result.mapping).toMatchObject({ pillar: 0, activity: 1, lead: 2, indicator: 4 });
    expect(result.activities[0]!.text).toBe('Campaña en escuelas\n(10 provincias)');
    expect(result.activities[0]!.leadAgencies.map((a) => a.agencyId)).toEqual([
      agencyId(2),
      agencyId(3),
    ]);
  });

  it('reads the locale numbers of the CSV', async () => {
    const result = await preview('plan.csv', csvMatrix());
    const values = result.activities.map((a) => [
      a.indicators[0]!.baselineValue,
      a.indicators[0]!.targetValue,
    ]);
    expect(values).toEqual([
      [12.5, 40],
      [1250, 3000],
      [100, 150.5],
    ]);
    expect(result.counts).toEqual({ pillars: 2, objectives: 2, activities: 3, indicators: 3 });
  });
});
