import { describe, expect, it } from 'vitest';
import { reviewDue } from '../../shared/domain/actions';

const open = (dueDate: string | null) => ({ status: 'open' as const, dueDate });

describe('reviewDue', () => {
  it('counts overdue days to the date of a meeting that has taken place', () => {
    // Held on 10 March; the action was due on 1 March; today is 1 June.
    expect(reviewDue(open('2026-03-01'), '2026-03-10', '2026-06-01')).toEqual({
      overdueDays: 9,
      dueInDays: null,
    });
    // Not yet due at that meeting: nothing to say.
    expect(reviewDue(open('2026-04-01'), '2026-03-10', '2026-06-01')).toEqual({
      overdueDays: 0,
      dueInDays: null,
    });
  });

  it('counts from today for a coming meeting: overdue now, or due in N days', () => {
    // The meeting is on 20 June; today is 1 June.
    expect(reviewDue(open('2026-05-25'), '2026-06-20', '2026-06-01')).toEqual({
      overdueDays: 7,
      dueInDays: null,
    });
    // Due on 10 June: 9 days from today, not "overdue" at the meeting's date.
    expect(reviewDue(open('2026-06-10'), '2026-06-20', '2026-06-01')).toEqual({
      overdueDays: 0,
      dueInDays: 9,
    });
    expect(reviewDue(open('2026-06-01'), '2026-06-20', '2026-06-01')).toEqual({
      overdueDays: 0,
      dueInDays: 0,
    });
  });

  it('says nothing of actions without a due date or no longer open', () => {
    expect(reviewDue(open(null), '2026-06-20', '2026-06-01')).toEqual({
      overdueDays: 0,
      dueInDays: null,
    });
    expect(
      reviewDue({ status: 'done', dueDate: '2026-05-01' }, '2026-06-20', '2026-06-01'),
    ).toEqual({ overdueDays: 0, dueInDays: null });
  });
});
