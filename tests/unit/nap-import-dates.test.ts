/** NAP import: timeframes as text, Excel date cells, and bare years that must stay years. */
import { describe, expect, it } from 'vitest';
import { readTimeframeText } from '../../electron/core/nap/import/napTimeframe';
import { frenchMatrix } from '../fixtures/nap/frenchMatrix';
import { preview, sheetOf } from '../fixtures/nap/preview';

describe('NAP import: timeframes and dates', () => {
  it.each([
    ['2º semestre 2026', '2026-07-01', '2026-12-31'],
    ['2e semestre 2026', '2026-07-01', '2026-12-31'],
    ['S1 2027', '2027-01-01', '2027-06-30'],
    ['Q3 2026', '2026-07-01', '2026-09-30'],
    ['T1 2027', '2027-01-01', '2027-03-31'],
    ['3er trimestre 2026', '2026-07-01', '2026-09-30'],
    ['2025–2027', '2025-01-01', '2027-12-31'],
    ['2025 - 2027', '2025-01-01', '2027-12-31'],
    ['enero 2026 - junio 2027', '2026-01-01', '2027-06-30'],
    ['marzo–junio 2026', '2026-03-01', '2026-06-30'],
    ['décembre 2026', '2026-12-01', '2026-12-31'],
    ['31/12/2026', '2026-12-31', '2026-12-31'],
    ['2026-03-15', '2026-03-15', '2026-03-15'],
    ['2027', '2027-01-01', '2027-12-31'],
  ])('reads “%s”', (text, start, end) => {
    expect(readTimeframeText(text)).toEqual({ start, end });
  });

  it.each(['Permanente', 'En continu', 'Ongoing', 'Anual', 'cuando proceda', '31/02/2026'])(
    'keeps “%s” as text without dates',
    (text) => {
      expect(readTimeframeText(text)).toEqual({ start: null, end: null });
    },
  );

  it('reads an Excel date cell as its day and a bare year cell as the whole year', async () => {
    const result = await preview('plan.xlsx', await frenchMatrix());
    const [m1, m2, m3, m4] = result.activities;
    expect(m1).toMatchObject({ timeframe: '2027', start: '2027-01-01', end: '2027-12-31' });
    expect(m2).toMatchObject({ timeframe: 'T1 2027', start: '2027-01-01', end: '2027-03-31' });
    expect(m3).toMatchObject({ timeframe: 'En continu', start: null, end: null });
    expect(m4).toMatchObject({ timeframe: '2026-12-31', start: '2026-12-31', end: '2026-12-31' });
  });

  it('reads start and end columns, and a year column stays a year', async () => {
    const bytes = await sheetOf([
      [
        'Pillar',
        'Activity',
        'Lead',
        'Start date',
        'End date',
        'Indicator',
        'Baseline',
        'Baseline year',
      ],
      ['Prevention', 'Campaign', 'NCA', new Date(Date.UTC(2026, 2, 1)), 2027, 'Reach', '10', 2024],
    ]);
    const result = await preview('m.xlsx', bytes);
    expect(result.activities[0]).toMatchObject({
      start: '2026-03-01',
      end: '2027-12-31',
      timeframe: '2026-03-01 – 2027',
    });
    expect(result.activities[0]!.indicators[0]).toMatchObject({
      baselineValue: 10,
      baselineYear: 2024,
    });
  });
});
