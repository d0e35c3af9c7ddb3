/** NAP import: the matrix sheet is chosen over cover, instructions and hidden sheets; the header row under a title block. */
import { describe, expect, it } from 'vitest';
import { englishMatrix } from '../fixtures/nap/englishMatrix';
import { preview } from '../fixtures/nap/preview';
import { spanishMatrix } from '../fixtures/nap/spanishMatrix';

describe('NAP import: sheet and header row', () => {
  it('chooses the matrix sheet, not the cover, the instructions or the hidden lookup sheet', async () => {
    const result = await preview('pen.xlsx', await spanishMatrix());
    expect(result.sheets).toEqual([
      { name: 'Portada', hidden: false },
      { name: 'Instrucciones', hidden: false },
      { name: 'Listas', hidden: true },
      { name: 'Matriz PEN-TSH', hidden: false },
    ]);
    expect(result.sheet).toBe('Matriz PEN-TSH');
  });

  it('finds the header row under a merged title block and takes the plan title from it', async () => {
    const result = await preview('pen.xlsx', await spanishMatrix());
    expect(result.headerRow).toBe(6);
    expect(result.plan.title).toMatch(/^PLAN ESTRATÉGICO NACIONAL CONTRA LA TRATA/);
    expect(result.activities[0]!.rowNumber).toBe(7);
  });

  it('ignores a hidden sheet that looks like a matrix, but reads it when asked by name', async () => {
    const bytes = await englishMatrix();
    const auto = await preview('nap.xlsx', bytes);
    expect(auto.sheet).toBe('NAP 2026-2029');
    expect(auto.activities.every((a) => !a.text.startsWith('Old activity'))).toBe(true);
    const hidden = await preview('nap.xlsx', bytes, { sheet: 'Old matrix 2019' });
    expect(hidden.sheet).toBe('Old matrix 2019');
    expect(hidden.counts.activities).toBe(50);
  });

  it('uses the header row given instead of the one it would choose', async () => {
    const result = await preview('pen.xlsx', await spanishMatrix(), {
      sheet: 'Matriz PEN-TSH',
      headerRow: 6,
    });
    expect(result.counts).toEqual({ pillars: 5, objectives: 10, activities: 20, indicators: 20 });
    await expect(preview('pen.xlsx', await spanishMatrix(), { sheet: 'Nope' })).rejects.toThrow(
      /no sheet named/,
    );
  });
});
