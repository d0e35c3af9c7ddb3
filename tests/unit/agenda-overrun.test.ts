import { describe, expect, it } from 'vitest';
import { agendaOverrun } from '../../shared/domain/meetings';
import { defaultTemplateItems } from '../../shared/domain/agendaTemplate';

describe('agendaOverrun', () => {
  it('gives the planned end and no overrun when the items fit', () => {
    expect(agendaOverrun('09:30', 60, [20, 40])).toEqual({ plannedEnd: '10:30', overMinutes: 0 });
    expect(agendaOverrun('10:00', 120, [])).toEqual({ plannedEnd: '12:00', overMinutes: 0 });
  });

  it('counts the minutes the items run past the planned end', () => {
    expect(agendaOverrun('09:30', 60, [40, 35])).toEqual({ plannedEnd: '10:30', overMinutes: 15 });
    expect(agendaOverrun('23:30', 60, [90])).toEqual({ plannedEnd: '00:30', overMinutes: 30 });
  });

  it('fits the default template into the default two-hour meeting', () => {
    const minutes = defaultTemplateItems('en').map((item) => item.minutes);
    expect(agendaOverrun('10:00', 120, minutes).overMinutes).toBe(0);
  });
});
