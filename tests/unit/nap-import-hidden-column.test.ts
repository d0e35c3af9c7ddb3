/** NAP import: a hidden column is not mapped by default, but can be mapped by hand. */
import { describe, expect, it } from 'vitest';
import { englishMatrix } from '../fixtures/nap/englishMatrix';
import { preview } from '../fixtures/nap/preview';

describe('NAP import: hidden columns', () => {
  it('flags the hidden column and maps the visible lead column instead', async () => {
    const result = await preview('nap.xlsx', await englishMatrix());
    expect(result.columns[3]).toEqual({ index: 3, header: 'Lead agency (old)', hidden: true });
    expect(result.mapping.lead).toBe(4);
    expect(result.activities.flatMap((a) => a.leadAgencies.map((l) => l.text))).not.toContain(
      'WRONG',
    );
  });

  it('reads the hidden column when the user maps it', async () => {
    const result = await preview('nap.xlsx', await englishMatrix(), { mapping: { lead: 3 } });
    expect(result.activities[0]!.leadAgencies).toEqual([{ text: 'WRONG', agencyId: null }]);
    expect(result.missingAgencies).toContain('WRONG');
  });
});
