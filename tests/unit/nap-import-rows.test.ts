/** NAP import: group-first-row pillars, one activity over several indicator rows, subtotal / total / note rows. */
import { describe, expect, it } from 'vitest';
import { englishMatrix, FOUR_P } from '../fixtures/nap/englishMatrix';
import { FRENCH_AXES, frenchMatrix } from '../fixtures/nap/frenchMatrix';
import { preview, sheetOf } from '../fixtures/nap/preview';

describe('NAP import: rows', () => {
  it('carries an axis and objective written only on their group’s first row down to the group', async () => {
    const result = await preview('plan.xlsx', await frenchMatrix());
    expect(result.counts).toEqual({ pillars: 6, objectives: 12, activities: 24, indicators: 24 });
    expect(result.plan.pillars.map((p) => p.name)).toEqual(
      FRENCH_AXES.map((a) => a.replace(/^Axe \d – /, '')),
    );
    expect(result.activities.map((a) => a.code).slice(0, 4)).toEqual(['M1', 'M2', 'M3', 'M4']);
    expect(result.activities[3]!.objectiveCode).toBe('1.2');
  });

  it('reads one activity spread over three rows (one per indicator) as one activity', async () => {
    const result = await preview('nap.xlsx', await englishMatrix());
    expect(result.counts).toEqual({ pillars: 4, objectives: 4, activities: 8, indicators: 16 });
    const campaign = result.activities[0]!;
    expect(campaign.indicators.map((i) => i.name)).toEqual([
      'Number of people reached',
      'Percentage of victims identified',
      'Cases reported',
    ]);
    expect([campaign.rowNumber, campaign.lastRowNumber]).toEqual([4, 6]);
    expect(result.plan.pillars.map((p) => p.name)).toEqual(FOUR_P);
  });

  it('leaves subtotal, total and note rows out of the plan', async () => {
    const result = await preview('nap.xlsx', await englishMatrix());
    const reasons = result.skippedRows.map((s) => s.reason);
    expect(reasons.filter((r) => r === 'total')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'note')).toHaveLength(4);
    expect(result.activities.some((a) => /subtotal|total|note/i.test(a.text))).toBe(false);
  });

  it('reads heading rows as pillars and objectives, and a level column as objective indicators', async () => {
    const bytes = await sheetOf([
      ['Objetivo', 'Actividad', 'Responsable', 'Nivel', 'Indicador', 'Meta'],
      ['EJE 1. PREVENCIÓN'],
      ['1.1 Sensibilizar', '', '', 'Objetivo', 'Población informada', '60 %'],
      ['1.1 Sensibilizar', 'Campaña nacional', 'Guardia Civil', 'Actividad', 'Anuncios', '12'],
      ['Eje 2. Protección'],
      ['2.1 Acoger', 'Red de pisos', 'CNP', '', 'Plazas', '100'],
    ]);
    const result = await preview('m.xlsx', bytes);
    expect(result.plan.pillars.map((p) => [p.code, p.name])).toEqual([
      ['1', 'PREVENCIÓN'],
      ['2', 'Protección'],
    ]);
    const objective = result.plan.pillars[0]!.objectives[0]!;
    expect(objective.indicators.map((i) => [i.name, i.targetValue, i.isPercentage])).toEqual([
      ['Población informada', 60, true],
    ]);
    expect(result.activities.map((a) => a.code)).toEqual(['1.1.1', '2.1.1']);
    expect(result.counts).toEqual({ pillars: 2, objectives: 2, activities: 2, indicators: 3 });
  });
});
