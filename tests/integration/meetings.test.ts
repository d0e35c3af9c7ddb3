/** The meeting cycle through the contract: numbering, series, agenda times and templates. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../fixtures/core';
import { note, startMeetingWorld } from '../fixtures/meetingWorld';

let t: TestCore;
let bodyId: string;
beforeEach(async () => {
  ({ t, bodyId } = await startMeetingWorld({ memory: true }));
});
afterEach(async () => {
  await t.cleanup();
});

describe('meetings', () => {
  it('numbers meetings per body and titles them in the meeting language', async () => {
    const first = await t.call('meetings:create', { bodyId, date: '2026-01-06' });
    const second = await t.call('meetings:create', { bodyId, date: '2026-02-03', language: 'fr' });
    const other = await t.call('bodies:create', { name: 'Working Group', kind: 'working_group' });
    const wg = await t.call('meetings:create', {
      bodyId: other.id,
      date: '2026-02-10',
      language: 'es',
    });
    expect([first.number, second.number, wg.number]).toEqual([1, 2, 1]);
    expect(first.title).toBe('1st meeting');
    expect(second.title).toBe('2e réunion');
    expect(wg.title).toBe('1.ª reunión');
    expect(second.previousMeeting?.id).toBe(first.id);
    expect((await t.call('meetings:get', { id: first.id })).nextMeeting?.id).toBe(second.id);
    const listed = await t.call('meetings:list', { bodyId });
    expect(listed.items.map((m) => m.number)).toEqual([2, 1]);
  });

  it('creates a series of first-Tuesday meetings after the last one, with the standing agenda', async () => {
    await t.call('meetings:create', { bodyId, date: '2026-11-03' });
    const series = await t.call('meetings:createSeries', {
      bodyId,
      recurrence: { kind: 'monthly_weekday', week: 1, weekday: 2 },
      count: 3,
      startTime: '09:30',
    });
    expect(series.items.map((m) => [m.number, m.date, m.startTime])).toEqual([
      [2, '2026-12-01', '09:30'],
      [3, '2027-01-05', '09:30'],
      [4, '2027-02-02', '09:30'],
    ]);
    const detail = await t.call('meetings:get', { id: series.items[0]!.id });
    expect(detail.agenda.map((i) => i.kind)).toContain('review_of_action_items');
    expect(detail.agenda[0]!.title).toBe('Opening and welcome');
  });

  it('keeps month-end dates valid in a series on the 31st', async () => {
    const series = await t.call('meetings:createSeries', {
      bodyId,
      after: '2027-12-31',
      recurrence: { kind: 'monthly_day', day: 31 },
      count: 3,
      templateId: null,
    });
    expect(series.items.map((m) => m.date)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect((await t.call('meetings:get', { id: series.items[0]!.id })).agenda).toEqual([]);
  });

  it('computes estimated start times and end, and keeps them consistent after a reorder', async () => {
    const m = await t.call('meetings:create', { bodyId, date: '2026-12-01', startTime: '10:00' });
    let d = await t.call('agenda:addItem', { meetingId: m.id, title: 'A', minutes: 15 });
    d = await t.call('agenda:addItem', { meetingId: m.id, title: 'B', minutes: 30 });
    d = await t.call('agenda:addItem', { meetingId: m.id, title: 'C', minutes: 45 });
    expect(d.agenda.map((i) => [i.title, i.estimatedStart])).toEqual([
      ['A', '10:00'],
      ['B', '10:15'],
      ['C', '10:45'],
    ]);
    expect(d.estimatedEnd).toBe('11:30');
    const [a, b, c] = d.agenda.map((i) => i.id);
    d = await t.call('agenda:reorder', { meetingId: m.id, itemIds: [c!, a!, b!] });
    expect(d.agenda.map((i) => [i.title, i.position, i.estimatedStart])).toEqual([
      ['C', 0, '10:00'],
      ['A', 1, '10:45'],
      ['B', 2, '11:00'],
    ]);
    expect(d.estimatedEnd).toBe('11:30');
    d = await t.call('agenda:updateItem', { id: a!, patch: { minutes: 5 } });
    expect(d.agenda.map((i) => i.estimatedStart)).toEqual(['10:00', '10:45', '10:50']);
    d = await t.call('agenda:removeItem', { id: c! });
    expect(d.agenda.map((i) => [i.title, i.position, i.estimatedStart])).toEqual([
      ['A', 0, '10:00'],
      ['B', 1, '10:05'],
    ]);
    const bad = await t.fail('agenda:reorder', { meetingId: m.id, itemIds: [a!] });
    expect(bad.code).toBe('VALIDATION');
    const dup = await t.fail('agenda:reorder', { meetingId: m.id, itemIds: [a!, a!] });
    expect(dup.code).toBe('VALIDATION');
  });

  it('links "approval of previous minutes" to the previous meeting', async () => {
    const first = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
    const second = await t.call('meetings:create', {
      bodyId,
      date: '2026-12-01',
      templateId: 'default',
    });
    const item = second.agenda.find((i) => i.kind === 'approval_of_previous_minutes');
    expect(item?.previousMeeting).toMatchObject({ id: first.id, number: 1 });
    expect(second.agenda.find((i) => i.kind === 'opening')?.previousMeeting).toBeNull();
  });

  it('applies and saves templates; replacing refuses an agenda that holds notes', async () => {
    const m = await t.call('meetings:create', { bodyId, date: '2026-12-01', language: 'es' });
    let d = await t.call('agenda:applyTemplate', { meetingId: m.id, templateId: 'default' });
    expect(d.agenda[1]!.title).toBe('Aprobación del orden del día');
    expect(d.agenda.find((i) => i.kind === 'case_discussion')?.restricted).toBe(true);
    const saved = await t.call('agenda:saveTemplate', { meetingId: m.id, name: 'Monthly (ES)' });
    expect(saved.items).toHaveLength(d.agenda.length);
    const dup = await t.fail('agenda:saveTemplate', { meetingId: m.id, name: 'monthly (es)' });
    expect(dup.code).toBe('DUPLICATE');
    const templates = await t.call('agenda:listTemplates', { language: 'fr' });
    expect(templates.items.map((x) => x.id)).toEqual(['default', saved.id]);
    expect(templates.items[0]!.items[0]!.title).toBe('Ouverture et mot de bienvenue');
    await t.call('minutes:saveItemNotes', {
      itemId: d.agenda[0]!.id,
      notes: note('Opened at 10:05.'),
    });
    const refused = await t.fail('agenda:applyTemplate', {
      meetingId: m.id,
      templateId: saved.id,
      replace: true,
    });
    expect(refused.code).toBe('REFERENCED');
    d = await t.call('agenda:applyTemplate', { meetingId: m.id, templateId: saved.id });
    expect(d.agenda).toHaveLength(2 * saved.items.length);
  });
});
