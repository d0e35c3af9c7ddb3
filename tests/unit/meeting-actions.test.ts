/** The meeting page's actions: the origin a new action is created with, and the tab's order. */
import { describe, expect, it } from 'vitest';
import {
  initialActionValues,
  toCreateInput,
} from '../../renderer/src/components/actions/actionFormValues';
import { inAgendaOrder } from '../../renderer/src/features/meetings/meetingActionOrder';

const MEETING = '11111111-1111-4111-8111-111111111111';
const ITEM = '22222222-2222-4222-8222-222222222222';
const DECISION = '33333333-3333-4333-8333-333333333333';
const OWNER = '44444444-4444-4444-8444-444444444444';

describe('a new action from the meeting page', () => {
  it('keeps the meeting, agenda item and decision it was opened from', () => {
    const values = initialActionValues(null, {
      meetingId: MEETING,
      agendaItemId: ITEM,
      decisionId: DECISION,
    });
    expect(toCreateInput({ ...values, title: ' Share data ', ownerAgencyId: OWNER })).toMatchObject(
      {
        title: 'Share data',
        meetingId: MEETING,
        agendaItemId: ITEM,
        decisionId: DECISION,
      },
    );
  });

  it('drops an item or decision left over once the meeting is cleared', () => {
    const values = initialActionValues(null, { agendaItemId: ITEM, decisionId: DECISION });
    expect(toCreateInput({ ...values, title: 'x', ownerAgencyId: OWNER })).toMatchObject({
      meetingId: null,
      agendaItemId: null,
      decisionId: null,
    });
  });
});

describe('the Actions tab order', () => {
  it('follows the agenda, keeps entry order within an item, and puts the rest last', () => {
    const agenda = [{ id: 'opening' }, { id: 'review' }, { id: 'nap' }];
    const actions = [
      { title: 'a', agendaItemId: null },
      { title: 'b', agendaItemId: 'nap' },
      { title: 'c', agendaItemId: 'review' },
      { title: 'd', agendaItemId: 'removed-item' },
      { title: 'e', agendaItemId: 'review' },
    ];
    expect(inAgendaOrder(agenda, actions).map((a) => a.title)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});
