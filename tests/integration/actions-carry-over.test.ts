/** Carry-over of open actions into the next meetings' reviews of action items. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMeeting,
  moveTo as moveMeetingTo,
  reviewOf as reviewOfMeeting,
  startActionsWorld,
  type ActionsWorld,
} from '../fixtures/actionsWorld';
import type { TestCore } from '../fixtures/core';
import type { MeetingStatus } from '../../shared/domain/meetings';

let w: ActionsWorld;
let t: TestCore;
let police: string;
let prosecutors: string;
let immigration: string;
let bodyId: string;
beforeEach(async () => {
  w = await startActionsWorld({ memory: true });
  ({ t, police, prosecutors, immigration, bodyId } = w);
});
afterEach(async () => {
  await t.cleanup();
});

const meeting = (date: string) => createMeeting(w, date);
const moveTo = (id: string, status: MeetingStatus) => moveMeetingTo(t, id, status);
const reviewOf = (id: string) => reviewOfMeeting(t, id);

describe('carry-over into the next meetings', () => {
  it('carries open actions through three meetings; a done one drops out', async () => {
    const m1 = await meeting('2026-01-06');
    const m2 = await meeting('2026-02-03');
    const kept = await t.call('actions:create', {
      title: 'Trace financial flows',
      meetingId: m1.id,
      ownerAgencyId: police,
      dueDate: '2026-01-31',
    });
    const finished = await t.call('actions:create', {
      title: 'Share the hotline data',
      meetingId: m1.id,
      ownerAgencyId: prosecutors,
      dueDate: '2026-03-15',
    });
    const cancelled = await t.call('actions:create', {
      title: 'Visit the border post',
      meetingId: m1.id,
      ownerAgencyId: immigration,
      status: 'cancelled',
    });
    // Not in the review of its own meeting.
    expect(await reviewOf(m1.id)).toEqual([]);
    await moveTo(m1.id, 'minutes_drafted');

    const review2 = await reviewOf(m2.id);
    expect(review2.map((e) => [e.id, e.daysOverdue])).toEqual([
      [kept.id, 3], // due 31 Jan, meeting on 3 Feb
      [finished.id, 0],
    ]);
    await t.call('actions:addUpdate', {
      actionId: kept.id,
      date: '2026-02-03',
      note: 'Bank requests sent.',
      meetingId: m2.id,
    });
    await moveTo(m2.id, 'minutes_drafted');
    // Drafting again after a step back counts once.
    await t.call('meetings:setStatus', { id: m2.id, status: 'held' });
    await t.call('meetings:setStatus', { id: m2.id, status: 'minutes_drafted' });
    await t.call('actions:addUpdate', {
      actionId: finished.id,
      date: '2026-03-10',
      note: 'Data shared.',
      status: 'done',
    });

    // The third meeting is created only now: the carry-over still reaches it.
    const m3 = await meeting('2026-03-03');
    const review3 = await reviewOf(m3.id);
    expect(review3).toHaveLength(1);
    expect(review3[0]).toMatchObject({
      id: kept.id,
      status: 'open',
      latestUpdate: { date: '2026-02-03', note: 'Bank requests sent.' },
      daysOverdue: 31,
      timesCarriedOver: 2,
    });
    const detail = await t.call('actions:get', { id: kept.id });
    expect(detail.timesCarriedOver).toBe(2);
    expect(detail.carriedOverFrom.map((m) => m.number)).toEqual([1, 2]);
    expect((await t.call('actions:get', { id: finished.id })).timesCarriedOver).toBe(2);
    expect((await t.call('actions:get', { id: cancelled.id })).timesCarriedOver).toBe(0);
    const listed = await t.call('actions:list', { bodyId, status: ['open'] });
    expect(listed.items.map((i) => [i.id, i.timesCarriedOver])).toEqual([[kept.id, 2]]);
  });

  it('lists in the review the actions raised at earlier meetings, with owner and latest update', async () => {
    const m1 = await meeting('2026-01-06');
    const m2 = await meeting('2026-02-03');
    const item = m1.agenda.find((i) => i.kind === 'partner_updates')!;
    const a = await t.call('actions:create', {
      title: 'Publish the annual report',
      meetingId: m1.id,
      agendaItemId: item.id,
      ownerAgencyId: immigration,
      priority: 'high',
      dueDate: '2026-03-01',
    });
    const raisedAtM2 = await t.call('actions:create', {
      title: 'Raised at the second meeting',
      meetingId: m2.id,
      ownerAgencyId: police,
    });
    let review = await reviewOf(m2.id);
    expect(review).toEqual([
      {
        id: a.id,
        title: 'Publish the annual report',
        ownerAgency: { id: immigration, name: 'Immigration Service', acronym: '' },
        dueDate: '2026-03-01',
        status: 'open',
        priority: 'high',
        daysOverdue: 0,
        timesCarriedOver: 0,
        latestUpdate: null,
      },
    ]);
    await t.call('actions:addUpdate', {
      actionId: a.id,
      date: '2026-01-20',
      note: 'Printer booked.',
      status: 'in_progress',
    });
    await t.call('actions:addUpdate', { actionId: a.id, date: '2026-01-20', note: 'Proofs read.' });
    review = await reviewOf(m2.id);
    expect(review[0]).toMatchObject({
      status: 'in_progress',
      latestUpdate: { date: '2026-01-20', note: 'Proofs read.' },
    });
    expect(review.map((e) => e.id)).not.toContain(raisedAtM2.id);
    await t.call('actions:update', { id: a.id, patch: { status: 'cancelled' } });
    expect(await reviewOf(m2.id)).toEqual([]);
  });
});
