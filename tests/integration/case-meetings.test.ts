/**
 * Cases discussed at meetings: the cases put on a meeting's restricted "Case discussions" item
 * (created with the first case), the entries and actions agreed there, and what the public
 * minutes say of them — the codes and the agreed actions' numbers, never a profile field.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import {
  createMeeting,
  moveTo,
  startActionsWorld,
  type ActionsWorld,
} from '../fixtures/actionsWorld';
import type { TestCore } from '../fixtures/core';
import { docxText } from '../fixtures/meetingScenario';

let w: ActionsWorld;
let t: TestCore;
beforeEach(async () => {
  w = await startActionsWorld({ memory: true }); // clock: 2026-03-10
  t = w.t;
});
afterEach(async () => {
  await t.cleanup();
});

type CaseInput = ChannelInput<'cases:create'>;

const newCase = (profile: CaseInput['profiles'][number]) =>
  t.call('cases:create', {
    profiles: [profile],
    suspects: { count: 1, nationalities: ['RO'] },
    openedMonth: '2026-01',
    nrmReferral: false,
    nrmReferralMonth: null,
    assistance: ['shelter'],
    agencies: [{ agencyId: w.police, role: 'lead_investigation' }],
  });

async function twoCases() {
  const a = await newCase({
    ageBand: '12-17',
    sex: 'female',
    nationality: 'NG',
    exploitationForms: ['sexual_exploitation'],
    count: 2,
  });
  const b = await newCase({
    ageBand: '35-49',
    sex: 'male',
    nationality: 'RO',
    exploitationForms: ['forced_labour'],
    count: 1,
  });
  return { a, b };
}

describe('cases at meetings', () => {
  it('puts cases on the restricted "Case discussions" item, created once, before AOB', async () => {
    // A meeting without the default agenda (that one already has the restricted item).
    const m = await t.call('meetings:create', { bodyId: w.bodyId, date: '2026-04-02' });
    await t.call('agenda:addItem', { meetingId: m.id, title: 'AOB', kind: 'any_other_business' });
    const { a, b } = await twoCases();
    expect((await t.call('cases:meetingCases', { meetingId: m.id })).agendaItemId).toBeNull();
    const set = await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [b.id, a.id] });
    expect(set.cases.map((c) => c.code)).toEqual([b.code, a.code]);
    expect(set.agendaItemId).not.toBeNull();
    const detail = await t.call('meetings:get', { id: m.id });
    const items = detail.agenda.filter((i) => i.kind === 'case_discussion');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: set.agendaItemId,
      restricted: true,
      title: 'Case discussions',
    });
    expect(detail.agenda.map((i) => i.kind)).toEqual(['case_discussion', 'any_other_business']);
    // Setting again keeps the one item and the new order.
    const again = await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id] });
    expect(again.agendaItemId).toBe(set.agendaItemId);
    expect(again.cases.map((c) => c.code)).toEqual([a.code]);
    expect(
      (await t.call('meetings:get', { id: m.id })).agenda.filter(
        (i) => i.kind === 'case_discussion',
      ),
    ).toHaveLength(1);
    // The audit keeps ids, never a code or a profile.
    const audit = (await t.call('audit:list', { channel: 'cases:setMeetingCases', limit: 5 }))
      .items;
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(a.code);
    expect(JSON.stringify(audit)).not.toContain('NG');
  });

  it('uses the restricted case item the default agenda already has', async () => {
    const m = await createMeeting(w, '2026-04-02');
    const before = (await t.call('meetings:get', { id: m.id })).agenda;
    const { a } = await twoCases();
    const set = await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id] });
    const after = (await t.call('meetings:get', { id: m.id })).agenda;
    expect(after).toHaveLength(before.length);
    expect(after.find((i) => i.id === set.agendaItemId)).toMatchObject({
      kind: 'case_discussion',
      restricted: true,
    });
  });

  it('lists the entries and actions agreed at the meeting; refuses unknown cases', async () => {
    const m = await createMeeting(w, '2026-04-02');
    const other = await createMeeting(w, '2026-05-07');
    const { a, b } = await twoCases();
    await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id, b.id] });
    await t.call('cases:addDiscussion', {
      caseId: a.id,
      meetingId: m.id,
      text: 'The referral is confirmed; shelter placement continues.',
    });
    await t.call('cases:addDiscussion', {
      caseId: a.id,
      meetingId: other.id,
      text: 'Follow-up at the next meeting.',
    });
    const action = await t.call('actions:create', {
      title: 'Send the MLA reminder',
      ownerAgencyId: w.prosecutors,
      caseId: a.id,
      meetingId: m.id,
    });
    const got = await t.call('cases:meetingCases', { meetingId: m.id });
    expect(got.cases[0]).toMatchObject({
      code: a.code,
      discussions: [{ text: 'The referral is confirmed; shelter placement continues.' }],
      actions: [{ id: action.id, title: 'Send the MLA reminder', status: 'open' }],
    });
    expect(got.cases[1]).toMatchObject({ code: b.code, discussions: [], actions: [] });
    const unknown = await t.fail('cases:setMeetingCases', {
      meetingId: m.id,
      caseIds: [a.id, crypto.randomUUID()],
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect((await t.call('cases:meetingCases', { meetingId: m.id })).cases).toHaveLength(2);
  });

  it('public minutes name the codes and the agreed actions’ numbers, never a profile field', async () => {
    const m = await createMeeting(w, '2026-04-02');
    const { a, b } = await twoCases();
    await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id, b.id] });
    await t.call('actions:create', {
      title: 'Circulate the agenda',
      ownerAgencyId: w.immigration,
      meetingId: m.id,
    });
    const agreed = await t.call('actions:create', {
      title: 'Send the MLA reminder',
      ownerAgencyId: w.prosecutors,
      caseId: b.id,
      meetingId: m.id,
    });
    const entry = 'Victim assistance continues; the consulate was informed last week.';
    await t.call('cases:addDiscussion', { caseId: a.id, meetingId: m.id, text: entry });
    const file = await t.call('exports:minutes', { meetingId: m.id, language: 'en' });
    const doc = await docxText(file.data);
    expect(doc.body).toContain(`Cases discussed: ${a.code}, ${b.code}.`);
    // The agreed action is no. 2 of the new action items, and the table numbers it so.
    expect(doc.body).toContain(`${b.code} — agreed action items no. 2.`);
    expect(doc.body).toContain(`2. ${agreed.title}`);
    // No profile field, no entry: not the nationality, band, sex or form, nor the text.
    for (const forbidden of [
      'Nigeria',
      'Romania',
      '12–17',
      '12-17',
      '35–49',
      'Female',
      'Sexual exploitation',
      'Forced labour',
      'shelter',
      entry,
    ]) {
      expect(doc.xml).not.toContain(forbidden);
    }
    // Restricted minutes add the entry.
    const restricted = await docxText(
      (await t.call('exports:minutes', { meetingId: m.id, includeRestricted: true })).data,
    );
    expect(restricted.body).toContain(`${a.code}: ${entry}`);
    expect(restricted.xml).not.toContain('Nigeria');
  });

  it('is LOCKED_RECORD once the minutes are approved; nothing changes', async () => {
    const m = await createMeeting(w, '2026-03-10');
    const { a, b } = await twoCases();
    await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id] });
    await moveTo(t, m.id, 'minutes_approved');
    const locked = await t.fail('cases:setMeetingCases', {
      meetingId: m.id,
      caseIds: [a.id, b.id],
    });
    expect(locked.code).toBe('LOCKED_RECORD');
    expect(
      (await t.call('cases:meetingCases', { meetingId: m.id })).cases.map((c) => c.id),
    ).toEqual([a.id]);
    // The approved minutes still name the case.
    const doc = await docxText((await t.call('exports:minutes', { meetingId: m.id })).data);
    expect(doc.body).toContain(`Cases discussed: ${a.code}.`);
  });

  it('refuses to take off a case with entries or actions at the meeting (REFERENCED)', async () => {
    const m = await createMeeting(w, '2026-04-02');
    const { a, b } = await twoCases();
    await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id, b.id] });
    await t.call('cases:addDiscussion', {
      caseId: a.id,
      meetingId: m.id,
      text: 'Investigation ongoing.',
    });
    await t.call('actions:create', {
      title: 'Request bank records',
      ownerAgencyId: w.police,
      caseId: b.id,
      meetingId: m.id,
    });
    const withEntry = await t.fail('cases:setMeetingCases', { meetingId: m.id, caseIds: [b.id] });
    expect(withEntry.code).toBe('REFERENCED');
    const withAction = await t.fail('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id] });
    expect(withAction.code).toBe('REFERENCED');
    expect(
      (await t.call('cases:meetingCases', { meetingId: m.id })).cases.map((c) => c.id),
    ).toEqual([a.id, b.id]);
    // A case without anything at the meeting can go.
    const c = await twoCases();
    await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id, b.id, c.a.id] });
    const after = await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [a.id, b.id] });
    expect(after.cases).toHaveLength(2);
  });
});
