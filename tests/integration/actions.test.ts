/**
 * Action items through the contract: creation from a meeting (body, agenda item, decision),
 * the reference rules, overdue on the injected clock, list filters and sorting, the
 * append-only history, the all-or-nothing bulk status change and saved filters.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  auditHead as auditHeadOf,
  createMeeting,
  moveTo as moveMeetingTo,
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
let policeFp: string;
let prosecutorsFp: string;
let bodyId: string;
beforeEach(async () => {
  w = await startActionsWorld({ memory: true });
  ({ t, police, prosecutors, immigration, policeFp, prosecutorsFp, bodyId } = w);
});
afterEach(async () => {
  await t.cleanup();
});

const setDay = (day: string) => w.setDay(day);
const meeting = (date: string) => createMeeting(w, date);
const moveTo = (id: string, status: MeetingStatus) => moveMeetingTo(t, id, status);
const auditHead = () => auditHeadOf(t);

describe('actions', () => {
  it('creates an action from a meeting: body, agenda item and decision of that meeting', async () => {
    const m = await meeting('2026-03-03');
    const item = m.agenda.find((i) => i.kind === 'case_discussion')!;
    const decision = await t.call('decisions:create', {
      meetingId: m.id,
      agendaItemId: item.id,
      text: 'The police will open a joint file with the prosecutor.',
    });
    const a = await t.call('actions:create', {
      title: 'Open a joint file',
      description: 'With the prosecutor’s office',
      meetingId: m.id,
      agendaItemId: item.id,
      ownerAgencyId: police,
      focalPointId: policeFp,
      supportingAgencyIds: [prosecutors, prosecutors],
      dueDate: '2026-04-01',
      priority: 'high',
    });
    expect(a).toMatchObject({
      title: 'Open a joint file',
      status: 'open',
      priority: 'high',
      body: { id: bodyId, name: 'National Task Force' },
      meeting: { id: m.id, number: 1, date: '2026-03-03', title: '1st meeting' },
      agendaItem: { id: item.id },
      decision: null,
      ownerAgency: { id: police },
      focalPoint: { id: policeFp, name: 'Inspector Ama' },
      overdue: false,
      daysOverdue: 0,
      timesCarriedOver: 0,
      updates: [],
      latestUpdate: null,
      completedAt: null,
    });
    expect(a.supportingAgencies.map((s) => s.id)).toEqual([prosecutors]);
    // The decision alone names the meeting (and so the body).
    const fromDecision = await t.call('actions:create', {
      title: 'Report back',
      decisionId: decision.id,
      ownerAgencyId: prosecutors,
    });
    expect(fromDecision.meeting?.id).toBe(m.id);
    expect(fromDecision.body?.id).toBe(bodyId);
    expect(fromDecision.decision).toMatchObject({ id: decision.id, reference: decision.reference });
    // Outside a meeting: a body may be named directly.
    const standalone = await t.call('actions:create', {
      title: 'Translate the SOP',
      bodyId,
      ownerAgencyId: immigration,
    });
    expect(standalone).toMatchObject({ meeting: null, body: { id: bodyId } });
    expect(await t.call('actions:get', { id: a.id })).toEqual(a);
    // The meeting's list (its Actions tab) says under which item and decision each was agreed.
    const ofMeeting = await t.call('actions:list', { meetingId: m.id, sortBy: 'createdAt' });
    expect(ofMeeting.items.map((i) => [i.title, i.agendaItemId, i.decisionId])).toEqual([
      ['Open a joint file', item.id, null],
      ['Report back', null, decision.id],
    ]);
    expect(a).toMatchObject({ agendaItemId: item.id, decisionId: null });
  });

  it('refuses bad references and writes nothing', async () => {
    const m = await meeting('2026-03-03');
    const other = await meeting('2026-04-07');
    const before = await auditHead();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ focalPointId: prosecutorsFp }, 'VALIDATION', 'focalPointId'],
      [{ ownerAgencyId: '00000000-0000-4000-8000-000000000000' }, 'VALIDATION', 'ownerAgencyId'],
      [{ supportingAgencyIds: [police] }, 'VALIDATION', 'supportingAgencyIds'],
      [
        { supportingAgencyIds: ['00000000-0000-4000-8000-000000000001'] },
        'VALIDATION',
        'supportingAgencyIds',
      ],
      [{ agendaItemId: other.agenda[0]!.id }, 'VALIDATION', 'agendaItemId'],
      [{ meetingId: '00000000-0000-4000-8000-000000000002' }, 'VALIDATION', 'meetingId'],
      [{ bodyId: '00000000-0000-4000-8000-000000000003' }, 'VALIDATION', 'bodyId'],
    ];
    for (const [change, code, field] of cases) {
      const error = await t.fail('actions:create', {
        title: 'X',
        meetingId: m.id,
        ownerAgencyId: police,
        ...change,
      });
      expect(
        [error.code, (error.details as { field?: string }).field],
        JSON.stringify(change),
      ).toEqual([code, field]);
    }
    const archived = await t.call('agencies:create', { name: 'Old Unit', kind: 'other' });
    await t.call('agencies:archive', { id: archived.id, archived: true });
    expect((await t.fail('actions:create', { title: 'X', ownerAgencyId: archived.id })).code).toBe(
      'VALIDATION',
    );
    // A focal point no longer in post.
    await t.call('focalPoints:end', { id: policeFp, endDate: '2026-03-10' });
    expect(
      (
        await t.fail('actions:create', {
          title: 'X',
          ownerAgencyId: police,
          focalPointId: policeFp,
        })
      ).details,
    ).toMatchObject({ field: 'focalPointId' });
    expect((await t.call('actions:list', {})).total).toBe(0);
    // The archive and the ended focal point are the only changes.
    expect((await auditHead()).total).toBe(before.total + 3);

    // Approved minutes take no new actions (both meetings have been held by now).
    setDay('2026-04-08');
    for (const id of [m.id, other.id]) await moveTo(id, 'minutes_drafted');
    await t.call('meetings:setStatus', { id: m.id, status: 'minutes_approved' });
    expect(
      (await t.fail('actions:create', { title: 'X', meetingId: m.id, ownerAgencyId: police })).code,
    ).toBe('LOCKED_RECORD');

    // Updates follow the same rules.
    const a = await t.call('actions:create', { title: 'Y', ownerAgencyId: police });
    const wrongFp = await t.fail('actions:update', {
      id: a.id,
      patch: { focalPointId: prosecutorsFp },
    });
    expect(wrongFp).toMatchObject({ code: 'VALIDATION', details: { field: 'focalPointId' } });
    const unknown = await t.fail('actions:update', {
      id: '00000000-0000-4000-8000-000000000004',
      patch: { title: 'Z' },
    });
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('computes overdue and days overdue from the injected clock', async () => {
    const a = await t.call('actions:create', {
      title: 'Due yesterday',
      ownerAgencyId: police,
      dueDate: '2026-03-09',
    });
    const b = await t.call('actions:create', {
      title: 'Due today',
      ownerAgencyId: police,
      dueDate: '2026-03-10',
    });
    expect([a.overdue, a.daysOverdue, b.overdue, b.daysOverdue]).toEqual([true, 1, false, 0]);
    setDay('2026-06-10');
    const later = await t.call('actions:get', { id: b.id });
    expect([later.overdue, later.daysOverdue]).toEqual([true, 92]);
    await t.call('actions:update', { id: b.id, patch: { status: 'done' } });
    const done = await t.call('actions:get', { id: b.id });
    expect([done.overdue, done.daysOverdue, done.completedAt]).toEqual([false, 0, '2026-06-10']);
  });

  it('filters, sorts and pages the list', async () => {
    const m1 = await meeting('2026-02-03');
    const make = (title: string, extra: Record<string, unknown>) =>
      t.call('actions:create', { title, ownerAgencyId: police, ...extra } as never);
    const late = await make('Trace financial flows', {
      meetingId: m1.id,
      dueDate: '2026-03-01',
      priority: 'high',
    });
    const soon = await make('Draft the referral SOP', {
      dueDate: '2026-03-20',
      ownerAgencyId: prosecutors,
      supportingAgencyIds: [police],
      description: 'Référence nationale',
    });
    const noDue = await make('Map shelters', { ownerAgencyId: immigration, priority: 'low' });
    const done = await make('Train border officers', { dueDate: '2026-01-15', status: 'done' });
    const ids = async (input: Record<string, unknown>) =>
      (await t.call('actions:list', input as never)).items.map((i) => i.id);

    expect(await ids({})).toEqual([done.id, late.id, soon.id, noDue.id]);
    expect(await ids({ sortDir: 'desc' })).toEqual([soon.id, late.id, done.id, noDue.id]);
    expect(await ids({ sortBy: 'priority' })).toEqual([late.id, done.id, soon.id, noDue.id]);
    expect(await ids({ overdue: true })).toEqual([late.id]);
    expect(await ids({ overdue: false })).toEqual([done.id, soon.id, noDue.id]);
    expect(await ids({ ownerAgencyId: police })).toEqual([done.id, late.id]);
    expect(await ids({ agencyId: police })).toEqual([done.id, late.id, soon.id]);
    expect(await ids({ status: ['open', 'blocked'] })).toEqual([late.id, soon.id, noDue.id]);
    expect(await ids({ dueFrom: '2026-02-01', dueTo: '2026-03-31' })).toEqual([late.id, soon.id]);
    expect(await ids({ meetingId: m1.id })).toEqual([late.id]);
    expect(await ids({ bodyId })).toEqual([late.id]);
    expect(await ids({ search: 'REFERENCE' })).toEqual([soon.id]);
    expect(await ids({ search: 'financial trace' })).toEqual([late.id]);
    expect(await ids({ search: '100%_' })).toEqual([]);
    const page = await t.call('actions:list', { limit: 2, offset: 1 });
    expect([page.total, page.items.map((i) => i.id)]).toEqual([4, [late.id, soon.id]]);
    expect(page.items[1]!.supportingAgencies.map((s) => s.id)).toEqual([police]);
  });

  it('keeps the whole history: updates are appended, never rewritten', async () => {
    const m = await meeting('2026-03-03');
    const a = await t.call('actions:create', {
      title: 'Sign the MoU',
      ownerAgencyId: police,
      dueDate: '2026-05-01',
    });
    const first = await t.call('actions:addUpdate', {
      actionId: a.id,
      date: '2026-03-05',
      note: 'Draft sent to the ministry.',
      meetingId: m.id,
    });
    setDay('2026-03-20');
    const second = await t.call('actions:addUpdate', {
      actionId: a.id,
      date: '2026-03-18',
      note: 'Waiting for the legal review.',
      status: 'blocked',
    });
    expect(second.updates.slice(0, 1)).toEqual(first.updates);
    expect(second.latestUpdate).toEqual({
      date: '2026-03-18',
      note: 'Waiting for the legal review.',
    });
    // A status change through an edit is recorded too, dated today.
    const edited = await t.call('actions:update', {
      id: a.id,
      patch: { status: 'done', title: 'Sign the MoU with the ministry' },
    });
    expect(edited.updates.slice(0, 2)).toEqual(second.updates);
    expect(
      edited.updates.map((u) => [u.date, u.statusFrom, u.statusTo, u.meeting?.id ?? null]),
    ).toEqual([
      ['2026-03-05', 'open', 'open', m.id],
      ['2026-03-18', 'open', 'blocked', null],
      ['2026-03-20', 'blocked', 'done', null],
    ]);
    expect(edited.completedAt).toBe('2026-03-20');
    // Re-opening clears the completion; the entries stay.
    const reopened = await t.call('actions:addUpdate', {
      actionId: a.id,
      date: '2026-03-20',
      note: 'Signature withdrawn.',
      status: 'in_progress',
    });
    expect(reopened.completedAt).toBeNull();
    expect(reopened.updates.slice(0, 3)).toEqual(edited.updates);
    expect(reopened.latestUpdate?.note).toBe('Signature withdrawn.');
    // An update says something, and not about the future.
    const empty = await t.fail('actions:addUpdate', { actionId: a.id, date: '2026-03-20' });
    expect(empty).toMatchObject({ code: 'VALIDATION', details: { field: 'note' } });
    const future = await t.fail('actions:addUpdate', {
      actionId: a.id,
      date: '2026-03-21',
      note: 'x',
    });
    expect(future).toMatchObject({ code: 'VALIDATION', details: { field: 'date' } });
    expect((await t.call('actions:get', { id: a.id })).updates).toHaveLength(4);
  });

  it('sets one status on many actions in one transaction, or on none', async () => {
    const a = await t.call('actions:create', { title: 'A', ownerAgencyId: police });
    const b = await t.call('actions:create', { title: 'B', ownerAgencyId: prosecutors });
    const before = await auditHead();
    const missing = '00000000-0000-4000-8000-00000000000f';
    const error = await t.fail('actions:bulkSetStatus', {
      ids: [a.id, missing, b.id],
      status: 'done',
      note: 'Closed at the review.',
    });
    expect(error).toMatchObject({ code: 'NOT_FOUND', details: { ids: [missing] } });
    for (const id of [a.id, b.id]) {
      const stored = await t.call('actions:get', { id });
      expect([stored.status, stored.updates.length]).toEqual(['open', 0]);
    }
    expect(await auditHead()).toEqual(before);

    const result = await t.call('actions:bulkSetStatus', {
      ids: [a.id, b.id, a.id],
      status: 'done',
      note: 'Closed at the review.',
    });
    expect(result).toEqual({ updated: 2, ids: [a.id, b.id] });
    for (const id of [a.id, b.id]) {
      const stored = await t.call('actions:get', { id });
      expect(stored.status).toBe('done');
      expect(stored.updates.map((u) => [u.note, u.statusFrom, u.statusTo])).toEqual([
        ['Closed at the review.', 'open', 'done'],
      ]);
    }
    expect((await auditHead()).total).toBe(before.total + 1);
  });

  it('changing the owner drops the former owner’s focal point and a clash with supporters', async () => {
    const a = await t.call('actions:create', {
      title: 'A',
      ownerAgencyId: police,
      focalPointId: policeFp,
      supportingAgencyIds: [prosecutors, immigration],
    });
    const moved = await t.call('actions:update', {
      id: a.id,
      patch: { ownerAgencyId: prosecutors },
    });
    expect(moved.focalPoint).toBeNull();
    expect(moved.supportingAgencies.map((s) => s.id)).toEqual([immigration]);
    const withFp = await t.call('actions:update', {
      id: a.id,
      patch: { focalPointId: prosecutorsFp, dueDate: '2026-04-01', priority: 'low' },
    });
    expect(withFp).toMatchObject({ focalPoint: { id: prosecutorsFp }, priority: 'low' });
    const cleared = await t.call('actions:update', { id: a.id, patch: { dueDate: null } });
    expect([cleared.dueDate, cleared.focalPoint?.id, cleared.title]).toEqual([
      null,
      prosecutorsFp,
      'A',
    ]);
  });

  it('saves, renames and deletes named filters', async () => {
    const saved = await t.call('actions:saveFilter', {
      name: 'Police — overdue',
      filter: { agencyId: police, overdue: true },
    });
    expect(saved.filter).toEqual({ agencyId: police, overdue: true });
    const dup = await t.fail('actions:saveFilter', { name: 'police - OVERDUE', filter: {} });
    expect(dup.code).toBe('DUPLICATE');
    const renamed = await t.call('actions:saveFilter', {
      id: saved.id,
      name: 'Police (late)',
      filter: { agencyId: police, overdue: true, status: ['blocked'] },
    });
    expect(renamed.id).toBe(saved.id);
    await t.call('actions:saveFilter', { name: 'All high', filter: { search: 'x' } });
    expect((await t.call('actions:savedFilters', {})).items.map((f) => f.name)).toEqual([
      'All high',
      'Police (late)',
    ]);
    await t.call('actions:deleteFilter', { id: saved.id });
    expect((await t.fail('actions:deleteFilter', { id: saved.id })).code).toBe('NOT_FOUND');
    expect((await t.call('actions:savedFilters', {})).items).toHaveLength(1);
  });

  it('opens on the open actions until a saved filter is marked as the default view', async () => {
    const initial = await t.call('actions:savedFilters', {});
    expect(initial.defaultFilter).toEqual({ status: ['open', 'in_progress', 'blocked'] });
    const late = await t.call('actions:saveFilter', {
      name: 'Late',
      filter: { overdue: true },
    });
    const police = await t.call('actions:saveFilter', {
      name: 'Police',
      filter: { status: ['open'], search: 'police' },
    });
    const marked = await t.call('actions:setDefaultFilter', { id: late.id });
    expect(marked.defaultFilter).toEqual({ overdue: true });
    expect(marked.items.filter((f) => f.isDefault).map((f) => f.name)).toEqual(['Late']);
    // Only one default: marking another moves the mark.
    const moved = await t.call('actions:setDefaultFilter', { id: police.id });
    expect(moved.items.filter((f) => f.isDefault).map((f) => f.name)).toEqual(['Police']);
    expect((await t.call('actions:savedFilters', {})).defaultFilter).toEqual({
      status: ['open'],
      search: 'police',
    });
    // An unknown id changes nothing; null goes back to the open actions.
    const unknown = await t.fail('actions:setDefaultFilter', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect((await t.call('actions:savedFilters', {})).defaultFilter).toEqual({
      status: ['open'],
      search: 'police',
    });
    const reset = await t.call('actions:setDefaultFilter', { id: null });
    expect(reset.defaultFilter).toEqual({ status: ['open', 'in_progress', 'blocked'] });
    expect(reset.items.some((f) => f.isDefault)).toBe(false);
    // Deleting the marked filter falls back to the open actions too.
    await t.call('actions:setDefaultFilter', { id: late.id });
    await t.call('actions:deleteFilter', { id: late.id });
    expect((await t.call('actions:savedFilters', {})).defaultFilter).toEqual({
      status: ['open', 'in_progress', 'blocked'],
    });
  });
});
