/**
 * Attendance in one write: "everyone present" (attendance:setMany) and "copy from the last
 * meeting" (attendance:copyPrevious) — each one transaction, audited, refused on a locked
 * meeting or bad input with the attendance left as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../fixtures/core';
import { startMeetingWorld } from '../fixtures/meetingWorld';

let t: TestCore;
let bodyId: string;
let agencies: string[];
beforeEach(async () => {
  ({ t, bodyId, agencies } = await startMeetingWorld({ memory: true }));
});
afterEach(async () => {
  await t.cleanup();
});

const statuses = (d: { attendance: { agency: { id: string }; status: string | null }[] }) =>
  Object.fromEntries(d.attendance.map((e) => [e.agency.id, e.status]));

async function lock(id: string) {
  for (const status of [
    'agenda_circulated',
    'held',
    'minutes_drafted',
    'minutes_approved',
  ] as const)
    await t.call('meetings:setStatus', { id, status });
}

describe('attendance:setMany', () => {
  it('records several agencies at once, keeps the persons, clears a null status', async () => {
    const m = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
    await t.call('attendance:set', {
      meetingId: m.id,
      agencyId: agencies[1]!,
      status: 'apologies',
      person: 'Deputy',
    });
    const d = await t.call('attendance:setMany', {
      meetingId: m.id,
      entries: [
        ...agencies
          .slice(0, 4)
          .map((agencyId) => ({ agencyId, status: 'present' as const, person: 'Rep' })),
        { agencyId: agencies[4]!, status: null, person: 'ignored' },
      ],
    });
    expect(
      Object.fromEntries(d.attendance.map((e) => [e.agency.id, [e.status, e.person]])),
    ).toEqual({
      ...Object.fromEntries(agencies.slice(0, 4).map((id) => [id, ['present', 'Rep']])),
      [agencies[4]!]: [null, ''],
    });
    expect(Object.values(statuses(d)).filter((s) => s === 'present')).toHaveLength(4);
    expect(statuses(d)[agencies[4]!]).toBeNull();
    expect(d.quorum).toMatchObject({ attending: 4, quorate: true });
    const audit = await t.call('audit:list', { channel: 'attendance:setMany', limit: 10 });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]!.recordId).toBe(m.id);
  });

  it('refuses bad input and an unknown agency, leaving the attendance as it was', async () => {
    const m = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
    await t.call('attendance:set', { meetingId: m.id, agencyId: agencies[0]!, status: 'absent' });
    const entry = (agencyId: string) => ({ agencyId, status: 'present', person: '' });
    const bad = [
      { meetingId: m.id, entries: [] },
      { meetingId: m.id, entries: [entry(agencies[0]!), entry(agencies[0]!)] },
      { meetingId: m.id, entries: [{ ...entry(agencies[0]!), status: 'asleep' }] },
      { meetingId: m.id, entries: [entry(agencies[0]!)], extra: true },
      { meetingId: 'not-an-id', entries: [entry(agencies[0]!)] },
    ];
    for (const input of bad) {
      expect((await t.fail('attendance:setMany', input)).code).toBe('VALIDATION');
    }
    const unknown = await t.fail('attendance:setMany', {
      meetingId: m.id,
      entries: [entry(agencies[1]!), entry('00000000-0000-4000-8000-000000000000')],
    });
    expect(unknown.code).toBe('VALIDATION');
    const missing = await t.fail('attendance:setMany', {
      meetingId: '00000000-0000-4000-8000-000000000000',
      entries: [entry(agencies[1]!)],
    });
    expect(missing.code).toBe('NOT_FOUND');
    const d = await t.call('meetings:get', { id: m.id });
    expect(statuses(d)).toEqual({
      [agencies[0]!]: 'absent',
      [agencies[1]!]: null,
      [agencies[2]!]: null,
      [agencies[3]!]: null,
      [agencies[4]!]: null,
    });
  });

  it('refuses a locked meeting', async () => {
    const m = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
    await lock(m.id);
    const refused = await t.fail('attendance:setMany', {
      meetingId: m.id,
      entries: [{ agencyId: agencies[0]!, status: 'present', person: '' }],
    });
    expect(refused.code).toBe('LOCKED_RECORD');
    expect(statuses(await t.call('meetings:get', { id: m.id }))[agencies[0]!]).toBeNull();
  });
});

describe('attendance:copyPrevious', () => {
  it('gives the meeting the statuses and persons of the same body’s previous meeting', async () => {
    const first = await t.call('meetings:create', { bodyId, date: '2026-10-06' });
    const second = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
    const other = await t.call('bodies:create', {
      name: 'Working Group',
      kind: 'working_group',
      memberAgencyIds: agencies,
    });
    const otherMeeting = await t.call('meetings:create', { bodyId: other.id, date: '2026-10-20' });
    await t.call('attendance:set', {
      meetingId: otherMeeting.id,
      agencyId: agencies[0]!,
      status: 'absent',
    });
    const set: [number, 'present' | 'represented' | 'apologies' | 'absent', string][] = [
      [0, 'present', 'Head of unit'],
      [1, 'represented', 'Alternate'],
      [2, 'apologies', ''],
      [3, 'absent', ''],
    ];
    for (const [i, status, person] of set) {
      await t.call('attendance:set', {
        meetingId: first.id,
        agencyId: agencies[i]!,
        status,
        person,
      });
    }
    // What the second meeting had before is replaced, not merged.
    await t.call('attendance:set', {
      meetingId: second.id,
      agencyId: agencies[4]!,
      status: 'present',
    });
    const copied = await t.call('attendance:copyPrevious', { meetingId: second.id });
    expect(copied.attendance.map((e) => [e.agency.id, e.status, e.person])).toEqual(
      (await t.call('meetings:get', { id: first.id })).attendance.map((e) => [
        e.agency.id,
        e.status,
        e.person,
      ]),
    );
    expect(statuses(copied)).toEqual({
      [agencies[0]!]: 'present',
      [agencies[1]!]: 'represented',
      [agencies[2]!]: 'apologies',
      [agencies[3]!]: 'absent',
      [agencies[4]!]: null,
    });
    const audit = await t.call('audit:list', { channel: 'attendance:copyPrevious', limit: 10 });
    expect(audit.items.map((a) => a.recordId)).toEqual([second.id]);
    expect((await t.call('audit:verify', {})).ok).toBe(true);
  });

  it('refuses a first meeting, an empty previous record, bad input and a locked meeting', async () => {
    const first = await t.call('meetings:create', { bodyId, date: '2026-10-06' });
    expect((await t.fail('attendance:copyPrevious', { meetingId: first.id })).code).toBe(
      'VALIDATION',
    );
    const second = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
    await t.call('attendance:set', {
      meetingId: second.id,
      agencyId: agencies[2]!,
      status: 'absent',
    });
    expect((await t.fail('attendance:copyPrevious', { meetingId: second.id })).code).toBe(
      'VALIDATION',
    );
    expect((await t.fail('attendance:copyPrevious', { meetingId: 42 })).code).toBe('VALIDATION');
    expect(
      (await t.fail('attendance:copyPrevious', { meetingId: second.id, from: first.id })).code,
    ).toBe('VALIDATION');
    await t.call('attendance:set', {
      meetingId: first.id,
      agencyId: agencies[0]!,
      status: 'present',
    });
    await lock(second.id);
    expect((await t.fail('attendance:copyPrevious', { meetingId: second.id })).code).toBe(
      'LOCKED_RECORD',
    );
    const after = await t.call('meetings:get', { id: second.id });
    expect(statuses(after)[agencies[2]!]).toBe('absent');
    expect(statuses(after)[agencies[0]!]).toBeNull();
    expect(
      (await t.call('audit:list', { channel: 'attendance:copyPrevious', limit: 10 })).total,
    ).toBe(0);
  });
});
