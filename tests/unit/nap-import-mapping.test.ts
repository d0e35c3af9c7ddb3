/** NAP import: column mapping from English, Spanish and French headers, editable; codes kept, generated, unique. */
import { describe, expect, it } from 'vitest';
import { suggestNapMapping } from '../../electron/core/nap/import/napHeaders';
import { preview, sheetOf } from '../fixtures/nap/preview';

const mapped = (headers: string[]) =>
  Object.fromEntries(Object.entries(suggestNapMapping(headers)).filter(([, v]) => v !== null));

describe('NAP import: mapping and codes', () => {
  it.each([
    [
      'Pillar',
      'Objective',
      'Activity',
      'Lead',
      'Indicator',
      'Baseline',
      'Target',
      'Timeframe',
      'Budget',
      'Funding source',
      'Means of verification',
    ],
    [
      'Eje',
      'Objetivo',
      'Acción',
      'Entidad responsable',
      'Indicador',
      'Línea base',
      'Meta',
      'Plazo',
      'Presupuesto',
      'Fuente de financiación',
      'Medio de verificación',
    ],
    [
      'Pilier',
      'Objectif',
      'Activité',
      'Chef de file',
      'Indicateur',
      'Valeur de référence',
      'Cible',
      'Calendrier',
      'Budget',
      'Source de financement',
      'Moyens de vérification',
    ],
  ])('maps the headers %s, %s, %s…', (...headers) => {
    expect(mapped(headers)).toEqual({
      pillar: 0,
      objective: 1,
      activity: 2,
      lead: 3,
      indicator: 4,
      baseline: 5,
      target: 6,
      timeframe: 7,
      budget: 8,
      funding: 9,
      verification: 10,
    });
  });

  it('tells a strategic objective (pillar) from a specific one, and a year in a header from the name', () => {
    expect(
      mapped([
        'Objetivo estratégico',
        'Objetivo específico',
        'Medida',
        'Responsables',
        'Meta 2027',
        'Línea base 2023',
        'Año línea base',
      ]),
    ).toEqual({
      pillar: 0,
      objective: 1,
      activity: 2,
      lead: 3,
      target: 4,
      baseline: 5,
      baselineYear: 6,
    });
  });

  it('joins a second header line ("Valor | Año" under a merged "Línea base")', async () => {
    const bytes = await sheetOf([
      ['Eje', 'Actividad', 'Responsable', 'Indicador', 'Línea base', 'Línea base', 'Meta', 'Meta'],
      ['', '', '', '', 'Valor', 'Año', 'Valor', 'Año'],
      ['Prevención', 'Campaña', 'GC', 'Centros', '10', 2023, '40', 2027],
    ]);
    const result = await preview('m.xlsx', bytes);
    expect(result.mapping).toMatchObject({
      baseline: 4,
      baselineYear: 5,
      target: 6,
      targetYear: 7,
    });
    expect(result.activities[0]!.indicators[0]).toMatchObject({
      baselineValue: 10,
      baselineYear: 2023,
      targetValue: 40,
      targetYear: 2027,
    });
  });

  it('takes a mapping edited by hand over the suggestion', async () => {
    const bytes = await sheetOf([
      ['Área', 'Qué se hará', 'Quién', 'Indicador'],
      ['Prevención', 'Campaña', 'GC', 'Centros'],
    ]);
    const auto = await preview('m.xlsx', bytes);
    expect(auto.mapping.activity).toBeNull();
    const edited = await preview('m.xlsx', bytes, {
      headerRow: 1,
      mapping: { activity: 1, lead: 2 },
    });
    expect(edited.activities.map((a) => [a.code, a.text, a.leadAgencies[0]?.text])).toEqual([
      ['1.1.1', 'Campaña', 'GC'],
    ]);
    await expect(preview('m.xlsx', bytes, { mapping: { activity: 9 } })).rejects.toThrow(
      /Column 10/,
    );
  });

  it('generates codes when the file has none and reports a repeated code on the later row', async () => {
    const bytes = await sheetOf([
      ['Pillar', 'Objective', 'Code', 'Activity', 'Lead'],
      ['Prevention', 'Awareness', '', 'Campaign', 'NCA'],
      ['Prevention', 'Awareness', '', 'Schools', 'NCA'],
      ['Protection', 'Shelters', 'P-7', 'Beds', 'NCA'],
      ['Protection', 'Shelters', 'P-7', 'Hotline', ''],
    ]);
    const result = await preview('m.xlsx', bytes);
    expect(result.activities.map((a) => a.code)).toEqual(['1.1.1', '1.1.2', 'P-7', 'P-7']);
    expect(result.rowErrors).toEqual([
      { rowNumber: 5, field: 'lead', message: 'The activity has no lead agency.' },
      { rowNumber: 5, field: 'code', message: 'The code P-7 is already used on row 4.' },
    ]);
  });
});
