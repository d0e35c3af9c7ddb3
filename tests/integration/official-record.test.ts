/**
 * The official record: approved minutes are frozen (every later export prints the same
 * document, whatever happens to the actions afterwards), nothing more can be attributed to an
 * approved meeting, and the dates of holding and approving a meeting make sense.
 */
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { docxText, seedMeetingCycle } from '../fixtures/meetingScenario';

let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-11-30T09:00:00Z');
  t = startTestCore(() => clock, { memory: true });
  await createWorkspace(t);
  s = await seedMeetingCycle(t);
}, 60_000);
afterEach(async () => {
  await t.cleanup();
});

const minutesXml = async (meetingId: string) =>
  (await docxText((await t.call('exports:minutes', { meetingId, language: 'en' })).data)).xml;

async function approve(meetingId: string, extra: Record<string, unknown> = {}) {
  for (const status of ['agenda_circulated', 'held', 'minutes_drafted'] as const) {
    await t.call('meetings:setStatus', { id: meetingId, status });
  }
  return t.call('meetings:setStatus', { id: meetingId, status: 'minutes_approved', ...extra });
}

describe('the official record', () => {
  it('prints approved minutes from their snapshot: later action changes leave them unchanged', async () => {
    const m = s.meeting;
    const actions = (await t.call('actions:list', { limit: 50, offset: 0 })).items;
    const sop = actions.find((a) => a.title === 'Draft the referral SOP annex')!;
    const training = actions.find((a) => a.title === 'Organise the inspectors training')!;
    // Progress dated after the meeting, recorded before approval, is not part of its minutes.
    await t.call('actions:addUpdate', {
      actionId: sop.id,
      date: '2026-11-20',
      note: 'Annex sent for signature.',
      status: 'done',
    });
    const approved = await approve(m.id);
    expect(approved.approval).toMatchObject({ date: '2026-11-30', adoptedAt: null, frozen: true });
    const first = await minutesXml(m.id);
    expect(first).toContain('First draft shared with partners.');
    expect(first).not.toContain('Annex sent for signature.');
    expect(first).toContain('In progress');

    // After approval: an update, a status change, and progress backdated to before the meeting.
    await t.call('actions:addUpdate', {
      actionId: training.id,
      date: '2026-11-30',
      note: 'Venue booked.',
      status: 'in_progress',
    });
    await t.call('actions:bulkSetStatus', { ids: [training.id], status: 'done' });
    await t.call('actions:addUpdate', {
      actionId: training.id,
      date: '2026-11-02',
      note: 'Backdated note.',
    });
    expect(await minutesXml(m.id)).toBe(first);

    // Nothing more can be attributed to the approved meeting.
    const locked = [
      await t.fail('actions:addUpdate', {
        actionId: sop.id,
        date: '2026-11-30',
        note: 'Reported at the approved meeting.',
        meetingId: m.id,
      }),
      await t.fail('actions:create', {
        title: 'Late action',
        ownerAgencyId: s.agencies.police,
        meetingId: m.id,
      }),
      await t.fail('actions:create', {
        title: 'Late action',
        ownerAgencyId: s.agencies.police,
        decisionId: s.decisions[0]!.id,
      }),
      await t.fail('decisions:create', { meetingId: m.id, text: 'A late decision.' }),
    ];
    expect(locked.map((e) => e.code)).toEqual(Array(4).fill('LOCKED_RECORD'));
    expect(await minutesXml(m.id)).toBe(first);

    // A corrigendum, dated today by default, is the only change and is printed with them.
    const corrected = await t.call('meetings:addCorrigendum', {
      meetingId: m.id,
      text: 'Item 5: the SOP is for labour exploitation.',
    });
    expect(corrected.corrigenda.map((c) => c.date)).toEqual(['2026-11-30']);
    const withCorrigendum = await docxText(
      (await t.call('exports:minutes', { meetingId: m.id, language: 'en' })).data,
    );
    expect(withCorrigendum.body).toContain('Item 5: the SOP is for labour exploitation.');
    expect(withCorrigendum.body).not.toContain('Venue booked.');
  });

  it('refuses to mark a future meeting held unless held early, and to approve before the meeting', async () => {
    const next = s.next; // 1 December 2026; today is 30 November.
    await t.call('meetings:setStatus', { id: next.id, status: 'agenda_circulated' });
    const refused = await t.fail('meetings:setStatus', { id: next.id, status: 'held' });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'status', reason: 'future_meeting' },
    });
    const early = await t.call('meetings:setStatus', {
      id: next.id,
      status: 'held',
      heldEarly: true,
    });
    expect([early.status, early.heldEarly]).toEqual(['held', true]);
    expect((await t.call('meetings:get', { id: s.meeting.id })).heldEarly).toBe(false);

    for (const status of ['agenda_circulated', 'held', 'minutes_drafted'] as const) {
      await t.call('meetings:setStatus', { id: s.meeting.id, status });
    }
    const approve = (extra: Record<string, unknown>) =>
      t.fail('meetings:setStatus', { id: s.meeting.id, status: 'minutes_approved', ...extra });
    expect((await approve({ approvalDate: '2026-11-02' })).details).toMatchObject({
      field: 'approvalDate',
    });
    expect((await approve({ approvalDate: '2026-12-02' })).details).toMatchObject({
      field: 'approvalDate',
    });
    // The adopting meeting is a later meeting of the body, held on or before the approval.
    expect((await approve({ adoptedAtMeetingId: s.previous.id })).details).toMatchObject({
      field: 'adoptedAtMeetingId',
    });
    expect(
      (await t.call('meetings:get', { id: s.meeting.id })).status,
      'a refused approval changes nothing',
    ).toBe('minutes_drafted');
    clock = new Date('2026-12-01T15:00:00Z');
    const approved = await t.call('meetings:setStatus', {
      id: s.meeting.id,
      status: 'minutes_approved',
      adoptedAtMeetingId: next.id,
    });
    expect(approved.approval).toMatchObject({
      date: '2026-12-01',
      adoptedAt: { id: next.id, number: 3 },
    });
    const { body } = await docxText(
      (await t.call('exports:minutes', { meetingId: s.meeting.id, language: 'en' })).data,
    );
    expect(body).toContain('Adopted at the 3rd meeting on 1 December 2026.');
  });

  it('numbers items the agenda’s way in the agenda, the public and the restricted minutes', async () => {
    const m = s.meeting;
    const text = async (file: Promise<{ data: string }>) =>
      (await docxText((await file).data)).body;
    const agenda = await text(t.call('exports:agenda', { meetingId: m.id, language: 'en' }));
    const open = await text(t.call('exports:minutes', { meetingId: m.id, language: 'en' }));
    const restricted = await text(
      t.call('exports:minutes', { meetingId: m.id, language: 'en', includeRestricted: true }),
    );
    const caseItem = m.agenda.findIndex((i) => i.kind === 'case_discussion');
    const after = m.agenda[caseItem + 1]!;
    const n = caseItem + 1;
    expect(agenda).toMatch(new RegExp(`\\n${n}\\n\\d\\d:\\d\\d\\nCase discussions\\n`));
    expect(agenda).toMatch(new RegExp(`\\n${n + 1}\\n\\d\\d:\\d\\d\\n${after.title}\\n`));
    expect(open).toContain(
      `\n${n}. Case discussions — held in closed session, recorded in a restricted annex\n`,
    );
    expect(restricted).toContain(`\n${n}. Case discussions (Restricted)\n`);
    for (const minutes of [open, restricted])
      expect(minutes).toContain(`\n${n + 1}. ${after.title}\n`);
    // Paragraphs and decisions are numbered within their item, so they can be cited.
    const partner = m.agenda.findIndex((i) => i.kind === 'partner_updates') + 1;
    expect(open).toContain(
      `\n${partner}.1\u00a0Partners reported three joint inspections in October.`,
    );
    expect(open).toMatch(new RegExp(`\\n${partner}\\.2\\u00a0Decision TF/2026/01`));
  });

  it('circulates the agenda with the invitation and .ics, and records what went out to whom', async () => {
    const next = s.next;
    expect(
      (await t.fail('exports:circulate', { meetingId: next.id, kind: 'draft_minutes' })).code,
    ).toBe('VALIDATION');
    const file = await t.call('exports:circulate', { meetingId: next.id, kind: 'agenda' });
    const mail = await simpleParser(Buffer.from(file.data, 'base64'));
    expect(mail.attachments.map((a) => a.contentType).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/calendar',
    ]);
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value ?? []);
    expect(to.map((r) => r.address).sort()).toEqual([
      'ana.ruiz@police.example',
      'chloe@safehaven.example',
      'omar@labour.example',
    ]);
    const after = await t.call('meetings:get', { id: next.id });
    expect(after.status).toBe('agenda_circulated');
    expect(after.circulations).toHaveLength(1);
    expect(after.circulations[0]).toMatchObject({
      kind: 'agenda',
      circulatedAt: '2026-11-30T09:00:00.000Z',
      documents: mail.attachments.map((a) => a.filename),
    });
    expect(after.circulations[0]!.recipients.map((r) => r.email).sort()).toEqual(
      to.map((r) => r.address).sort(),
    );
    const audit = await t.call('audit:list', { channel: 'exports:circulate' });
    expect(audit.total).toBe(1);
  });
});
