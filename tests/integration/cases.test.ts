/**
 * The anonymised case register through the contract: generated codes (prefix from the
 * settings, sequential per year of the core's clock), banded fields only, the stage history,
 * cooperation requests with days pending on a fake clock, privacy-guarded discussion entries,
 * the lock of approved minutes, retention and purge, and the link from action items.
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

function caseInput(extra: Partial<CaseInput> = {}): CaseInput {
  return {
    profiles: [
      {
        ageBand: '18-24',
        sex: 'female',
        nationality: 'NG',
        exploitationForms: ['sexual_exploitation'],
      },
    ],
    suspects: { count: 2, nationalities: ['ES', 'NG', 'ES'] },
    openedMonth: '2026-01',
    nrmReferral: true,
    nrmReferralMonth: '2026-02',
    assistance: ['shelter', 'legal'],
    agencies: [{ agencyId: w.police, role: 'lead_investigation' }],
    ...extra,
  };
}

const newCase = (extra: Partial<CaseInput> = {}) => t.call('cases:create', caseInput(extra));

async function auditOf(channel: string) {
  return (await t.call('audit:list', { channel, limit: 10 })).items;
}

describe('cases', () => {
  it('numbers codes per year with the workspace prefix, restarting at 0001 in a new year', async () => {
    const a = await newCase();
    const b = await newCase();
    expect([a.code, b.code]).toEqual(['C-2026-0001', 'C-2026-0002']);
    await t.call('workspace:updateSettings', { caseCodePrefix: 'TF-X' });
    expect((await newCase()).code).toBe('TF-X-2026-0003');
    expect(await t.fail('workspace:updateSettings', { caseCodePrefix: 'smith' })).toMatchObject({
      code: 'VALIDATION',
    });
    w.setDay('2027-01-02');
    expect((await newCase()).code).toBe('TF-X-2027-0001');
    expect((await newCase()).code).toBe('TF-X-2027-0002');
    const all = await t.call('cases:list', {});
    expect(all.total).toBe(5);
    expect(new Set(all.items.map((c) => c.code)).size).toBe(5);
    // Newest first.
    expect(all.items.map((c) => c.code)).toEqual([
      'TF-X-2027-0002',
      'TF-X-2027-0001',
      'TF-X-2026-0003',
      'C-2026-0002',
      'C-2026-0001',
    ]);
  });

  it('stores the bands and returns them; a field outside the bands is VALIDATION', async () => {
    const c = await newCase({
      profiles: [
        {
          ageBand: '12-17',
          sex: 'male',
          nationality: 'gh',
          exploitationForms: ['begging', 'forced_labour'],
          count: 3,
        },
        { ageBand: 'unknown', sex: 'other_unknown', nationality: '', exploitationForms: ['other'] },
      ],
    });
    expect(c).toMatchObject({
      code: 'C-2026-0001',
      stage: 'identification',
      openedMonth: '2026-01',
      closedMonth: null,
      victimCount: 4,
      nationalities: ['GH'],
      exploitationForms: ['forced_labour', 'begging', 'other'],
      profiles: [
        {
          ageBand: '12-17',
          sex: 'male',
          nationality: 'GH',
          exploitationForms: ['forced_labour', 'begging'],
          count: 3,
        },
        {
          ageBand: 'unknown',
          sex: 'other_unknown',
          nationality: '',
          exploitationForms: ['other'],
          count: 1,
        },
      ],
      suspects: { count: 2, nationalities: ['ES', 'NG'] },
      nrmReferral: true,
      nrmReferralMonth: '2026-02',
      assistance: ['shelter', 'legal'],
      agencies: [{ id: w.police, role: 'lead_investigation' }],
      pendingRequests: 0,
      maxDaysPending: null,
    });
    const bad = async (input: unknown) => (await t.fail('cases:create', input)).code;
    const profile = caseInput().profiles[0]!;
    expect(await bad(caseInput({ profiles: [{ ...profile, ageBand: '17' as never }] }))).toBe(
      'VALIDATION',
    );
    expect(await bad(caseInput({ profiles: [{ ...profile, sex: 'woman' as never }] }))).toBe(
      'VALIDATION',
    );
    expect(
      await bad(
        caseInput({ profiles: [{ ...profile, exploitationForms: ['trafficking' as never] }] }),
      ),
    ).toBe('VALIDATION');
    expect(await bad(caseInput({ profiles: [{ ...profile, count: 0 }] }))).toBe('VALIDATION');
    expect(await bad(caseInput({ profiles: [] }))).toBe('VALIDATION');
    expect(await bad({ ...caseInput(), profiles: [{ ...profile, name: 'Ada' }] })).toBe(
      'VALIDATION',
    );
    expect(await bad({ ...caseInput(), victimName: 'Ada' })).toBe('VALIDATION');
    expect(await bad(caseInput({ openedMonth: '2026-13' }))).toBe('VALIDATION');
    expect(await bad(caseInput({ openedMonth: '2026-04' }))).toBe('VALIDATION'); // future
    expect(await bad(caseInput({ assistance: ['housing' as never] }))).toBe('VALIDATION');
    expect(await bad(caseInput({ nrmReferral: false, nrmReferralMonth: '2026-02' }))).toBe(
      'VALIDATION',
    );
    expect(
      await bad(
        caseInput({
          agencies: [
            { agencyId: w.police, role: 'lead_investigation' },
            { agencyId: w.police, role: 'other' },
          ],
        }),
      ),
    ).toBe('VALIDATION');
    await t.call('agencies:archive', { id: w.immigration });
    expect(
      await bad(caseInput({ agencies: [{ agencyId: w.immigration, role: 'consular' }] })),
    ).toBe('VALIDATION');
    expect((await t.call('cases:list', {})).total).toBe(1);
  });

  it('keeps a dated stage history; closing sets the closed month, reopening clears it', async () => {
    const c = await newCase({ stage: 'referral', stageMonth: '2026-02' });
    expect(c.stageHistory.map((h) => [h.stage, h.month])).toEqual([['referral', '2026-02']]);
    const same = await newCase();
    expect(same.stageHistory.map((h) => [h.stage, h.month])).toEqual([
      ['identification', '2026-01'],
    ]);
    w.setDay('2026-05-20');
    const moved = await t.call('cases:update', { id: c.id, stage: 'investigation' });
    expect(moved.stage).toBe('investigation');
    const closed = await t.call('cases:update', {
      id: c.id,
      stage: 'closed',
      stageMonth: '2026-04',
    });
    expect(closed).toMatchObject({ stage: 'closed', closedMonth: '2026-04' });
    // Fields without a stage change leave the history alone.
    const edited = await t.call('cases:update', {
      id: c.id,
      suspects: { count: 5, nationalities: [] },
    });
    expect(edited.suspects).toEqual({ count: 5, nationalities: [] });
    expect(edited.stageHistory).toHaveLength(3);
    const reopened = await t.call('cases:update', { id: c.id, stage: 'prosecution' });
    expect(reopened).toMatchObject({ stage: 'prosecution', closedMonth: null });
    expect(reopened.stageHistory.map((h) => [h.stage, h.month])).toEqual([
      ['referral', '2026-02'],
      ['investigation', '2026-05'],
      ['closed', '2026-04'],
      ['prosecution', '2026-05'],
    ]);
    expect(
      (await t.fail('cases:update', { id: c.id, stage: 'assistance', stageMonth: '2025-12' })).code,
    ).toBe('VALIDATION');
    const list = await t.call('cases:list', { open: false });
    expect(list.items.map((i) => i.id)).toEqual([]);
    expect((await t.call('cases:list', { stage: ['prosecution'] })).items.map((i) => i.id)).toEqual(
      [c.id],
    );
  });

  it('counts days pending on the clock, flags overdue past the threshold and sorts by it', async () => {
    const c = await newCase();
    const other = await newCase();
    const mla = await t.call('cooperation:create', {
      caseId: c.id,
      type: 'mutual_legal_assistance',
      direction: 'outgoing',
      country: 'ng',
      authority: 'Federal Ministry of Justice',
      legalBasis: 'untoc_art18',
      draftedOn: '2026-01-05',
      sentOn: '2026-01-20',
      status: 'sent',
    });
    expect(mla).toMatchObject({ caseCode: c.code, country: 'NG', daysPending: 49, overdue: false });
    const draft = await t.call('cooperation:create', {
      caseId: other.id,
      type: 'information_exchange',
      direction: 'incoming',
      country: 'ES',
      legalBasis: 'europol_interpol',
    });
    expect(draft).toMatchObject({ status: 'drafting', daysPending: 0, authority: '' });
    w.setDay('2026-03-22');
    let list = await t.call('cooperation:list', {});
    expect(list.thresholdDays).toBe(60);
    expect(list.items.map((r) => [r.id, r.daysPending, r.overdue])).toEqual([
      [mla.id, 61, true],
      [draft.id, 12, false],
    ]);
    expect(
      (await t.call('cooperation:list', { overdueOnly: true })).items.map((r) => r.id),
    ).toEqual([mla.id]);
    await t.call('workspace:updateSettings', { cooperationPendingDays: 90 });
    expect((await t.call('cooperation:list', { overdueOnly: true })).items).toEqual([]);
    const listed = await t.call('cases:list', { pendingCooperation: true });
    expect(listed.items.map((i) => [i.code, i.pendingRequests, i.maxDaysPending])).toEqual([
      [other.code, 1, 12],
      [c.code, 1, 61],
    ]);
    // Executed: no longer pending.
    const done = await t.call('cooperation:update', {
      id: mla.id,
      acknowledgedOn: '2026-02-01',
      executedOn: '2026-03-01',
      status: 'executed',
    });
    expect(done).toMatchObject({ daysPending: null, overdue: false, status: 'executed' });
    list = await t.call('cooperation:list', { pendingOnly: true });
    expect(list.items.map((r) => r.id)).toEqual([draft.id]);
    expect(
      (await t.call('cases:list', { pendingCooperation: false })).items.map((i) => i.id),
    ).toEqual([c.id]);
    // Dates out of order are refused and change nothing.
    const bad = await t.fail('cooperation:update', { id: mla.id, sentOn: '2026-02-15' });
    expect(bad).toMatchObject({ code: 'VALIDATION', details: { field: 'acknowledgedOn' } });
    expect((await t.call('cases:get', { id: c.id })).requests[0]).toMatchObject({
      sentOn: '2026-01-20',
    });
    expect(
      (
        await t.fail('cooperation:create', {
          caseId: c.id,
          type: 'extradition',
          direction: 'outgoing',
          country: 'NG',
          legalBasis: 'untoc_art16',
          draftedOn: '2026-03-01',
          sentOn: '2026-02-01',
        })
      ).code,
    ).toBe('VALIDATION');
  });

  it('refuses a discussion with a phone number unless overridden; the audit keeps the reason and kinds only', async () => {
    const c = await newCase();
    const text = 'Victim reachable at +234 803 555 0199 after the hearing.';
    const refused = await t.fail('cases:addDiscussion', { caseId: c.id, text });
    expect(refused.code).toBe('PII_DETECTED');
    expect((await t.call('cases:get', { id: c.id })).discussions).toEqual([]);
    const saved = await t.call('cases:addDiscussion', {
      caseId: c.id,
      text,
      privacyOverride: { reason: 'The number is the shelter hotline, agreed by the chair.' },
    });
    expect(saved).toMatchObject({ text, meeting: null });
    const entry = (await auditOf('cases:addDiscussion'))[0]!;
    expect(entry.recordType).toBe('case');
    expect(entry.summary).toMatchObject({
      code: c.code,
      privacyOverride: {
        reason: 'The number is the shelter hotline, agreed by the chair.',
        kinds: ['phone'],
      },
    });
    expect(JSON.stringify(entry)).not.toContain('0199');
    expect(JSON.stringify(entry)).not.toContain('hearing');
    // The case's own audit entries hold neither profile nor text.
    const created = (await auditOf('cases:create'))[0]!;
    expect(created.summary).toEqual({ code: c.code, stage: 'identification' });
    expect(JSON.stringify(created)).not.toMatch(/18-24|female|sexual/);
    const clean = await t.call('cases:addDiscussion', {
      caseId: c.id,
      text: 'The prosecutor will ask the partner country for bank records.',
    });
    expect((await t.call('cases:get', { id: c.id })).discussions.map((d) => d.id)).toEqual([
      saved.id,
      clean.id,
    ]);
  });

  it('records a discussion at a meeting until its minutes are approved (then LOCKED_RECORD)', async () => {
    const c = await newCase();
    const m = await createMeeting(w, '2026-03-05');
    const d = await t.call('cases:addDiscussion', {
      caseId: c.id,
      meetingId: m.id,
      text: 'Agreed to request the bank records.',
    });
    expect(d.meeting).toMatchObject({ id: m.id, number: 1, date: '2026-03-05' });
    await moveTo(t, m.id, 'minutes_approved');
    const locked = await t.fail('cases:addDiscussion', {
      caseId: c.id,
      meetingId: m.id,
      text: 'A late note.',
    });
    expect(locked.code).toBe('LOCKED_RECORD');
    expect((await t.call('cases:get', { id: c.id })).discussions).toHaveLength(1);
  });

  it('lists closed cases past retention and purges only those, with all their rows', async () => {
    const old = await newCase({ openedMonth: '2020-01', stage: 'closed', stageMonth: '2021-02' });
    const recent = await newCase({
      openedMonth: '2021-01',
      stage: 'closed',
      stageMonth: '2021-03',
    });
    const open = await newCase();
    await t.call('cooperation:create', {
      caseId: old.id,
      type: 'victim_return',
      direction: 'outgoing',
      country: 'NG',
      legalBasis: 'protocol_art8',
    });
    await t.call('cases:addDiscussion', { caseId: old.id, text: 'Return completed.' });
    const action = await t.call('actions:create', {
      title: 'Close the file',
      ownerAgencyId: w.police,
      caseId: old.id,
    });
    // 2026-03: more than 5 years after 2021-02, not after 2021-03.
    const retention = await t.call('cases:retention', {});
    expect(retention).toEqual({
      items: [{ id: old.id, code: old.code, closedMonth: '2021-02' }],
      retentionYears: 5,
    });
    expect((await t.fail('cases:purge', { ids: [old.id, recent.id] })).code).toBe('VALIDATION');
    expect((await t.fail('cases:purge', { ids: [open.id] })).code).toBe('VALIDATION');
    expect((await t.call('cases:list', {})).total).toBe(3);
    expect(await t.call('cases:purge', { ids: [old.id] })).toEqual({ purged: 1 });
    expect((await t.fail('cases:get', { id: old.id })).code).toBe('NOT_FOUND');
    expect((await t.call('cooperation:list', {})).items).toEqual([]);
    expect((await t.call('actions:get', { id: action.id })).case).toBeNull();
    const entry = (await auditOf('cases:purge'))[0]!;
    expect(entry).toMatchObject({ recordId: null, summary: { codes: [old.code] } });
    await t.call('workspace:updateSettings', { caseRetentionYears: 4 });
    expect((await t.call('cases:retention', {})).items.map((i) => i.id)).toEqual([recent.id]);
    expect((await t.call('audit:verify', {})).ok).toBe(true);
  });

  it('links action items to a case, shows them on the case and filters the action list', async () => {
    const c = await newCase();
    const other = await newCase();
    const a = await t.call('actions:create', {
      title: 'Ask for bank records',
      ownerAgencyId: w.police,
      caseId: c.id,
    });
    expect(a.case).toEqual({ id: c.id, code: c.code });
    const b = await t.call('actions:create', {
      title: 'Brief the consulate',
      ownerAgencyId: w.prosecutors,
    });
    expect(b.case).toBeNull();
    expect(
      (await t.fail('actions:create', { title: 'x', ownerAgencyId: w.police, caseId: a.id })).code,
    ).toBe('VALIDATION');
    const linked = await t.call('actions:update', { id: b.id, patch: { caseId: other.id } });
    expect(linked.case).toEqual({ id: other.id, code: other.code });
    expect((await t.call('actions:list', { caseId: c.id })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await t.call('cases:get', { id: other.id })).actions).toMatchObject([
      { id: b.id, title: 'Brief the consulate', ownerAgency: { id: w.prosecutors } },
    ]);
    const unlinked = await t.call('actions:update', { id: b.id, patch: { caseId: null } });
    expect(unlinked.case).toBeNull();
    expect((await t.call('actions:list', { caseId: other.id })).total).toBe(0);
    // Other filters of the case list.
    await t.call('cases:update', {
      id: other.id,
      profiles: [
        { ageBand: '25-34', sex: 'male', nationality: 'VN', exploitationForms: ['forced_labour'] },
      ],
      agencies: [{ agencyId: w.prosecutors, role: 'prosecution' }],
    });
    const ids = async (input: ChannelInput<'cases:list'>) =>
      (await t.call('cases:list', input)).items.map((i) => i.id);
    expect(await ids({ nationality: 'VN' })).toEqual([other.id]);
    expect(await ids({ exploitationForm: 'sexual_exploitation' })).toEqual([c.id]);
    expect(await ids({ exploitationForm: 'forced_labour' })).toEqual([other.id]);
    expect(await ids({ agencyId: w.police })).toEqual([c.id]);
    expect(await ids({ code: '0002' })).toEqual([other.id]);
    expect(await ids({ open: true })).toEqual([other.id, c.id]);
  });
});
