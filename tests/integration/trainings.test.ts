/**
 * The capacity-building log: trainings with participants by sex per agency; refusals (unknown
 * agency or pillar, an agency twice, an end before the start, personal data in the notes) that
 * write nothing; the list's filters; the totals per agency and per pillar over a period that
 * leaves one training out (hand-computed); update and remove.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { createPlan, startNapWorld, type NapWorld } from '../fixtures/napWorld';

let w: NapWorld;
let protection: string;
let prosecution: string;
const MISSING = '00000000-0000-4000-8000-000000000000';

beforeEach(async () => {
  w = await startNapWorld('2027-06-15', { memory: true });
  const plan = await createPlan(w.t);
  const pillars = (await w.t.call('nap:getPlan', { id: plan.id })).pillars;
  protection = pillars[1]!.id;
  prosecution = pillars[2]!.id;
});
afterEach(async () => {
  await w.t.cleanup();
});

function count(table: string): number {
  const db = rawConnection(w.t.core.workspace.dataSource());
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

const row = (agencyId: string, female: number, male: number, other = 0) => ({
  agencyId,
  female,
  male,
  other,
});

/** Three trainings: two in the first half of 2027, one in 2026 (outside the period). */
async function seed() {
  const a = await w.t.call('trainings:create', {
    date: '2027-02-10',
    endDate: '2027-02-12',
    topic: 'Victim identification',
    organiser: 'IOM',
    trainerAgencyId: w.ngo,
    napPillarId: protection,
    format: 'in_person',
    hours: 12,
    agencies: [row(w.police, 5, 10, 1), row(w.labour, 3, 2)],
  });
  const b = await w.t.call('trainings:create', {
    date: '2027-05-03',
    topic: 'Financial investigations',
    napPillarId: prosecution,
    format: 'online',
    hours: 4,
    agencies: [row(w.police, 2, 3), row(w.prosecutors, 6, 4, 2)],
  });
  const c = await w.t.call('trainings:create', {
    date: '2026-11-20',
    topic: 'Labour exploitation',
    napPillarId: protection,
    format: 'blended',
    hours: 8,
    agencies: [row(w.labour, 10, 10)],
  });
  return { a, b, c };
}

describe('capacity-building log', () => {
  it('creates a training with participants by sex and reads it back', async () => {
    const { a } = await seed();
    expect(a.trainerAgency?.acronym).toBe('SN');
    expect(a.napPillar?.id).toBe(protection);
    expect(a.endDate).toBe('2027-02-12');
    expect(a.agencies.map((g) => [g.agency.acronym, g.female, g.male, g.other])).toEqual([
      ['LI', 3, 2, 0],
      ['NP', 5, 10, 1],
    ]);
    expect(a.participants).toBe(21);
    expect(await w.t.call('trainings:get', { id: a.id })).toEqual(a);
  });

  it('refuses wrong references, duplicates, dates and personal data, writing nothing', async () => {
    await seed();
    const before = [count('trainings'), count('training_agencies'), count('audit_log')];
    const base = { date: '2027-03-01', topic: 'Interviewing', format: 'in_person' as const };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ trainerAgencyId: MISSING }, 'VALIDATION', 'trainerAgencyId'],
      [{ napPillarId: MISSING }, 'VALIDATION', 'napPillarId'],
      [{ agencies: [row(MISSING, 1, 1)] }, 'VALIDATION', 'agencies'],
      [{ agencies: [row(w.police, 1, 1), row(w.police, 2, 2)] }, 'VALIDATION', 'agencies'],
      [{ endDate: '2027-02-28' }, 'VALIDATION', 'endDate'],
    ];
    for (const [extra, code, field] of cases) {
      const error = await w.t.fail('trainings:create', { ...base, ...extra });
      expect([error.code, (error.details as { field?: string }).field]).toEqual([code, field]);
    }
    expect(
      (await w.t.fail('trainings:create', { ...base, agencies: [row(w.police, -1, 0)] })).code,
    ).toBe('VALIDATION');
    expect(
      (await w.t.fail('trainings:create', { ...base, notes: 'Trainer: +34 612 345 678' })).code,
    ).toBe('PII_DETECTED');
    expect([count('trainings'), count('training_agencies'), count('audit_log')]).toEqual(before);
  });

  it('filters the list by period, agency and pillar, newest first', async () => {
    await seed();
    const topics = async (input: Record<string, unknown>) =>
      (await w.t.call('trainings:list', input)).items.map((i) => i.topic);
    expect(await topics({})).toEqual([
      'Financial investigations',
      'Victim identification',
      'Labour exploitation',
    ]);
    expect(await topics({ from: '2027-01-01', to: '2027-06-30' })).toEqual([
      'Financial investigations',
      'Victim identification',
    ]);
    expect(await topics({ to: '2027-02-10' })).toEqual([
      'Victim identification',
      'Labour exploitation',
    ]);
    expect(await topics({ agencyId: w.labour })).toEqual([
      'Victim identification',
      'Labour exploitation',
    ]);
    expect(await topics({ napPillarId: prosecution })).toEqual(['Financial investigations']);
  });

  it('totals per agency and per pillar over a period that leaves one training out', async () => {
    await seed();
    // A training without a pillar or agencies in the period counts as a training only.
    await w.t.call('trainings:create', {
      date: '2027-06-01',
      topic: 'Induction',
      format: 'online',
    });
    const s = await w.t.call('trainings:summary', { from: '2027-01-01', to: '2027-06-30' });
    expect([s.from, s.to]).toEqual(['2027-01-01', '2027-06-30']);
    // a: NP 5/10/1 ×12h, LI 3/2/0 ×12h; b: NP 2/3/0 ×4h, OPG 6/4/2 ×4h; c is in 2026.
    expect(s.total).toEqual({
      trainings: 3,
      female: 16,
      male: 19,
      other: 3,
      participants: 38,
      hours: 16 * 12 + 5 * 12 + 5 * 4 + 12 * 4,
    });
    expect(
      s.byAgency.map((r) => [
        r.agency.acronym,
        r.trainings,
        r.female,
        r.male,
        r.other,
        r.participants,
        r.hours,
      ]),
    ).toEqual([
      ['LI', 1, 3, 2, 0, 5, 60],
      ['NP', 2, 7, 13, 1, 21, 16 * 12 + 5 * 4],
      ['OPG', 1, 6, 4, 2, 12, 48],
    ]);
    // By pillar name (the default 4P: Prosecution before Protection), no pillar last.
    expect(
      s.byPillar.map((r) => [r.pillar?.id ?? null, r.trainings, r.participants, r.hours]),
    ).toEqual([
      [prosecution, 1, 17, 17 * 4],
      [protection, 1, 21, 21 * 12],
      [null, 1, 0, 0],
    ]);
    expect(s.byPillar.map((r) => r.pillar?.name ?? null)).toEqual([
      'Prosecution',
      'Protection',
      null,
    ]);

    // Without a period: everything, the 2026 training included.
    const all = await w.t.call('trainings:summary', {});
    expect([all.total.trainings, all.total.participants]).toEqual([4, 58]);
    expect(all.byAgency.find((r) => r.agency.id === w.labour)).toMatchObject({
      trainings: 2,
      participants: 25,
      hours: 60 + 20 * 8,
    });
  });

  it('updates the rows of agencies trained, and removes a training', async () => {
    const { a, b } = await seed();
    const updated = await w.t.call('trainings:update', {
      id: a.id,
      agencies: [row(w.prosecutors, 1, 1, 1)],
      hours: 6,
    });
    expect(updated.agencies.map((g) => g.agency.acronym)).toEqual(['OPG']);
    expect([updated.participants, updated.hours, updated.topic]).toEqual([
      3,
      6,
      'Victim identification',
    ]);
    expect((await w.t.fail('trainings:update', { id: a.id, endDate: '2027-01-01' })).code).toBe(
      'VALIDATION',
    );

    const before = count('training_agencies');
    expect(await w.t.call('trainings:remove', { id: b.id })).toEqual({ id: b.id });
    expect(count('training_agencies')).toBe(before - 2);
    expect((await w.t.fail('trainings:get', { id: b.id })).code).toBe('NOT_FOUND');
    expect((await w.t.fail('trainings:remove', { id: b.id })).code).toBe('NOT_FOUND');
    const s = await w.t.call('trainings:summary', { from: '2027-01-01', to: '2027-06-30' });
    expect([s.total.trainings, s.total.participants, s.total.hours]).toEqual([1, 3, 18]);
  });
});
