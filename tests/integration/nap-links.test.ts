/**
 * Action items linked to the NAP activity they serve: set on create, changed or removed on
 * update, returned by get/list, filtered by activity, audited, and refused (nothing written)
 * for an unknown activity.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../fixtures/core';
import {
  auditHead,
  createMeeting,
  moveTo,
  startActionsWorld,
  type ActionsWorld,
} from '../fixtures/actionsWorld';
import { createPlan, objectiveIn, periodId } from '../fixtures/napWorld';

let w: ActionsWorld;
let t: TestCore;
let identify: { id: string; code: string };
let train: { id: string; code: string };
let planId: string;
let objectiveId: string;
beforeEach(async () => {
  w = await startActionsWorld({ memory: true });
  t = w.t;
  const plan = await createPlan(t);
  planId = plan.id;
  const o = await objectiveIn(t, plan.id);
  objectiveId = o.id;
  identify = await t.call('nap:upsertActivity', {
    objectiveId: o.id,
    text: 'Identify victims at borders',
  });
  train = await t.call('nap:upsertActivity', {
    objectiveId: o.id,
    text: 'Train labour inspectors',
  });
});
afterEach(async () => {
  await t.cleanup();
});

describe('action items linked to NAP activities', () => {
  it('links on create, returns the link on get and list, and filters by activity', async () => {
    const a = await t.call('actions:create', {
      title: 'Draft the border screening checklist',
      ownerAgencyId: w.police,
      napActivityId: identify.id,
    });
    expect(a.napActivity).toEqual({
      id: identify.id,
      code: identify.code,
      text: 'Identify victims at borders',
    });
    const other = await t.call('actions:create', { title: 'Book a room', ownerAgencyId: w.police });
    expect(other.napActivity).toBeNull();
    expect((await t.call('actions:get', { id: a.id })).napActivity?.id).toBe(identify.id);

    const all = await t.call('actions:list', {});
    expect(all.items.find((i) => i.id === a.id)?.napActivity?.code).toBe(identify.code);
    const linked = await t.call('actions:list', { napActivityId: identify.id });
    expect(linked.items.map((i) => i.id)).toEqual([a.id]);
    expect(linked.total).toBe(1);
    expect((await t.call('actions:list', { napActivityId: train.id })).total).toBe(0);
  });

  it('moves the link to another activity, removes it with null, and audits each change', async () => {
    const a = await t.call('actions:create', {
      title: 'Checklist',
      ownerAgencyId: w.police,
      napActivityId: identify.id,
    });
    const before = await auditHead(t);
    const moved = await t.call('actions:update', { id: a.id, patch: { napActivityId: train.id } });
    expect(moved.napActivity?.id).toBe(train.id);
    // A patch without the field keeps the link.
    const kept = await t.call('actions:update', { id: a.id, patch: { title: 'Checklist v2' } });
    expect(kept.napActivity?.id).toBe(train.id);
    const removed = await t.call('actions:update', { id: a.id, patch: { napActivityId: null } });
    expect(removed.napActivity).toBeNull();
    expect((await t.call('actions:list', { napActivityId: train.id })).total).toBe(0);
    const log = await t.call('audit:list', { limit: 3 });
    expect((await auditHead(t)).total).toBe(before.total + 3);
    expect(log.items.map((e) => e.channel)).toEqual([
      'actions:update',
      'actions:update',
      'actions:update',
    ]);
  });

  it('refuses an unknown activity with VALIDATION and writes nothing', async () => {
    const before = await auditHead(t);
    const bad = await t.fail('actions:create', {
      title: 'X',
      ownerAgencyId: w.police,
      napActivityId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details).toMatchObject({ field: 'napActivityId' });
    expect((await t.call('actions:list', {})).total).toBe(0);

    const a = await t.call('actions:create', {
      title: 'Checklist',
      ownerAgencyId: w.police,
      napActivityId: identify.id,
    });
    const badPatch = await t.fail('actions:update', {
      id: a.id,
      patch: { title: 'Renamed', napActivityId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(badPatch.code).toBe('VALIDATION');
    const after = await t.call('actions:get', { id: a.id });
    expect(after.title).toBe('Checklist');
    expect(after.napActivity?.id).toBe(identify.id);
    expect((await auditHead(t)).total).toBe(before.total + 1);
  });

  it('drops only the link when the activity is removed', async () => {
    const a = await t.call('actions:create', {
      title: 'Checklist',
      ownerAgencyId: w.police,
      napActivityId: identify.id,
    });
    await t.call('nap:removeNode', { kind: 'activity', id: identify.id });
    const after = await t.call('actions:get', { id: a.id });
    expect(after.napActivity).toBeNull();
  });
});

describe('the NAP progress item of a meeting', () => {
  it("lists the active plan's activities due soon or at risk, and the activity's links", async () => {
    await t.call('nap:updatePlan', { id: planId, patch: { status: 'active' } });
    const m = await createMeeting(w, '2026-04-07');
    const far = await t.call('nap:upsertActivity', {
      objectiveId,
      text: 'Open a second shelter',
      end: '2027-12-31',
    });
    const due = await t.call('nap:upsertActivity', {
      objectiveId,
      text: 'Adopt referral guidelines',
      end: '2026-06-30',
    });
    await t.call('nap:upsertActivity', {
      objectiveId,
      id: train.id,
      text: 'Train labour inspectors',
      status: 'delayed',
      statusReason: 'No trainers',
    });
    const review = await t.call('nap:meetingProgress', { meetingId: m.id });
    expect(review.locked).toBe(false);
    expect(review.plans).toHaveLength(1);
    expect(review.plans[0]!.periodId).toBe(await periodId(t, planId, '2026'));
    const listed = Object.fromEntries(review.plans[0]!.activities.map((a) => [a.id, a.reason]));
    expect(listed).toEqual({ [due.id]: 'due', [train.id]: 'at_risk' });
    expect(listed[far.id]).toBeUndefined();

    // Recorded at the meeting: shown as the latest update and as a meeting of the activity.
    await t.call('nap:addProgressUpdate', {
      activityId: due.id,
      periodId: review.plans[0]!.periodId!,
      status: 'on_track',
      narrative: 'Draft circulated to members',
      meetingId: m.id,
    });
    const after = await t.call('nap:meetingProgress', { meetingId: m.id });
    const row = after.plans[0]!.activities.find((a) => a.id === due.id)!;
    expect(row.latestUpdate).toMatchObject({
      status: 'on_track',
      narrative: 'Draft circulated to members',
      meetingId: m.id,
    });
    const action = await t.call('actions:create', {
      title: 'Circulate the guidelines',
      ownerAgencyId: w.prosecutors,
      napActivityId: due.id,
      dueDate: '2026-05-01',
    });
    const links = await t.call('nap:activityLinks', { activityId: due.id });
    expect(links.actions.map((a) => a.id)).toEqual([action.id]);
    expect(links.meetings).toEqual([
      { id: m.id, title: expect.any(String), date: '2026-04-07', updates: 1 },
    ]);
    expect((await t.fail('nap:activityLinks', { activityId: m.id })).code).toBe('NOT_FOUND');
  });

  it('is locked once the minutes are approved, and then takes no progress update', async () => {
    await t.call('nap:updatePlan', { id: planId, patch: { status: 'active' } });
    const m = await createMeeting(w, '2026-03-10');
    await moveTo(t, m.id, 'minutes_approved');
    const review = await t.call('nap:meetingProgress', { meetingId: m.id });
    expect(review.locked).toBe(true);
    const before = await auditHead(t);
    const error = await t.fail('nap:addProgressUpdate', {
      activityId: identify.id,
      periodId: review.plans[0]!.periodId!,
      status: 'on_track',
      meetingId: m.id,
    });
    expect(error.code).toBe('LOCKED_RECORD');
    expect((await auditHead(t)).total).toBe(before.total);
    expect((await t.call('nap:activityLinks', { activityId: identify.id })).meetings).toEqual([]);
  });
});
