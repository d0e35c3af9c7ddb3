/** NAP import: numbers in English, Spanish and French formats, and "no value yet" words. */
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../electron/core/nap/import/napGrid';
import { readNumber } from '../../electron/core/nap/import/napNumbers';
import { frenchMatrix } from '../fixtures/nap/frenchMatrix';
import { preview } from '../fixtures/nap/preview';
import { spanishMatrix } from '../fixtures/nap/spanishMatrix';

const text = (t: string): GridCell => ({ text: t, value: null, percent: false });
const read = (t: string) => readNumber(text(t));

describe('NAP import: numbers', () => {
  it('reads thousands and decimals of the three locales', () => {
    expect(read('1.250.000 €')).toEqual({ value: 1250000, percent: false, currency: 'EUR' });
    expect(read('1,250,000')).toEqual({ value: 1250000, percent: false, currency: '' });
    expect(read('12,5 %')).toEqual({ value: 12.5, percent: true, currency: '' });
    expect(read('150\u00A0000 €')).toMatchObject({ value: 150000, currency: 'EUR' });
    expect(read('150\u202F000,75')).toMatchObject({ value: 150000.75 });
    expect(read('1 250 000,50 €')).toMatchObject({ value: 1250000.5 });
    expect(read('45.000,50 €')).toMatchObject({ value: 45000.5 });
    expect(read('2.5')).toMatchObject({ value: 2.5 });
  });

  it('reads bounds, multipliers and currencies', () => {
    expect(read('≥ 40 %')).toEqual({ value: 40, percent: true, currency: '' });
    expect(read('$2.5M')).toEqual({ value: 2500000, percent: false, currency: 'USD' });
    expect(read('1,2 M€')).toEqual({ value: 1200000, percent: false, currency: 'EUR' });
    expect(read('USD 300,000')).toMatchObject({ value: 300000, currency: 'USD' });
  });

  it('reads "no value yet" as empty and prose as not a number', () => {
    for (const word of ['n/d', 'TBD', 'N/A', 's/d', '—', 'à définir', 'Por definir', '']) {
      expect(read(word)).toBeNull();
    }
    expect(read('Presupuesto ordinario')).toBe('invalid');
    expect(readNumber({ text: '12.5', value: 0.125, percent: true })).toEqual({
      value: 12.5,
      percent: true,
      currency: '',
    });
  });

  it('fills budgets, baselines and targets of real matrices', async () => {
    const es = await preview('pen.xlsx', await spanishMatrix());
    expect(es.activities[0]).toMatchObject({ budgetAmount: 1250000, currency: 'EUR' });
    expect(es.activities[2]).toMatchObject({
      budgetAmount: null,
      budgetText: 'Sin coste adicional',
    });
    expect(es.activities[2]!.warnings[0]!.field).toBe('budget');
    expect(es.activities[3]!.indicators[0]).toMatchObject({
      baselineValue: null,
      targetValue: 120,
    });
    expect(es.activities[1]!.indicators[0]).toMatchObject({
      targetValue: 40,
      unit: '%',
      isPercentage: true,
    });
    const fr = await preview('plan.xlsx', await frenchMatrix());
    expect(fr.activities[0]!.indicators[0]).toMatchObject({
      baselineValue: 12.5,
      targetValue: 30,
      unit: '%',
      isPercentage: true,
    });
    expect(fr.activities[0]).toMatchObject({ budgetAmount: 150000, currency: 'EUR' });
  });

  it('reports a baseline that is not a number as a row error', async () => {
    const { sheetOf } = await import('../fixtures/nap/preview');
    const bytes = await sheetOf([
      ['Pillar', 'Activity', 'Lead', 'Indicator', 'Baseline', 'Target'],
      ['Prevention', 'Campaign', 'NCA', 'People reached', 'about a third', '100'],
    ]);
    const result = await preview('m.xlsx', bytes);
    expect(result.rowErrors).toEqual([
      { rowNumber: 2, field: 'baseline', message: '“about a third” is not a number (baseline).' },
    ]);
  });
});
