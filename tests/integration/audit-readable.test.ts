/**
 * The readable audit log: each entry keeps its record's title as it was when written (a case's
 * code only), names the workspace user by their display name, and filters by record type and
 * by person.
 */
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMeeting,
  moveTo,
  startActionsWorld,
  type ActionsWorld,
} from '../fixtures/actionsWorld';

let w: ActionsWorld;
beforeEach(async () => {
  w = await startActionsWorld({ memory: true });
});
afterEach(async () => {
  await w.t.cleanup();
});

const newest = async (filter: Record<string, unknown> = {}) =>
  (await w.t.call('audit:list', { limit: 1, ...filter })).items[0]!;

describe('readable audit log', () => {
  it('names the computer account until a display name is set, then the display name', async () => {
    const first = await newest();
    expect(first.actor).toBe(os.userInfo().username);
    expect((await w.t.call('workspace:getSettings', {})).actorName).toBe('');

    await w.t.call('workspace:updateSettings', { actorName: '  Amina Diallo ' });
    expect((await w.t.call('workspace:getSettings', {})).actorName).toBe('Amina Diallo');
    await w.t.call('agencies:update', { id: w.police, patch: { acronym: 'NP' } });
    expect(await newest()).toMatchObject({ actor: 'Amina Diallo', channel: 'agencies:update' });
    // Entries written before keep the name they were written with.
    const log = await w.t.call('audit:list', { channel: 'agencies:create' });
    expect(log.items.every((e) => e.actor === os.userInfo().username)).toBe(true);
    expect((await w.t.call('audit:verify', {})).ok).toBe(true);
  });

  it("keeps the record's title at write time: actions, updates, meetings, deleted agencies", async () => {
    const meeting = await createMeeting(w, '2026-03-12');
    const action = await w.t.call('actions:create', {
      title: 'Draft SOP',
      meetingId: meeting.id,
      ownerAgencyId: w.police,
      dueDate: '2026-04-30',
    });
    expect(await newest()).toMatchObject({
      channel: 'actions:create',
      recordType: 'actions',
      recordId: action.id,
      recordLabel: 'Draft SOP',
    });
    await w.t.call('actions:addUpdate', {
      actionId: action.id,
      date: '2026-03-10',
      note: 'Sent to the agencies',
      status: 'done',
    });
    expect(await newest()).toMatchObject({
      channel: 'actions:addUpdate',
      recordId: action.id,
      recordLabel: 'Draft SOP',
      summary: { input: { status: 'done' } },
    });
    await w.t.call('actions:update', { id: action.id, patch: { title: 'Draft the referral SOP' } });
    expect((await newest()).recordLabel).toBe('Draft the referral SOP');
    // Older entries keep the title they were written with.
    const created = await w.t.call('audit:list', { channel: 'actions:create' });
    expect(created.items[0]!.recordLabel).toBe('Draft SOP');

    await moveTo(w.t, meeting.id, 'agenda_circulated');
    expect(await newest()).toMatchObject({
      channel: 'meetings:setStatus',
      recordType: 'meetings',
      recordLabel: meeting.title,
    });

    const temporary = await w.t.call('agencies:create', { name: 'Temporary Unit', kind: 'other' });
    await w.t.call('agencies:delete', { id: temporary.id });
    expect(await newest()).toMatchObject({
      channel: 'agencies:delete',
      recordId: temporary.id,
      recordLabel: 'Temporary Unit',
    });
    expect((await w.t.call('audit:verify', {})).ok).toBe(true);
  });

  it("covers the title by the entry's hash: an edited title breaks the chain there", async () => {
    await w.t.call('agencies:update', { id: w.police, patch: { acronym: 'NP' } });
    const entry = await newest();
    expect(entry.recordLabel).toBe('National Police');
    await w.t.core.workspace.write((db) =>
      db.query(`UPDATE audit_log SET record_label = 'Someone else' WHERE seq = ?`, [entry.seq]),
    );
    expect(await w.t.call('audit:verify', {})).toMatchObject({
      ok: false,
      firstBrokenSeq: entry.seq,
      reason: 'hash',
    });
  });

  it('names a case by its code only, never by its content', async () => {
    const record = await w.t.call('cases:create', {
      profiles: [
        { ageBand: '25-34', sex: 'male', nationality: 'VN', exploitationForms: ['forced_labour'] },
      ],
      suspects: { count: 1, nationalities: ['VN'] },
      openedMonth: '2026-02',
      nrmReferral: false,
      nrmReferralMonth: null,
      assistance: ['shelter'],
      agencies: [{ agencyId: w.police, role: 'lead_investigation' }],
    });
    await w.t.call('cases:addDiscussion', {
      caseId: record.id,
      text: 'Shelter placement discussed at length.',
    });
    const log = await w.t.call('audit:list', { recordType: 'case' });
    expect(log.items.map((e) => e.recordLabel)).toEqual([record.code, record.code]);
    expect(JSON.stringify(log)).not.toContain('Shelter placement');
  });

  it('filters by person and by record type, and lists every person in the log', async () => {
    await w.t.call('workspace:updateSettings', { actorName: 'Amina Diallo' });
    await w.t.call('agencies:update', { id: w.police, patch: { acronym: 'NP' } });
    await w.t.call('focalPoints:update', { id: w.policeFp, patch: { title: 'Inspector' } });
    await w.t.call('workspace:updateSettings', { actorName: 'Jean Dupont' });
    await w.t.call('bodies:update', { id: w.bodyId, patch: { code: 'NTF' } });

    const amina = await w.t.call('audit:list', { actor: 'Amina Diallo' });
    // Her own rename is signed with the new name, so: the rename, agency, focal point.
    expect(amina.items.map((e) => e.channel)).toEqual([
      'focalPoints:update',
      'agencies:update',
      'workspace:updateSettings',
    ]);
    expect(amina.total).toBe(3);
    expect(amina.actors).toEqual(
      [os.userInfo().username, 'Amina Diallo', 'Jean Dupont'].sort((a, b) =>
        a.localeCompare(b, 'en', { sensitivity: 'base' }),
      ),
    );
    const aminaAgencies = await w.t.call('audit:list', {
      actor: 'Amina Diallo',
      recordType: 'agency',
    });
    expect(aminaAgencies.items.map((e) => [e.channel, e.recordLabel])).toEqual([
      ['agencies:update', 'National Police'],
    ]);
    const bodies = await w.t.call('audit:list', { recordType: 'body' });
    expect(bodies.items.map((e) => [e.actor, e.channel])).toEqual([
      ['Jean Dupont', 'bodies:update'],
      [os.userInfo().username, 'bodies:create'],
    ]);
    expect((await w.t.call('audit:list', { actor: 'Nobody' })).total).toBe(0);
  });
});
