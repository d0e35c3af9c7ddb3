/**
 * Action items linked to the NAP activity they serve: set on create, changed or removed on
 * update, returned by get/list, filtered by activity, audited, and refused (nothing written)
 * for an unknown activity.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../fixtures/core';
import { auditHead, startActionsWorld, type ActionsWorld } from '../fixtures/actionsWorld';
import { createPlan, objectiveIn } from '../fixtures/napWorld';

let w: ActionsWorld;
let t: TestCore;
let identify: { id: string; code: string };
let train: { id: string; code: string };
beforeEach(async () => {
  w = await startActionsWorld();
  t = w.t;
  const plan = await createPlan(t);
  const o = await objectiveIn(t, plan.id);
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
