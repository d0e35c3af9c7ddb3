import { describe, expect, it } from 'vitest';
import { napPeriods } from '../../shared/domain/napPeriods';

describe('napPeriods', () => {
  it('lays quarters over a plan on an April–March year', () => {
    const periods = napPeriods('2026-05-10', '2027-04-01', 'quarter', 4);
    expect(periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['2026/27 Q1', '2026-04-01', '2026-06-30'],
      ['2026/27 Q2', '2026-07-01', '2026-09-30'],
      ['2026/27 Q3', '2026-10-01', '2026-12-31'],
      ['2026/27 Q4', '2027-01-01', '2027-03-31'],
      ['2027/28 Q1', '2027-04-01', '2027-06-30'],
    ]);
  });

  it('stops at the last year even where ISO text stops sorting as a date (year 9999)', () => {
    const periods = napPeriods('9999-01-01', '9999-12-31', 'year', 1);
    expect(periods).toEqual([{ seq: 1, label: '9999', start: '9999-01-01', end: '9999-12-31' }]);
  });
});
