/**
 * The privacy guard wired into the domains: saving decisions, actions (title, description,
 * progress notes), agenda item titles and minutes notes with personal data is refused with
 * PII_DETECTED, or saved with an override whose audit entry holds the reason and kinds — never
 * the text; focal points and guests may be named in minutes notes only; every document export
 * refuses to print a flagged text without an override (audited with one); the deny-list term is
 * never in the database or the audit. The guard's rules run on the fast tier (in memory); the
 * deny-list test reads the workspace file's bytes, so it has the encrypted file.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/contract';
import { rawConnection } from '../../electron/core/db/dataSource';
import {
  createWorkspace,
  startTestCore,
  type TestCore,
  type TestCoreOptions,
} from '../fixtures/core';
import { decryptedDump } from '../fixtures/databaseDump';
import { docxText, seedMeetingCycle } from '../fixtures/meetingScenario';
import { createPlan, startNapWorld } from '../fixtures/napWorld';

const PHONE = '+34 612 345 678';
const DIGITS = '612 345 678';
const EMAIL = 'kwame.boateng@gmail.com';
const override = { reason: 'The shelter hotline, published on its website' };

let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
/** Each test of the describe on its own core: `{ memory: true }` unless it reads the file. */
function eachOnACore(options: TestCoreOptions) {
  beforeEach(async () => {
    t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), options);
    await createWorkspace(t);
    s = await seedMeetingCycle(t);
  });
  afterEach(async () => {
    await t.cleanup();
  });
}

/** The rows of the audit log as stored (decrypted), and as the audit:list channel shows them. */
async function auditRows(channel: string) {
  const db = rawConnection(t.core.workspace.dataSource());
  const stored = db
    .prepare('SELECT channel, summary FROM audit_log WHERE channel = ? ORDER BY seq')
    .all(channel) as { channel: string; summary: string }[];
  return stored.map((r) => JSON.parse(r.summary) as Record<string, unknown>);
}

function allAudit(): string {
  const db = rawConnection(t.core.workspace.dataSource());
  return JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
}

const note = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

const itemOf = (kind: string) => s.meeting.agenda.find((i) => i.kind === kind)!;

describe('saving meeting and action text', () => {
  eachOnACore({ memory: true });

  it('refuses a decision with a phone number, and saves it with an audited override', async () => {
    const text = `Ask the shelter to call ${PHONE} before the visit.`;
    const before = (await t.call('decisions:list', { meetingId: s.meeting.id })).total;
    const refused = await t.fail('decisions:create', { meetingId: s.meeting.id, text });
    expect(refused.code).toBe('PII_DETECTED');
    expect(refused.details).toEqual({
      findings: [{ kind: 'phone', start: text.indexOf(PHONE), end: text.indexOf(PHONE) + 15 }],
    });
    expect(JSON.stringify(refused)).not.toContain(DIGITS);
    expect((await t.call('decisions:list', { meetingId: s.meeting.id })).total).toBe(before);

    const saved = await t.call('decisions:create', {
      meetingId: s.meeting.id,
      text,
      privacyOverride: override,
    });
    expect(saved.text).toBe(text);
    const [entry] = await auditRows('decisions:create').then((r) => r.slice(-1));
    expect(entry!.privacyOverride).toEqual({ reason: override.reason, kinds: ['phone'] });
    expect(JSON.stringify(entry)).not.toContain(DIGITS);
    expect(allAudit()).not.toContain(DIGITS);

    // An update with the number is refused too; without the text in the patch, no scan.
    const clean = await t.call('decisions:create', { meetingId: s.meeting.id, text: 'Noted.' });
    expect(
      (await t.fail('decisions:update', { id: clean.id, patch: { text: `Call ${PHONE}` } })).code,
    ).toBe('PII_DETECTED');
    await t.call('decisions:update', { id: saved.id, patch: { agendaItemId: null } });
  });

  it('refuses action titles, descriptions and progress notes with a phone number', async () => {
    const description = `Mother reachable on ${PHONE}.`;
    const refused = await t.fail('actions:create', {
      title: 'Follow up with the family',
      description,
      ownerAgencyId: s.agencies.police,
      meetingId: s.meeting.id,
    });
    expect(refused.code).toBe('PII_DETECTED');
    expect(refused.details).toEqual({
      fields: {
        description: [{ kind: 'phone', start: 20, end: 20 + PHONE.length }],
      },
    });
    const before = (await t.call('actions:list', {})).total;
    const action = await t.call('actions:create', {
      title: 'Follow up with the family',
      ownerAgencyId: s.agencies.police,
      meetingId: s.meeting.id,
    });
    expect((await t.call('actions:list', {})).total).toBe(before + 1);
    expect(
      (await t.fail('actions:update', { id: action.id, patch: { title: `Call ${PHONE}` } })).code,
    ).toBe('PII_DETECTED');
    expect(
      (
        await t.fail('actions:addUpdate', {
          actionId: action.id,
          date: '2026-11-20',
          note: `Reached the mother on ${PHONE}.`,
        })
      ).code,
    ).toBe('PII_DETECTED');
    expect((await t.call('actions:get', { id: action.id })).updates).toEqual([]);

    const updated = await t.call('actions:addUpdate', {
      actionId: action.id,
      date: '2026-11-20',
      note: `Reached the mother on ${PHONE}.`,
      privacyOverride: override,
    });
    expect(updated.updates.at(-1)!.note).toContain(PHONE);
    const [entry] = (await auditRows('actions:addUpdate')).slice(-1);
    expect(entry!.privacyOverride).toEqual({ reason: override.reason, kinds: ['phone'] });
    expect(allAudit()).not.toContain(DIGITS);
  });

  it('refuses minutes notes and agenda titles with personal data; overrides are audited', async () => {
    const item = itemOf('partner_updates');
    const refused = await t.fail('minutes:saveItemNotes', {
      itemId: item.id,
      notes: note(`The victim's brother called from ${PHONE}.`),
    });
    expect(refused.code).toBe('PII_DETECTED');
    expect((refused.details as { findings: { kind: string }[] }).findings).toEqual([
      expect.objectContaining({ kind: 'phone' }),
    ]);
    const stored = (await t.call('meetings:get', { id: s.meeting.id })).agenda.find(
      (i) => i.id === item.id,
    )!;
    expect(JSON.stringify(stored.notes)).not.toContain(DIGITS);

    await t.call('minutes:saveItemNotes', {
      itemId: item.id,
      notes: note(`The victim's brother called from ${PHONE}.`),
      privacyOverride: override,
    });
    const [entry] = (await auditRows('minutes:saveItemNotes')).slice(-1);
    expect(entry!.privacyOverride).toEqual({ reason: override.reason, kinds: ['phone'] });
    expect(allAudit()).not.toContain(DIGITS);

    const title = await t.fail('agenda:addItem', {
      meetingId: s.meeting.id,
      title: `Write to ${EMAIL}`,
    });
    expect(title.code).toBe('PII_DETECTED');
    expect(title.details).toEqual({
      findings: [{ kind: 'email', start: 9, end: 9 + EMAIL.length }],
    });
  });

  it('allows focal points and guests by name in minutes notes, but not in actions or decisions', async () => {
    const item = itemOf('partner_updates');
    // Omar Haddad is a registered focal point; Sam Lee is the meeting's guest.
    const text = 'Omar Haddad presented the inspection plan; Sam Lee described the IOM programme.';
    await t.call('minutes:saveItemNotes', { itemId: item.id, notes: note(text) });
    const refused = await t.fail('actions:create', {
      title: 'Omar Haddad to send the inspection plan',
      ownerAgencyId: s.agencies.labour,
      meetingId: s.meeting.id,
    });
    expect(refused.code).toBe('PII_DETECTED');
    expect(refused.details).toEqual({
      fields: { title: [{ kind: 'person_name', start: 0, end: 11 }] },
    });
    expect(
      (await t.fail('decisions:create', { meetingId: s.meeting.id, text: `${text}` })).code,
    ).toBe('PII_DETECTED');
    // A person who is neither is flagged in the notes too.
    const stranger = await t.fail('minutes:saveItemNotes', {
      itemId: item.id,
      notes: note('The victim, Chiwetalu Anozie, gave a statement.'),
    });
    expect(stranger.code).toBe('PII_DETECTED');
  });
});

describe('exporting documents', () => {
  eachOnACore({ memory: true });

  it('refuses minutes whose notes hold an e-mail address, and builds them with an audited override', async () => {
    const item = itemOf('partner_updates');
    await t.call('minutes:saveItemNotes', {
      itemId: item.id,
      notes: note(`Contact the survivor at ${EMAIL}.`),
      privacyOverride: override,
    });
    const position = s.meeting.agenda.findIndex((i) => i.id === item.id) + 1;
    const refused = await t.fail('exports:minutes', { meetingId: s.meeting.id });
    expect(refused.code).toBe('PII_DETECTED');
    expect(refused.details).toEqual({
      items: [{ item: `Agenda item ${position} — notes`, kinds: ['email'], count: 1 }],
    });
    expect(JSON.stringify(refused)).not.toContain('boateng');

    const exportsBefore = (await auditRows('exports:minutes')).length;
    const file = await t.call('exports:minutes', {
      meetingId: s.meeting.id,
      privacyOverride: { reason: 'Sent to the prosecutor only, under seal' },
    });
    expect((await docxText(file.data)).body).toContain(EMAIL);
    const entries = await auditRows('exports:minutes');
    expect(entries.length).toBe(exportsBefore + 1);
    expect(entries.at(-1)!.privacyOverride).toEqual({
      reason: 'Sent to the prosecutor only, under seal',
      kinds: ['email'],
    });
    expect(allAudit()).not.toContain('boateng');
  });

  it('leaves restricted notes out of the check unless they are printed', async () => {
    const item = itemOf('case_discussion');
    expect(item.restricted).toBe(true);
    await t.call('minutes:saveItemNotes', {
      itemId: item.id,
      notes: note(`Witness phone ${PHONE}.`),
      privacyOverride: override,
    });
    await t.call('exports:minutes', { meetingId: s.meeting.id });
    const refused = await t.fail('exports:minutes', {
      meetingId: s.meeting.id,
      includeRestricted: true,
    });
    expect(refused.code).toBe('PII_DETECTED');
  });

  it('every export channel refuses a text it would print with personal data', async () => {
    const m = s.meeting.id;
    // A flagged agenda title on the next (draft) meeting, a decision and an open action.
    await t.call('agenda:addItem', {
      meetingId: s.next.id,
      title: `Briefing by the hotline ${PHONE}`,
      privacyOverride: override,
    });
    const decision = await t.call('decisions:create', {
      meetingId: m,
      text: `Refer the case to the shelter on ${PHONE}.`,
      privacyOverride: override,
    });
    const action = await t.call('actions:create', {
      title: `Call the hotline ${PHONE}`,
      ownerAgencyId: s.agencies.police,
      meetingId: m,
      privacyOverride: override,
    });
    const cases: [ChannelName, Record<string, unknown>, string][] = [
      ['exports:agenda', { meetingId: s.next.id }, 'Agenda item'],
      ['meetings:exportIcs', { id: s.next.id }, 'Agenda item'],
      ['exports:circulate', { meetingId: s.next.id, kind: 'agenda' }, 'Agenda item'],
      ['exports:distributionEmail', { meetingId: s.next.id, documents: ['agenda'] }, 'Agenda'],
      ['exports:minutes', { meetingId: m }, `Decision ${decision.reference}`],
      ['exports:decisionRegister', { bodyId: s.body.id }, `Decision ${decision.reference}`],
      ['exports:distributionEmail', { meetingId: m, documents: ['minutes'] }, 'Decision'],
      ['exports:actionTracker', { bodyId: s.body.id }, `Action: ${action.id}`],
      ['exports:actionTrackerXlsx', { bodyId: s.body.id }, `Action: ${action.id}`],
      ['exports:agencyFollowUp', { bodyId: s.body.id }, `Action: ${action.id}`],
      ['exports:followUpDistribution', { bodyId: s.body.id }, `Action: ${action.id}`],
      ['exports:distributionEmail', { meetingId: m, documents: ['agencyFollowUp'] }, 'Action'],
      ['exports:distributionEmail', { meetingId: m, documents: ['actionTracker'] }, 'Action'],
    ];
    for (const [channel, input, where] of cases) {
      const refused = await t.fail(channel, input);
      expect(refused.code, channel).toBe('PII_DETECTED');
      const { items } = refused.details as { items: { item: string; kinds: string[] }[] };
      expect(
        items.some((i) => i.item.startsWith(where) && i.kinds.includes('phone')),
        channel,
      ).toBe(true);
      expect(JSON.stringify(refused), channel).not.toContain(DIGITS);
    }
    // With an override each is built.
    for (const [channel, input] of cases) {
      await t.call(channel, { ...input, privacyOverride: override } as never);
    }
    expect(allAudit()).not.toContain(DIGITS);
  }, 120_000);
});

describe('the NAP report', () => {
  it('refuses a NAP report whose narrative holds a phone number, unless overridden', async () => {
    const w = await startNapWorld('2027-03-10', { memory: true });
    try {
      const plan = await createPlan(w.t);
      const periodId = plan.periods.find((p) => p.label === '2026')!.id;
      const text = `The helpline ${PHONE} took 300 calls.`;
      expect(
        (
          await w.t.fail('nap:saveNarrative', {
            planId: plan.id,
            periodId,
            kind: 'executive',
            language: 'en',
            text,
          })
        ).code,
      ).toBe('PII_DETECTED');
      await w.t.call('nap:saveNarrative', {
        planId: plan.id,
        periodId,
        kind: 'executive',
        language: 'en',
        text,
        privacyOverride: override,
      });
      const refused = await w.t.fail('exports:napProgressReport', { planId: plan.id, periodId });
      expect(refused.code).toBe('PII_DETECTED');
      expect(refused.details).toEqual({
        items: [{ item: 'NAP narrative — executive', kinds: ['phone'], count: 1 }],
      });
      const file = await w.t.call('exports:napProgressReport', {
        planId: plan.id,
        periodId,
        privacyOverride: override,
      });
      expect(file.bytes).toBeGreaterThan(1000);
      const db = rawConnection(w.t.core.workspace.dataSource());
      const audit = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
      expect(audit).toContain('exports:napProgressReport');
      expect(audit).not.toContain(DIGITS);
    } finally {
      await w.t.cleanup();
    }
  });
});

describe('the deny-list, in the encrypted file whose bytes it reads', () => {
  eachOnACore({});

  it('never stores or returns a deny-listed term: not in the file bytes, tables or audit', async () => {
    const term = 'Zorbalina Quintanilla';
    await t.call('privacy:denylistAdd', { term });
    const item = itemOf('partner_updates');
    const refused = await t.fail('minutes:saveItemNotes', {
      itemId: item.id,
      notes: note('The source says zorbalina quintánilla is back.'),
    });
    expect(refused.code).toBe('PII_DETECTED');
    expect(JSON.stringify(refused).toLowerCase()).not.toContain('zorbalina');
    expect(await t.call('privacy:denylistCount', {})).toEqual({ count: 1 });

    const dump = decryptedDump(t);
    expect(dump).toContain('privacy:denylistadd');
    expect(dump).not.toContain('zorbalina');
    expect(dump).not.toContain('quintanilla');
    rawConnection(t.core.workspace.dataSource()).pragma('wal_checkpoint(TRUNCATE)');
    const file = t.core.workspace.status().path!;
    for (const f of [file, `${file}-wal`].filter((p) => fs.existsSync(p))) {
      const bytes = fs.readFileSync(f);
      for (const word of ['Zorbalina', 'zorbalina', 'Quintanilla'])
        expect(bytes.includes(Buffer.from(word, 'utf8')), f).toBe(false);
    }
    const audit = JSON.stringify(await t.call('audit:list', { limit: 1000 })).toLowerCase();
    expect(audit).not.toContain('zorbalina');
  });
});
