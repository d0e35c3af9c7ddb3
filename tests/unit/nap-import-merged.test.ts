/** NAP import: pillars and objectives in merged cells (value only in the master cell) spread over their rows. */
import { describe, expect, it } from 'vitest';
import { preview } from '../fixtures/nap/preview';
import { SPANISH_EJES, spanishMatrix } from '../fixtures/nap/spanishMatrix';

describe('NAP import: merged pillar and objective cells', () => {
  it('gives every row of a merged eje and objective its pillar and objective', async () => {
    const result = await preview('pen.xlsx', await spanishMatrix());
    expect(result.counts).toEqual({ pillars: 5, objectives: 10, activities: 20, indicators: 20 });
    expect(result.plan.pillars.map((p) => `${p.code} ${p.name}`)).toEqual(
      SPANISH_EJES.map((e) => e.replace(/^Eje (\d)\. /, '$1 ')),
    );
    for (const pillar of result.plan.pillars) {
      expect(pillar.objectives.map((o) => o.code)).toEqual([
        `${pillar.code}.1`,
        `${pillar.code}.2`,
      ]);
      for (const objective of pillar.objectives) expect(objective.activities).toHaveLength(2);
    }
  });

  it('keeps the codes the file has, in file order, with the multi-line text as written', async () => {
    const result = await preview('pen.xlsx', await spanishMatrix());
    expect(result.activities.slice(0, 5).map((a) => a.code)).toEqual([
      '1.1.1',
      '1.1.2',
      '1.2.1',
      '1.2.2',
      '2.1.1',
    ]);
    expect(result.activities[0]!.text).toBe(
      'Medida 1.1.1: reforzar la detección\nen sectores de riesgo',
    );
    expect(result.plan.pillars[0]!.objectives[0]!.name).toBe(
      'Objetivo 1 del eje 1: mejorar la respuesta',
    );
    expect(result.activities.every((a) => a.pillarCode === a.code.split('.')[0])).toBe(true);
  });

  it('skips the merged source note under the matrix', async () => {
    const result = await preview('pen.xlsx', await spanishMatrix());
    expect(result.skippedRows).toEqual([{ rowNumber: 27, reason: 'note' }]);
    expect(result.rowErrors).toEqual([]);
  });
});
