/**
 * The core's "today" is the calendar day in the workspace's time zone (issue 20): overdue,
 * future-date refusals and the dashboard follow the local day of the secretariat, not UTC.
 * The clock starts at 23:30 UTC on 15 June 2026 (09:30 on the 16th in Brisbane, UTC+10); the
 * Los Angeles cases move it to 03:30 UTC on the 16th (20:30 on the 15th there, UTC−7 in summer).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let clock: Date;
let t: TestCore;
let police: string;

beforeEach(async () => {
  clock = new Date('2026-06-15T23:30:00Z');
  t = startTestCore(() => clock, { memory: true });
  await createWorkspace(t);
  police = (await t.call('agencies:create', { name: 'National Police', kind: 'law_enforcement' }))
    .id;
});
afterEach(async () => {
  await t.cleanup();
});

const inZone = (timeZone: string) => t.call('workspace:updateSettings', { timeZone });
const action = (dueDate: string) =>
  t.call('actions:create', { title: `Due ${dueDate}`, ownerAgencyId: police, dueDate });
const dashboard = () => t.call('dashboard:summary', { from: '2026-01-01', to: '2026-06-30' });

describe('today in the workspace time zone', () => {
  it('Los Angeles: an action due today is not overdue at 20:30 local though UTC is the next day', async () => {
    await inZone('America/Los_Angeles');
    clock = new Date('2026-06-16T03:30:00Z');
    const dueToday = await action('2026-06-15');
    const dueYesterday = await action('2026-06-14');
    expect([dueToday.overdue, dueToday.daysOverdue]).toEqual([false, 0]);
    expect([dueYesterday.overdue, dueYesterday.daysOverdue]).toEqual([true, 1]);
    const summary = await dashboard();
    expect([summary.today, summary.overdue]).toEqual(['2026-06-15', 1]);
    expect(summary.upcoming.map((u) => [u.dueDate, u.daysLeft])).toEqual([['2026-06-15', 0]]);
  });

  it('Los Angeles: an update dated the UTC day (tomorrow locally) is refused as future', async () => {
    await inZone('America/Los_Angeles');
    clock = new Date('2026-06-16T03:30:00Z');
    const a = await action('2026-06-30');
    const refused = await t.fail('actions:addUpdate', {
      actionId: a.id,
      date: '2026-06-16',
      note: 'Dated tomorrow.',
    });
    expect(refused.code).toBe('VALIDATION');
    const accepted = await t.call('actions:addUpdate', {
      actionId: a.id,
      date: '2026-06-15',
      note: 'Dated today.',
    });
    expect(accepted.latestUpdate).toEqual({ date: '2026-06-15', note: 'Dated today.' });
  });

  it('UTC: just after midnight UTC the action due on the 15th is overdue, in Los Angeles not yet', async () => {
    await inZone('UTC');
    clock = new Date('2026-06-16T00:30:00Z');
    const dueOn15 = await action('2026-06-15');
    expect([dueOn15.overdue, dueOn15.daysOverdue]).toEqual([true, 1]);
    expect((await dashboard()).today).toBe('2026-06-16');
    // The same instant is still the 15th in Los Angeles: switching the zone applies at once.
    await inZone('America/Los_Angeles');
    const again = await t.call('actions:get', { id: dueOn15.id });
    expect([again.overdue, again.daysOverdue]).toEqual([false, 0]);
    expect((await dashboard()).today).toBe('2026-06-15');
  });

  it('Brisbane: an update dated the local today is accepted although UTC is still the day before', async () => {
    await inZone('Australia/Brisbane');
    const a = await action('2026-06-30');
    const updated = await t.call('actions:addUpdate', {
      actionId: a.id,
      date: '2026-06-16',
      note: 'Dated today in Brisbane.',
    });
    expect(updated.latestUpdate).toEqual({ date: '2026-06-16', note: 'Dated today in Brisbane.' });
    const dueOn15 = await action('2026-06-15');
    expect([dueOn15.overdue, dueOn15.daysOverdue]).toEqual([true, 1]);
    // Done today: the completion date is the local day.
    const done = await t.call('actions:update', { id: dueOn15.id, patch: { status: 'done' } });
    expect(done.completedAt).toBe('2026-06-16');
    expect((await dashboard()).today).toBe('2026-06-16');
  });

  it('UTC: the Brisbane day is still in the future, and nothing is written', async () => {
    await inZone('UTC');
    const a = await action('2026-06-30');
    const refused = await t.fail('actions:addUpdate', {
      actionId: a.id,
      date: '2026-06-16',
      note: 'Dated tomorrow in UTC.',
    });
    expect(refused.code).toBe('VALIDATION');
    expect((await t.call('actions:get', { id: a.id })).updates).toEqual([]);
    const dueOn15 = await action('2026-06-15');
    expect([dueOn15.overdue, dueOn15.daysOverdue]).toEqual([false, 0]);
  });
});
