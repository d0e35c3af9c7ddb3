/**
 * The register of agreements and SOPs on a clock the test moves: creation with parties,
 * bodies and NAP activities; refusals (unknown or archived references, dates out of order,
 * personal data in the notes) that write nothing; "review due" from the core's clock, on the
 * list, the record and the dashboard; the filters; archive and restore; the audit entries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { createPlan, objectiveIn, startNapWorld, type NapWorld } from '../fixtures/napWorld';

let w: NapWorld;
let bodyId: string;
let otherBodyId: string;
let activityId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';

beforeEach(async () => {
  w = await startNapWorld('2027-06-15', { memory: true });
  bodyId = (
    await w.t.call('bodies:create', {
      name: 'Bilateral case-management group',
      kind: 'bilateral_case_management',
      partnerCountry: 'MA',
      memberAgencyIds: [w.police],
    })
  ).id;
  otherBodyId = (
    await w.t.call('bodies:create', {
      name: 'National Task Force',
      kind: 'national_task_force',
      memberAgencyIds: [w.police, w.prosecutors],
    })
  ).id;
  const plan = await createPlan(w.t);
  const objective = await objectiveIn(w.t, plan.id);
  activityId = (
    await w.t.call('nap:upsertActivity', { objectiveId: objective.id, text: 'Adopt referral SOPs' })
  ).id;
});
afterEach(async () => {
  await w.t.cleanup();
});

function count(table: string): number {
  const db = rawConnection(w.t.core.workspace.dataSource());
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function auditOf(channel: string): Record<string, unknown>[] {
  const db = rawConnection(w.t.core.workspace.dataSource());
  return (
    db.prepare('SELECT summary FROM audit_log WHERE channel = ? ORDER BY seq').all(channel) as {
      summary: string;
    }[]
  ).map((r) => JSON.parse(r.summary) as Record<string, unknown>);
}

const mou = (extra: Record<string, unknown> = {}) =>
  w.t.call('agreements:create', {
    type: 'mou',
    title: 'MoU on the return of victims',
    agencyIds: [w.police, w.prosecutors],
    countries: ['es', 'MA'],
    signedOn: '2025-03-01',
    inForceFrom: '2025-04-01',
    reviewOn: '2027-06-20',
    status: 'in_force',
    location: 'Registry of the Ministry, file 12/2025',
    notes: 'Covers identification and safe return.',
    bodyIds: [bodyId],
    napActivityIds: [activityId],
    ...extra,
  } as never);

describe('agreements register', () => {
  it('creates an agreement with its parties and links, and reads it back', async () => {
    const a = await mou();
    expect(a.type).toBe('mou');
    expect(a.agencies.map((g) => g.acronym)).toEqual(['NP', 'OPG']);
    expect(a.countries).toEqual(['ES', 'MA']);
    expect(a.bodies).toEqual([{ id: bodyId, name: 'Bilateral case-management group' }]);
    expect(a.napActivities.map((n) => [n.id, n.title])).toEqual([
      [activityId, 'Adopt referral SOPs'],
    ]);
    expect([a.signedOn, a.inForceFrom, a.reviewOn, a.status]).toEqual([
      '2025-03-01',
      '2025-04-01',
      '2027-06-20',
      'in_force',
    ]);
    expect(a.reviewDue).toBe(false);
    expect(a.archived).toBe(false);
    expect(await w.t.call('agreements:get', { id: a.id })).toEqual(a);

    const entry = auditOf('agreements:create')[0]!;
    expect(entry).toMatchObject({ type: 'mou', status: 'in_force', reviewOn: '2027-06-20' });
    expect(JSON.stringify(entry)).not.toContain('Registry of the Ministry');
    expect(JSON.stringify(entry)).not.toContain('safe return');
  });

  it('refuses unknown references, archived parties and dates out of order, writing nothing', async () => {
    const archived = (await w.t.call('agencies:create', { name: 'Old unit', kind: 'other' })).id;
    await w.t.call('agencies:archive', { id: archived });
    const before = [count('agreements'), count('agreement_agencies'), count('audit_log')];
    const cases: [Record<string, unknown>, string, string][] = [
      [{ agencyIds: [MISSING] }, 'VALIDATION', 'agencyIds'],
      [{ agencyIds: [archived] }, 'VALIDATION', 'agencyIds'],
      [{ bodyIds: [MISSING] }, 'VALIDATION', 'bodyIds'],
      [{ napActivityIds: [MISSING] }, 'VALIDATION', 'napActivityIds'],
      [{ signedOn: '2025-05-01', inForceFrom: '2025-04-30' }, 'VALIDATION', 'inForceFrom'],
    ];
    for (const [extra, code, field] of cases) {
      const error = await w.t.fail('agreements:create', {
        type: 'sop',
        title: 'Referral SOP',
        ...extra,
      });
      expect([error.code, (error.details as { field?: string }).field]).toEqual([code, field]);
    }
    // Personal data in the notes: refused, then let through with a written reason.
    const pii = await w.t.fail('agreements:create', {
      type: 'sop',
      title: 'Referral SOP',
      notes: 'Ask kwame.boateng@gmail.com for the signed copy.',
    });
    expect(pii.code).toBe('PII_DETECTED');
    expect((await w.t.fail('agreements:create', { type: 'sop', title: '' })).code).toBe(
      'VALIDATION',
    );
    expect([count('agreements'), count('agreement_agencies'), count('audit_log')]).toEqual(before);

    const kept = await w.t.call('agreements:create', {
      type: 'sop',
      title: 'Referral SOP',
      notes: 'Ask kwame.boateng@gmail.com for the signed copy.',
      privacyOverride: { reason: 'The registry mailbox, published by the ministry' },
    });
    expect(kept.notes).toContain('kwame.boateng');
    const entry = auditOf('agreements:create').at(-1)!;
    expect(entry.privacyOverride).toMatchObject({ kinds: ['email'] });
    expect(JSON.stringify(entry)).not.toContain('kwame');

    // An update out of order against the stored date is refused and changes nothing.
    const a = await mou();
    const refused = await w.t.fail('agreements:update', { id: a.id, inForceFrom: '2025-01-01' });
    expect((refused.details as { field: string }).field).toBe('inForceFrom');
    expect((await w.t.call('agreements:get', { id: a.id })).inForceFrom).toBe('2025-04-01');
    expect((await w.t.fail('agreements:update', { id: MISSING, title: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await w.t.fail('agreements:get', { id: MISSING })).code).toBe('NOT_FOUND');
  });

  it('computes "review due" on the core clock, and shows it on the dashboard', async () => {
    const a = await mou(); // review 2027-06-20, today 2027-06-15
    const expired = await mou({
      title: 'Expired protocol',
      reviewOn: '2026-01-01',
      status: 'expired',
    });
    const past = await mou({
      title: 'Old SOP',
      type: 'sop',
      reviewOn: '2027-01-10',
      status: 'draft',
    });
    const none = await mou({ title: 'No review date', reviewOn: null });
    const dash = () => w.t.call('dashboard:summary', { from: '2027-01-01', to: '2027-06-30' });

    expect((await w.t.call('agreements:get', { id: a.id })).reviewDue).toBe(false);
    expect((await dash()).agreementsDue).toEqual({
      total: 1,
      items: [
        { id: past.id, title: 'Old SOP', type: 'sop', reviewOn: '2027-01-10', status: 'draft' },
      ],
    });

    w.setDay('2027-06-20'); // the review date itself is due
    expect((await w.t.call('agreements:get', { id: a.id })).reviewDue).toBe(true);
    expect((await w.t.call('agreements:get', { id: expired.id })).reviewDue).toBe(false);
    expect((await w.t.call('agreements:get', { id: none.id })).reviewDue).toBe(false);
    const due = await w.t.call('agreements:list', { reviewDueOnly: true });
    expect(due.items.map((i) => i.title)).toEqual(['Old SOP', 'MoU on the return of victims']);
    expect((await dash()).agreementsDue.items.map((i) => i.id)).toEqual([past.id, a.id]);

    // Limited to a body: only the agreements that frame it.
    const forOther = await w.t.call('dashboard:summary', {
      from: '2027-01-01',
      to: '2027-06-30',
      bodyId: otherBodyId,
    });
    expect(forOther.agreementsDue).toEqual({ total: 0, items: [] });

    // Marked expired or archived, it is no longer due.
    await w.t.call('agreements:update', { id: past.id, status: 'expired' });
    await w.t.call('agreements:archive', { id: a.id });
    expect((await dash()).agreementsDue.total).toBe(0);
  });

  it('filters by type, status, agency, body, NAP activity and archive', async () => {
    const a = await mou();
    const sop = await w.t.call('agreements:create', {
      type: 'sop',
      title: 'Shelter referral SOP',
      agencyIds: [w.ngo],
      status: 'draft',
      bodyIds: [otherBodyId],
    });
    const titles = async (input: Record<string, unknown>) =>
      (await w.t.call('agreements:list', input)).items.map((i) => i.title);
    expect(await titles({})).toEqual(['MoU on the return of victims', 'Shelter referral SOP']);
    expect(await titles({ type: 'sop' })).toEqual(['Shelter referral SOP']);
    expect(await titles({ status: 'in_force' })).toEqual(['MoU on the return of victims']);
    expect(await titles({ agencyId: w.ngo })).toEqual(['Shelter referral SOP']);
    expect(await titles({ bodyId })).toEqual(['MoU on the return of victims']);
    expect(await titles({ napActivityId: activityId })).toEqual(['MoU on the return of victims']);

    const archived = await w.t.call('agreements:archive', { id: sop.id });
    expect(archived.archived).toBe(true);
    expect(await titles({})).toEqual(['MoU on the return of victims']);
    expect(await titles({ includeArchived: true })).toHaveLength(2);
    expect(auditOf('agreements:archive')).toEqual([{ archived: true }]);
    await w.t.call('agreements:archive', { id: sop.id, archived: false });
    expect(await titles({ type: 'sop' })).toEqual(['Shelter referral SOP']);

    // An update replaces the lists given and keeps the others.
    const updated = await w.t.call('agreements:update', {
      id: a.id,
      agencyIds: [w.labour],
      countries: [],
    });
    expect(updated.agencies.map((g) => g.acronym)).toEqual(['LI']);
    expect(updated.countries).toEqual([]);
    expect(updated.bodies.map((b) => b.id)).toEqual([bodyId]);
    expect(updated.title).toBe('MoU on the return of victims');
  });
});
