/** Coordination bodies: membership, chair and secretariat, and both quorum rules. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quorumRequired, isQuorate } from '../../shared/domain/bodies';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
let ids: string[];
beforeEach(async () => {
  t = startTestCore(undefined, { memory: true });
  await createWorkspace(t);
  ids = [];
  for (const name of [
    'Ministry of Interior',
    'Police',
    'Prosecutors',
    'Immigration',
    'Social Welfare',
  ]) {
    ids.push((await t.call('agencies:create', { name, kind: 'other' })).id);
  }
});
afterEach(async () => {
  await t.cleanup();
});

describe('coordination bodies', () => {
  it('creates a task force with chair, secretariat, members and a majority quorum', async () => {
    const body = await t.call('bodies:create', {
      name: 'National Task Force',
      kind: 'national_task_force',
      chairAgencyId: ids[0],
      secretariatAgencyId: ids[4],
      memberAgencyIds: ids,
    });
    expect(body).toMatchObject({
      quorum: { kind: 'majority' },
      quorumRequired: 3,
      meetingFrequency: 'monthly',
    });
    expect(body.chair?.name).toBe('Ministry of Interior');
    expect(body.members.map((m) => m.name)).toEqual([
      'Immigration',
      'Ministry of Interior',
      'Police',
      'Prosecutors',
      'Social Welfare',
    ]);
    const detail = await t.call('agencies:get', { id: ids[0]! });
    expect(detail.bodies).toEqual([
      { bodyId: body.id, bodyName: 'National Task Force', roles: ['chair', 'member'] },
    ]);
  });

  it('edits membership and applies a fixed quorum', async () => {
    const body = await t.call('bodies:create', {
      name: 'Working Group on Protection',
      kind: 'working_group',
      memberAgencyIds: ids.slice(0, 2),
    });
    const grown = await t.call('bodies:update', {
      id: body.id,
      patch: { memberAgencyIds: ids, quorum: { kind: 'fixed', count: 2 } },
    });
    expect(grown.members).toHaveLength(5);
    expect(grown.quorumRequired).toBe(2);
    const shrunk = await t.call('bodies:update', {
      id: body.id,
      patch: { memberAgencyIds: [ids[1]!] },
    });
    expect(shrunk.members.map((m) => m.id)).toEqual([ids[1]]);
    expect(shrunk.quorumRequired).toBe(1);
    const list = await t.call('bodies:list', {});
    expect(list.items[0]).toMatchObject({ name: 'Working Group on Protection', memberCount: 1 });
  });

  it('requires a partner country for bilateral meetings and existing agencies', async () => {
    expect(
      (await t.fail('bodies:create', { name: 'Bilateral', kind: 'bilateral_case_management' }))
        .code,
    ).toBe('VALIDATION');
    const ok = await t.call('bodies:create', {
      name: 'Bilateral',
      kind: 'bilateral_case_management',
      partnerCountry: 'tg',
    });
    expect(ok.partnerCountry).toBe('TG');
    const ghost = await t.fail('bodies:create', {
      name: 'Ghost',
      kind: 'other',
      memberAgencyIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(ghost.code).toBe('VALIDATION');
    expect((await t.call('bodies:list', {})).items).toHaveLength(1);
  });

  it('computes quorum for both rule kinds', () => {
    expect(quorumRequired({ kind: 'majority' }, 12)).toBe(7);
    expect(quorumRequired({ kind: 'majority' }, 11)).toBe(6);
    expect(quorumRequired({ kind: 'fixed', count: 5 }, 12)).toBe(5);
    expect(quorumRequired({ kind: 'fixed', count: 5 }, 3)).toBe(3);
    expect(isQuorate({ kind: 'majority' }, 12, 6)).toBe(false);
    expect(isQuorate({ kind: 'majority' }, 12, 7)).toBe(true);
    expect(isQuorate({ kind: 'majority' }, 0, 0)).toBe(false);
  });
});
