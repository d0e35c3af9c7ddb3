/** Agency register rules: filters and sorting, duplicates, archive, and delete refused when referenced. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeEach(async () => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'), { memory: true });
  await createWorkspace(t);
});
afterEach(async () => {
  await t.cleanup();
});

async function seed() {
  const police = await t.call('agencies:create', {
    name: 'National Police Service',
    acronym: 'NPS',
    kind: 'law_enforcement',
    pillarRoles: { prosecution: 'lead', prevention: 'support' },
  });
  const shelter = await t.call('agencies:create', {
    name: 'Hope Shelter Foundation',
    acronym: 'HSF',
    kind: 'ngo',
    pillarRoles: { protection: 'lead' },
    membershipStatus: 'observer',
  });
  const welfare = await t.call('agencies:create', {
    name: 'Département de l’Action Sociale',
    acronym: 'DAS',
    kind: 'social_welfare',
    pillarRoles: { protection: 'support' },
  });
  return { police, shelter, welfare };
}

describe('agencies', () => {
  it('creates agencies with derived sector and defaults', async () => {
    const { police, shelter } = await seed();
    expect(police).toMatchObject({
      sector: 'state',
      level: 'national',
      membershipStatus: 'member',
      archived: false,
    });
    expect(shelter.sector).toBe('non_state');
    expect(police.pillarRoles).toEqual({ prosecution: 'lead', prevention: 'support' });
  });

  it('filters by kind, sector, pillar (with role), membership and accent-insensitive search, and sorts', async () => {
    await seed();
    const names = async (input: Parameters<TestCore['call']>[1]) =>
      (await t.call('agencies:list', input as never)).items.map((a) => a.acronym);
    expect(await names({})).toEqual(['DAS', 'HSF', 'NPS']);
    expect(await names({ sortBy: 'name', sortDirection: 'desc' })).toEqual(['NPS', 'HSF', 'DAS']);
    expect(await names({ kinds: ['ngo'] })).toEqual(['HSF']);
    expect(await names({ sectors: ['state'] })).toEqual(['DAS', 'NPS']);
    expect(await names({ pillars: ['protection'] })).toEqual(['DAS', 'HSF']);
    expect(await names({ pillars: ['protection'], pillarRole: 'lead' })).toEqual(['HSF']);
    expect(await names({ statuses: ['observer'] })).toEqual(['HSF']);
    expect(await names({ search: 'departement action' })).toEqual(['DAS']);
    expect(await names({ search: 'nps' })).toEqual(['NPS']);
    expect(await names({ search: '100%_' })).toEqual([]);
  });

  it('refuses a second agency with the same name (case and accents ignored)', async () => {
    await seed();
    const err = await t.fail('agencies:create', {
      name: 'national POLICE  service',
      kind: 'other',
    });
    expect(err.code).toBe('DUPLICATE');
    const renamed = await t.fail('agencies:update', {
      id: (await t.call('agencies:list', { search: 'HSF' })).items[0]!.id,
      patch: { name: 'Departement de l’Action sociale' },
    });
    expect(renamed.code).toBe('DUPLICATE');
  });

  it('updates only the fields in the patch', async () => {
    const { police } = await seed();
    const updated = await t.call('agencies:update', {
      id: police.id,
      patch: { notes: 'Anti-trafficking unit' },
    });
    expect(updated).toMatchObject({
      notes: 'Anti-trafficking unit',
      acronym: 'NPS',
      pillarRoles: police.pillarRoles,
    });
    const cleared = await t.call('agencies:update', { id: police.id, patch: { pillarRoles: {} } });
    expect(cleared.pillarRoles).toEqual({});
  });

  it('archives agencies out of the default list and restores them', async () => {
    const { shelter } = await seed();
    await t.call('agencies:archive', { id: shelter.id, archived: true });
    expect((await t.call('agencies:list', {})).items.map((a) => a.acronym)).toEqual(['DAS', 'NPS']);
    const withArchived = await t.call('agencies:list', { includeArchived: true });
    expect(withArchived.items.find((a) => a.id === shelter.id)?.archived).toBe(true);
    await t.call('agencies:archive', { id: shelter.id, archived: false });
    expect((await t.call('agencies:list', {})).total).toBe(3);
  });

  it('refuses to delete an agency referenced by focal points or bodies, and deletes an unreferenced one', async () => {
    const { police, shelter, welfare } = await seed();
    await t.call('focalPoints:create', { agencyId: police.id, name: 'Kofi Darko' });
    await t.call('bodies:create', {
      name: 'Protection Working Group',
      kind: 'working_group',
      memberAgencyIds: [shelter.id],
    });

    const byFocalPoint = await t.fail('agencies:delete', { id: police.id });
    expect(byFocalPoint).toMatchObject({
      code: 'REFERENCED',
      details: { focalPoints: 1, bodies: 0 },
    });
    expect(byFocalPoint.message).toMatch(/archive it instead/);
    const byBody = await t.fail('agencies:delete', { id: shelter.id });
    expect(byBody).toMatchObject({ code: 'REFERENCED', details: { focalPoints: 0, bodies: 1 } });

    expect(await t.call('agencies:delete', { id: welfare.id })).toEqual({ deleted: true });
    expect((await t.fail('agencies:get', { id: welfare.id })).code).toBe('NOT_FOUND');
    expect((await t.call('agencies:list', {})).total).toBe(2);
  });

  it('refuses to delete an agency that only an agreement, a training or an action points at', async () => {
    const { police, shelter, welfare } = await seed();
    await t.call('agreements:create', {
      type: 'mou',
      title: 'MoU on referral',
      agencyIds: [police.id],
    } as never);
    await t.call('trainings:create', {
      date: '2026-05-10',
      topic: 'Victim identification',
      trainerAgencyId: shelter.id,
      format: 'online',
      hours: 3,
      agencies: [],
    } as never);
    for (const agency of [police, shelter]) {
      const refused = await t.fail('agencies:delete', { id: agency.id });
      expect(refused).toMatchObject({
        code: 'REFERENCED',
        details: { focalPoints: 0, bodies: 0, records: 1 },
      });
      expect(refused.message).toMatch(/1 other record/);
      expect((await t.call('agencies:get', { id: agency.id })).id).toBe(agency.id);
    }
    expect(await t.call('agencies:delete', { id: welfare.id })).toEqual({ deleted: true });
  });

  it('builds the who-does-what matrix from pillar roles', async () => {
    await seed();
    const matrix = await t.call('agencies:matrix', {});
    expect(matrix.pillars).toEqual(['prevention', 'protection', 'prosecution', 'partnership']);
    expect(matrix.rows.map((r) => [r.acronym, r.pillarRoles])).toEqual([
      ['DAS', { protection: 'support' }],
      ['HSF', { protection: 'lead' }],
      ['NPS', { prosecution: 'lead', prevention: 'support' }],
    ]);
    expect(
      (await t.call('agencies:matrix', { includeObservers: false })).rows.map((r) => r.acronym),
    ).toEqual(['DAS', 'NPS']);
  });
});
