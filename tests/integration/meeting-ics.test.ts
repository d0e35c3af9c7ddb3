/** The calendar invitation, read back with an independent parser (ical.js). */
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeEach(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
});
afterEach(async () => {
  await t.cleanup();
});

describe('meetings:exportIcs', () => {
  it('carries title, local time, duration, location, agenda and member focal points', async () => {
    const police = await t.call('agencies:create', {
      name: 'National Police',
      acronym: 'NP',
      kind: 'law_enforcement',
    });
    const ngo = await t.call('agencies:create', { name: 'Safe Haven', kind: 'ngo' });
    const outsider = await t.call('agencies:create', { name: 'Not A Member', kind: 'other' });
    await t.call('focalPoints:create', {
      agencyId: police.id,
      name: 'Ana Ruiz',
      email: 'ana.ruiz@police.example',
      role: 'primary',
    });
    await t.call('focalPoints:create', {
      agencyId: police.id,
      name: 'Ben Ode',
      email: 'ben@police.example',
      role: 'alternate',
    });
    await t.call('focalPoints:create', {
      agencyId: ngo.id,
      name: 'Chloé Martin',
      email: 'chloe@safehaven.example',
      role: 'primary',
    });
    await t.call('focalPoints:create', {
      agencyId: ngo.id,
      name: 'Former Person',
      email: 'old@safehaven.example',
      role: 'alternate',
      startDate: '2020-01-01',
      endDate: '2021-01-01',
    });
    await t.call('focalPoints:create', {
      agencyId: outsider.id,
      name: 'Out Sider',
      email: 'out@example.org',
      role: 'primary',
    });
    const body = await t.call('bodies:create', {
      name: 'National Task Force',
      kind: 'national_task_force',
      memberAgencyIds: [police.id, ngo.id],
    });
    const m = await t.call('meetings:create', {
      bodyId: body.id,
      date: '2026-12-01',
      startTime: '09:30',
      durationMinutes: 150,
      location: 'Ministry of Interior, Room 4',
      videoLink: 'https://meet.example.org/tf-12',
      templateId: 'default',
    });
    await t.call('agenda:updateItem', {
      id: m.agenda[3]!.id,
      patch: { presenterAgencyId: police.id },
    });
    // A person presenting, with or without an agency.
    const named = await t.call('agenda:updateItem', {
      id: m.agenda[6]!.id,
      patch: { presenterName: 'Chloé Martin' },
    });
    expect(named.agenda[6]!.presenterName).toBe('Chloé Martin');
    expect(named.agenda[3]!.presenterName).toBe('');
    await t.call('agenda:updateItem', {
      id: m.agenda[3]!.id,
      patch: { presenterName: 'Ana Ruiz' },
    });

    await t.call('workspace:updateSettings', {
      timeZone: 'America/Bogota',
      secretariatEmail: 'secretariat@tf.example',
    });
    const { fileName, content } = await t.call('meetings:exportIcs', { id: m.id });
    // Folded at 75 octets of UTF-8 (not characters), CRLF only.
    for (const line of content.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(fileName).toBe('Invitation-National-Task-Force-1-2026-12-01.ics');
    const vcal = new ICAL.Component(ICAL.parse(content));
    const vevent = vcal.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('National Task Force: 1st meeting');
    expect(event.startDate.toString()).toBe('2026-12-01T09:30:00');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/Bogota');
    const zone = vcal.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('America/Bogota');
    expect(String(zone.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto'))).toBe(
      '-05:00',
    );
    expect(vcal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:secretariat@tf.example');
    expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe('National Task Force');
    expect(event.startDate.isDate).toBe(false);
    expect(event.duration.toSeconds()).toBe(150 * 60);
    expect(event.location).toBe('Ministry of Interior, Room 4');
    expect(event.uid).toBe(`${m.id}@coordina`);
    expect(event.description).toContain('09:30  1. Opening and welcome');
    expect(event.description).toContain('09:50  4. Review of action items (Ana Ruiz, NP)');
    expect(event.description).toMatch(/7\. Updates from partners \(Chloé Martin\)/);
    expect(event.description).toContain('https://meet.example.org/tf-12');
    const attendees = event.attendees.map((a) => [
      a.getFirstValue(),
      a.getParameter('cn'),
      a.getParameter('role'),
    ]);
    expect(attendees).toEqual([
      ['mailto:ana.ruiz@police.example', 'Ana Ruiz (National Police)', 'REQ-PARTICIPANT'],
      ['mailto:ben@police.example', 'Ben Ode (National Police)', 'OPT-PARTICIPANT'],
      ['mailto:chloe@safehaven.example', 'Chloé Martin (Safe Haven)', 'REQ-PARTICIPANT'],
    ]);
  });

  it('answers NOT_FOUND for an unknown meeting', async () => {
    expect((await t.fail('meetings:exportIcs', { id: crypto.randomUUID() })).code).toBe(
      'NOT_FOUND',
    );
  });
});
