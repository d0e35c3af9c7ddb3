/** Series dates: month-end clamping, nth and last weekdays, intervals, year rollover. */
import { describe, expect, it } from 'vitest';
import { nextDates } from '../../shared/domain/recurrence';

describe('nextDates', () => {
  it('clamps the 31st to the last day of shorter months, leap years included', () => {
    expect(nextDates({ kind: 'monthly_day', day: 31, intervalMonths: 1 }, '2027-12-31', 4)).toEqual(
      ['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30'],
    );
    expect(nextDates({ kind: 'monthly_day', day: 30, intervalMonths: 1 }, '2026-01-15', 2)).toEqual(
      ['2026-01-30', '2026-02-28'],
    );
  });

  it('finds the first Tuesday of each month, starting in the same month when still ahead', () => {
    expect(
      nextDates(
        { kind: 'monthly_weekday', week: 1, weekday: 2, intervalMonths: 1 },
        '2026-11-30',
        3,
      ),
    ).toEqual(['2026-12-01', '2027-01-05', '2027-02-02']);
    expect(
      nextDates(
        { kind: 'monthly_weekday', week: 1, weekday: 2, intervalMonths: 1 },
        '2026-12-01',
        1,
      ),
    ).toEqual(['2027-01-05']);
  });

  it('finds the last Friday and the fourth Thursday, every two months', () => {
    expect(
      nextDates(
        { kind: 'monthly_weekday', week: 'last', weekday: 5, intervalMonths: 1 },
        '2026-01-01',
        3,
      ),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
    expect(
      nextDates(
        { kind: 'monthly_weekday', week: 4, weekday: 4, intervalMonths: 2 },
        '2026-10-01',
        3,
      ),
    ).toEqual(['2026-10-22', '2026-12-24', '2027-02-25']);
  });

  it('steps weekly intervals across a year end', () => {
    expect(nextDates({ kind: 'weekly', intervalWeeks: 2 }, '2026-12-20', 2)).toEqual([
      '2027-01-03',
      '2027-01-17',
    ]);
  });

  it('stops at 9999-12-31 instead of writing dates with a six-digit year', () => {
    expect(nextDates({ kind: 'monthly_day', day: 15, intervalMonths: 1 }, '9999-10-01', 5)).toEqual(
      ['9999-10-15', '9999-11-15', '9999-12-15'],
    );
    expect(nextDates({ kind: 'weekly', intervalWeeks: 1 }, '9999-12-20', 3)).toEqual([
      '9999-12-27',
    ]);
  });
});
