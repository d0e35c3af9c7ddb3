/** Focal points: validated contacts, one primary at a time, and a history that is never overwritten. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
let agencyId: string;
beforeEach(async () => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { country: 'GH' });
  agencyId = (
    await t.call('agencies:create', { name: 'Labour Inspectorate', kind: 'labour_inspection' })
  ).id;
});
afterEach(async () => {
  await t.cleanup();
});

describe('focal points', () => {
  it('normalises phone numbers (national ones with the workspace country) and validates e-mail', async () => {
    const fp = await t.call('focalPoints:create', {
      agencyId,
      name: 'Abena Osei',
      email: 'abena.osei@labour.example.org',
      phone: '030 266 4611',
      languages: ['EN', 'fr', 'en'],
    });
    expect(fp).toMatchObject({
      phone: '+233 30 266 4611',
      role: 'primary',
      startDate: '2026-06-15',
      active: true,
    });
    expect(fp.languages).toEqual(['en', 'fr']);
    const badPhone = await t.fail('focalPoints:create', {
      agencyId,
      name: 'X',
      role: 'alternate',
      phone: '12345',
    });
    expect(badPhone).toMatchObject({ code: 'VALIDATION', details: { field: 'phone' } });
    const badEmail = await t.fail('focalPoints:create', {
      agencyId,
      name: 'X',
      role: 'alternate',
      email: 'not-an-email',
    });
    expect(badEmail.code).toBe('VALIDATION');
  });

  it('replaces a focal point and keeps who was in post on any date', async () => {
    const first = await t.call('focalPoints:create', {
      agencyId,
      name: 'Kwame Addo',
      startDate: '2024-09-01',
    });
    const second = await t.call('focalPoints:create', {
      agencyId,
      name: 'Efua Tetteh',
      startDate: '2025-04-01',
      replacesId: first.id,
    });
    const detail = await t.call('agencies:get', { id: agencyId });
    const old = detail.focalPoints.find((f) => f.id === first.id)!;
    expect(old).toMatchObject({ endDate: '2025-04-01', replacedById: second.id, active: false });
    expect(detail.focalPoints.find((f) => f.id === second.id)?.active).toBe(true);

    const inMarch2025 = await t.call('focalPoints:list', { agencyId, asOf: '2025-03-15' });
    expect(inMarch2025.items.map((f) => f.name)).toEqual(['Kwame Addo']);
    const today = await t.call('focalPoints:list', { agencyId });
    expect(today.items.map((f) => f.name)).toEqual(['Efua Tetteh']);
    const all = await t.call('focalPoints:list', { agencyId, includeEnded: true });
    expect(all.items).toHaveLength(2);
    const list = await t.call('agencies:list', {});
    expect(list.items[0]).toMatchObject({
      primaryFocalPoint: { name: 'Efua Tetteh' },
      activeFocalPoints: 1,
    });
  });

  it('allows one primary in post at a time, any number of alternates', async () => {
    await t.call('focalPoints:create', { agencyId, name: 'Kwame Addo' });
    const second = await t.fail('focalPoints:create', { agencyId, name: 'Efua Tetteh' });
    expect(second).toMatchObject({ code: 'VALIDATION', details: { field: 'role' } });
    await t.call('focalPoints:create', { agencyId, name: 'Efua Tetteh', role: 'alternate' });
    await t.call('focalPoints:create', { agencyId, name: 'Yaw Quaye', role: 'alternate' });
    expect((await t.call('focalPoints:list', { agencyId })).items).toHaveLength(3);
  });

  it('never lets two primary terms overlap, whatever the dates or the order of changes', async () => {
    const a = await t.call('focalPoints:create', { agencyId, name: 'A', startDate: '2025-01-01' });
    // 1. A new primary starting before A (open-ended) would overlap A.
    expect(
      (await t.fail('focalPoints:create', { agencyId, name: 'B', startDate: '2024-06-01' })).code,
    ).toBe('VALIDATION');
    // A term that ends before A starts is fine.
    await t.call('focalPoints:create', {
      agencyId,
      name: 'Old',
      startDate: '2024-01-01',
      endDate: '2025-01-01',
    });

    const b = await t.call('focalPoints:create', {
      agencyId,
      name: 'B',
      startDate: '2025-03-01',
      replacesId: a.id,
    });
    // 2. A cannot be replaced a second time.
    const again = await t.fail('focalPoints:create', {
      agencyId,
      name: 'C',
      startDate: '2025-02-01',
      replacesId: a.id,
    });
    expect(again).toMatchObject({ code: 'VALIDATION', details: { field: 'replacesId' } });
    // 3. A replaced term cannot be re-opened by ending it later.
    expect((await t.fail('focalPoints:end', { id: a.id, endDate: '2027-01-01' })).code).toBe(
      'VALIDATION',
    );
    expect((await t.fail('focalPoints:update', { id: a.id, patch: { endDate: null } })).code).toBe(
      'VALIDATION',
    );

    // 4. A future primary blocks an open-ended primary starting earlier.
    await t.call('focalPoints:end', { id: b.id, endDate: '2026-12-31' });
    await t.call('focalPoints:create', { agencyId, name: 'F', startDate: '2027-01-01' });
    expect(
      (await t.fail('focalPoints:create', { agencyId, name: 'N', startDate: '2026-06-15' })).code,
    ).toBe('VALIDATION');
    // …but a primary for the gap is fine.
    await t.call('focalPoints:create', {
      agencyId,
      name: 'Gap',
      startDate: '2026-12-31',
      endDate: '2027-01-01',
    });
    // Extending B's term into F's is refused.
    expect((await t.fail('focalPoints:end', { id: b.id, endDate: '2027-03-01' })).code).toBe(
      'VALIDATION',
    );
    // Turning an alternate into a primary is checked too.
    const alt = await t.call('focalPoints:create', { agencyId, name: 'Alt', role: 'alternate' });
    expect(
      (await t.fail('focalPoints:update', { id: alt.id, patch: { role: 'primary' } })).code,
    ).toBe('VALIDATION');
  });

  it('ends a focal point, refusing an end before the start', async () => {
    const fp = await t.call('focalPoints:create', {
      agencyId,
      name: 'Kwame Addo',
      startDate: '2026-01-10',
    });
    expect((await t.fail('focalPoints:end', { id: fp.id, endDate: '2025-12-31' })).code).toBe(
      'VALIDATION',
    );
    const ended = await t.call('focalPoints:end', { id: fp.id, endDate: '2026-05-31' });
    expect(ended).toMatchObject({ endDate: '2026-05-31', active: false });
    expect((await t.call('focalPoints:list', { agencyId })).items).toEqual([]);
    // The post is free again: a new primary may start.
    await t.call('focalPoints:create', { agencyId, name: 'Efua Tetteh' });
  });

  it('updates contact details without touching the history', async () => {
    const fp = await t.call('focalPoints:create', {
      agencyId,
      name: 'Kwame Addo',
      title: 'Inspector',
    });
    const updated = await t.call('focalPoints:update', {
      id: fp.id,
      patch: { title: 'Chief Inspector', phone: '+233 24 412 3456' },
    });
    expect(updated).toMatchObject({
      name: 'Kwame Addo',
      title: 'Chief Inspector',
      phone: '+233 24 412 3456',
      startDate: fp.startDate,
    });
  });

  it('refuses focal points for archived agencies', async () => {
    await t.call('agencies:archive', { id: agencyId, archived: true });
    expect((await t.fail('focalPoints:create', { agencyId, name: 'Kwame Addo' })).code).toBe(
      'VALIDATION',
    );
  });
});
