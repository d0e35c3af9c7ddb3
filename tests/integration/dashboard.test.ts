/**
 * The chair's dashboard on a fixed clock (15 June 2026): open and overdue counts, aging
 * buckets at their edges, completion and attendance rates per agency over a period, upcoming
 * deadlines, and the limit to one body.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingStatus } from '../../shared/domain/meetings';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

const TODAY = '2026-06-15';
let t: TestCore;
let clock: Date;
let police: string;
let prosecutors: string;
let immigration: string;
let outsider: string;
let bodyId: string;

const WORKFLOW: MeetingStatus[] = ['draft', 'agenda_circulated', 'held', 'minutes_drafted'];

async function heldMeeting(date: string, status: MeetingStatus, body = bodyId) {
  const m = await t.call('meetings:create', { bodyId: body, date });
  for (const s of WORKFLOW.slice(1, WORKFLOW.indexOf(status) + 1)) {
    await t.call('meetings:setStatus', { id: m.id, status: s });
  }
  return m.id;
}

const action = (title: string, ownerAgencyId: string, extra: Record<string, unknown> = {}) =>
  t.call('actions:create', { title, ownerAgencyId, bodyId, ...extra } as never);

const days = (n: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeEach(async () => {
  clock = new Date(`${TODAY}T16:30:00Z`);
  t = startTestCore(() => clock, { memory: true });
  await createWorkspace(t);
  const agency = async (name: string) =>
    (await t.call('agencies:create', { name, kind: 'other' })).id;
  police = await agency('Police');
  prosecutors = await agency('Prosecutors');
  immigration = await agency('Immigration');
  outsider = await agency('Visiting NGO');
  bodyId = (
    await t.call('bodies:create', {
      name: 'National Task Force',
      kind: 'national_task_force',
      memberAgencyIds: [police, prosecutors, immigration],
    })
  ).id;
});
afterEach(async () => {
  await t.cleanup();
});

describe('dashboard', () => {
  it('counts open and overdue actions and ages them at the bucket edges', async () => {
    for (const n of [1, 30]) await action(`P${n}`, police, { dueDate: days(-n) });
    for (const n of [31, 60, 61]) await action(`J${n}`, prosecutors, { dueDate: days(-n) });
    for (const n of [90, 91, 400]) await action(`I${n}`, immigration, { dueDate: days(-n) });
    await action('Due today', police, { dueDate: TODAY });
    await action('No date', police);
    await action('Blocked', police, { dueDate: days(-5), status: 'blocked' });
    await action('Done late', police, { dueDate: days(-10), status: 'done' });
    await action('Cancelled', police, { dueDate: days(-10), status: 'cancelled' });

    const s = await t.call('dashboard:summary', { from: '2026-01-01', to: '2026-06-30' });
    expect(s.today).toBe(TODAY);
    expect([s.open, s.overdue]).toEqual([11, 9]);
    expect(s.aging).toEqual([
      { bucket: '0-30', count: 3 },
      { bucket: '31-60', count: 2 },
      { bucket: '61-90', count: 2 },
      { bucket: '90+', count: 2 },
    ]);
    expect(s.byAgency.map((r) => [r.agency.name, r.open, r.overdue])).toEqual([
      ['Police', 5, 3], // most overdue first, then most open, then by name
      ['Immigration', 3, 3],
      ['Prosecutors', 3, 3],
    ]);
    // The snapshot follows the injected clock: the same actions 30 days on.
    clock = new Date('2026-07-15T08:00:00Z');
    const later = await t.call('dashboard:summary', { from: '2026-01-01', to: '2026-06-30' });
    expect([later.today, later.overdue]).toEqual(['2026-07-15', 10]);
    // Due today → 30 days; 1 → 31, 30 → 60, blocked 5 → 35; 31 → 61, 60 → 90; the rest > 90.
    expect(later.aging.map((b) => b.count)).toEqual([1, 3, 2, 4]);
  });

  it('rates completion per agency over the period: done by its end, on time, cancelled left out', async () => {
    const made = async (title: string, dueDate: string, doneOn?: string, owner = police) => {
      const a = await action(title, owner, { dueDate });
      if (doneOn) {
        await t.call('actions:addUpdate', { actionId: a.id, date: doneOn, status: 'done' });
      }
      return a;
    };
    await made('On time', '2026-05-10', '2026-05-08');
    await made('Done after the period', '2026-05-20', '2026-06-02');
    await made('Late but in the period', '2026-05-25', '2026-05-28');
    const cancelled = await made('Cancelled', '2026-05-15');
    await t.call('actions:update', { id: cancelled.id, patch: { status: 'cancelled' } });
    await made('Due before the period', '2026-04-30', '2026-04-29');
    await made('Due after the period', '2026-06-01', '2026-05-05');
    await made('Prosecutors open', '2026-05-12', undefined, prosecutors);

    const s = await t.call('dashboard:summary', { from: '2026-05-01', to: '2026-05-31' });
    const row = (id: string) => s.byAgency.find((r) => r.agency.id === id);
    expect(row(police)?.completion).toEqual({ due: 3, completed: 2, onTime: 1, rate: 2 / 3 });
    expect(row(prosecutors)?.completion).toEqual({ due: 1, completed: 0, onTime: 0, rate: 0 });
    // No action and no meeting in scope: no row.
    expect(row(immigration)).toBeUndefined();
    expect(s.completionRate).toBe(2 / 4);
  });

  it('rates attendance per member agency at meetings held in the period', async () => {
    const m1 = await heldMeeting('2026-05-05', 'held');
    const m2 = await heldMeeting('2026-05-26', 'minutes_drafted');
    await heldMeeting('2026-05-30', 'agenda_circulated'); // not held: does not count
    const outside = await heldMeeting('2026-04-07', 'held');
    const set = (
      meetingId: string,
      agencyId: string,
      status: 'present' | 'represented' | 'apologies' | 'absent',
    ) => t.call('attendance:set', { meetingId, agencyId, status });
    await set(m1, police, 'present');
    await set(m1, prosecutors, 'represented');
    await set(m1, immigration, 'apologies');
    await set(m1, outsider, 'present'); // a guest agency, not a member
    await set(m2, police, 'present');
    await set(m2, prosecutors, 'absent');
    await set(outside, immigration, 'present');

    const s = await t.call('dashboard:summary', { from: '2026-05-01', to: '2026-05-31' });
    const attendance = Object.fromEntries(
      s.byAgency.map((r) => [
        r.agency.name,
        [r.attendance.attended, r.attendance.meetings, r.attendance.rate],
      ]),
    );
    expect(attendance).toEqual({
      Police: [2, 2, 1],
      Prosecutors: [1, 2, 0.5],
      Immigration: [0, 2, 0],
    });
  });

  it('lists upcoming deadlines for the next 14 days, soonest first', async () => {
    const today = await action('Today', prosecutors, { dueDate: TODAY, priority: 'low' });
    const urgent = await action('Today, high', police, { dueDate: TODAY, priority: 'high' });
    const edge = await action('In 14 days', police, { dueDate: days(14) });
    await action('In 15 days', police, { dueDate: days(15) });
    await action('Done soon', police, { dueDate: days(3), status: 'done' });
    await action('Overdue', police, { dueDate: days(-1) });
    const s = await t.call('dashboard:summary', { from: TODAY, to: TODAY });
    expect(s.upcoming.map((u) => [u.id, u.daysLeft])).toEqual([
      [urgent.id, 0],
      [today.id, 0],
      [edge.id, 14],
    ]);
    expect(s.upcoming[0]!.ownerAgency.name).toBe('Police');
    expect(s.upcomingTotal).toBe(3);
  });

  it('limits every figure to one body, and refuses a period that ends before it starts', async () => {
    const other = await t.call('bodies:create', {
      name: 'Working Group',
      kind: 'working_group',
      memberAgencyIds: [police],
    });
    await action('Task force', police, { dueDate: days(-3) });
    await action('Working group', police, { dueDate: days(-3), bodyId: other.id });
    await heldMeeting('2026-06-01', 'held', other.id);
    const all = await t.call('dashboard:summary', { from: '2026-06-01', to: TODAY });
    const tf = await t.call('dashboard:summary', { from: '2026-06-01', to: TODAY, bodyId });
    const wg = await t.call('dashboard:summary', {
      from: '2026-06-01',
      to: TODAY,
      bodyId: other.id,
    });
    expect([all.overdue, tf.overdue, wg.overdue]).toEqual([2, 1, 1]);
    expect(wg.byAgency.map((r) => [r.agency.name, r.attendance.meetings])).toEqual([['Police', 1]]);
    expect(tf.byAgency.find((r) => r.agency.id === police)?.attendance.meetings).toBe(0);
    const bad = await t.fail('dashboard:summary', { from: '2026-06-02', to: '2026-06-01' });
    expect(bad.code).toBe('VALIDATION');
  });
});
