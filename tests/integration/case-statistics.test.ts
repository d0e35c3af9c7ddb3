/**
 * `cases:statistics` through the core: the cases open in the period, each counted at the
 * stage it had at the end of the period, k taken from the workspace settings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import { openCase } from '../fixtures/caseWorld';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;

beforeEach(async () => {
  t = startTestCore(() => new Date('2027-06-15T09:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { kAnonymity: 3 });
  const a = await openCase(t, '2025-01', 'identification', [
    {
      sex: 'female',
      ageBand: '18-24',
      nationality: 'RO',
      exploitationForms: ['sexual_exploitation'],
      count: 4,
    },
  ]);
  await t.call('cases:update', { id: a.id, stage: 'investigation', stageMonth: '2025-06' });
  await t.call('cases:update', { id: a.id, stage: 'closed', stageMonth: '2026-02' });
  await openCase(t, '2026-03', 'referral', [
    {
      sex: 'female',
      ageBand: '12-17',
      nationality: 'RO',
      exploitationForms: ['sexual_exploitation'],
      count: 1,
    },
    { sex: 'female', ageBand: '0-11', nationality: 'BG', exploitationForms: ['begging'], count: 2 },
  ]);
  await openCase(t, '2027-02', 'assistance', [
    {
      sex: 'male',
      ageBand: '25-34',
      nationality: 'VN',
      exploitationForms: ['forced_labour'],
      count: 3,
    },
  ]);
});
afterEach(async () => {
  await t.cleanup();
});

function cells(stats: ChannelOutput<'cases:statistics'>, dimension: string) {
  const table = stats.tables.find((x) => x.dimension === dimension);
  if (!table) throw new Error(`no ${dimension} table`);
  return table.cells.map((c) => [c.key, c.count]);
}

describe('cases:statistics', () => {
  it('counts every case without a period, with k from the settings', async () => {
    const stats = await t.call('cases:statistics', {});
    expect(stats).toMatchObject({ k: 3, from: null, to: null, caseCount: 3, victimCount: 10 });
    expect(cells(stats, 'stage')).toEqual([
      ['referral', 3],
      ['assistance', 3],
      ['closed', 4],
    ]);
    // BG (2) → Europe (2), suppressed; 2 < k → the smallest released country (VN, 3) too.
    expect(cells(stats, 'nationality_region')).toEqual([
      ['RO', 5],
      ['VN', null],
      ['150', null],
    ]);
    const nationality = stats.tables.find((x) => x.dimension === 'nationality_region');
    expect(nationality).toMatchObject({
      generalisedCells: 1,
      suppressedCells: 2,
      suppressedVictims: 5,
    });
  });

  it('keeps the cases open in the period and generalises what is small', async () => {
    const stats = await t.call('cases:statistics', { from: '2026-06', to: '2026-12' });
    // The first case closed before June 2026, the third opened after December.
    expect(stats).toMatchObject({ from: '2026-06', to: '2026-12', caseCount: 1, victimCount: 3 });
    expect(cells(stats, 'sex_age')).toEqual([['female|child', 3]]);
    expect(stats.tables.find((x) => x.dimension === 'sex_age')?.cells[0]?.generalised).toBe(true);
  });

  it('counts a case at the stage it had at the end of the period', async () => {
    const stats = await t.call('cases:statistics', { to: '2025-12' });
    expect(stats.caseCount).toBe(1);
    expect(cells(stats, 'stage')).toEqual([['investigation', 4]]);
  });

  it('follows a change of k in the settings', async () => {
    await t.call('workspace:updateSettings', { kAnonymity: 5 });
    const stats = await t.call('cases:statistics', {});
    expect(stats.k).toBe(5);
    expect(cells(stats, 'stage')).toEqual([
      ['referral', null],
      ['assistance', null],
      ['closed', null],
    ]);
    expect(stats.tables.find((x) => x.dimension === 'stage')?.suppressedVictims).toBe(10);
  });

  it('refuses a period that ends before it starts, and a month that is not one', async () => {
    expect((await t.fail('cases:statistics', { from: '2027-01', to: '2026-01' })).code).toBe(
      'VALIDATION',
    );
    expect((await t.fail('cases:statistics', { from: '2026-13' })).code).toBe('VALIDATION');
  });
});
