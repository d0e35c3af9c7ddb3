/**
 * NAP plans through the contract: periods (calendar and April–March years), the 3–8 pillars
 * rule, renaming and reordering, activity codes unique per plan, status reasons, removal with
 * everything below, and the audit entry of each change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../fixtures/core';
import {
  createPlan,
  objectiveIn,
  periodId,
  startNapWorld,
  type NapWorld,
} from '../fixtures/napWorld';

let w: NapWorld;
let t: TestCore;
beforeEach(async () => {
  w = await startNapWorld('2027-06-15', { memory: true });
  t = w.t;
});
afterEach(async () => {
  await t.cleanup();
});

describe('NAP plans', () => {
  it('creates a plan with the 4P and yearly periods, or April–March quarters', async () => {
    const plan = await createPlan(t);
    expect(plan.pillars.map((p) => [p.code, p.name])).toEqual([
      ['1', 'Prevention'],
      ['2', 'Protection'],
      ['3', 'Prosecution'],
      ['4', 'Partnership'],
    ]);
    expect(plan.periods.map((p) => p.label)).toEqual(['2025', '2026', '2027', '2028']);
    const tip = await t.call('nap:updatePlan', {
      id: plan.id,
      patch: { periodKind: 'quarter', periodStartMonth: 4 },
    });
    expect(tip.periods[0]).toMatchObject({
      label: '2024/25 Q4',
      start: '2025-01-01',
      end: '2025-03-31',
    });
    expect(tip.periods[1]).toMatchObject({
      label: '2025/26 Q1',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(tip.periods.at(-1)).toMatchObject({ label: '2028/29 Q3', end: '2028-12-31' });
    const list = await t.call('nap:listPlans', {});
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: plan.id, counts: { pillars: 4, activities: 0 } });
  });

  it('keeps a period that has values when the plan changes, and refuses to drop one', async () => {
    const plan = await createPlan(t);
    const o = await objectiveIn(t, plan.id);
    const a = await t.call('nap:upsertActivity', { objectiveId: o.id, text: 'Train police' });
    const y2026 = await periodId(t, plan.id, '2026');
    await t.call('nap:addProgressUpdate', {
      activityId: a.id,
      periodId: y2026,
      status: 'on_track',
    });
    const longer = await t.call('nap:updatePlan', {
      id: plan.id,
      patch: { endDate: '2030-12-31' },
    });
    expect(longer.periods.find((p) => p.label === '2026')!.id).toBe(y2026);
    const refused = await t.fail('nap:updatePlan', {
      id: plan.id,
      patch: { periodKind: 'semester' },
    });
    expect(refused.code).toBe('VALIDATION');
    expect((await t.call('nap:getPlan', { id: plan.id })).periods).toHaveLength(6);
  });

  it('keeps 3 to 8 pillars, renamable and reorderable', async () => {
    const plan = await createPlan(t, { pillars: ['Pursue', 'Prevent', 'Protect', 'Prepare'] });
    const [pursue, , , prepare] = plan.pillars;
    await t.call('nap:upsertPillar', {
      planId: plan.id,
      id: prepare!.id,
      name: 'Prepare',
      position: 0,
    });
    await t.call('nap:upsertPillar', { planId: plan.id, id: pursue!.id, name: 'Pursue offenders' });
    const reordered = await t.call('nap:getPlan', { id: plan.id });
    expect(reordered.pillars.map((p) => p.name)).toEqual([
      'Prepare',
      'Pursue offenders',
      'Prevent',
      'Protect',
    ]);
    for (let i = 0; i < 4; i++)
      await t.call('nap:upsertPillar', { planId: plan.id, name: `P${i}` });
    expect((await t.fail('nap:upsertPillar', { planId: plan.id, name: 'Ninth' })).code).toBe(
      'VALIDATION',
    );
    const three = await createPlan(t, { pillars: ['A', 'B', 'C'] });
    const removed = await t.fail('nap:removeNode', { kind: 'pillar', id: three.pillars[0]!.id });
    expect(removed.code).toBe('VALIDATION');
    expect(
      (
        await t.fail('nap:createPlan', {
          title: 'X',
          startDate: '2025-01-01',
          endDate: '2026-12-31',
          pillars: ['A', 'B'],
        })
      ).code,
    ).toBe('VALIDATION');
  });

  it('keeps activity codes unique in a plan, not across plans', async () => {
    const plan = await createPlan(t);
    const o1 = await objectiveIn(t, plan.id, 0);
    const o2 = await objectiveIn(t, plan.id, 1);
    expect(o1.code).toBe('1.1');
    const first = await t.call('nap:upsertActivity', { objectiveId: o1.id, text: 'Campaign' });
    expect(first.code).toBe('1.1.1');
    const clash = await t.fail('nap:upsertActivity', {
      objectiveId: o2.id,
      code: '1.1.1',
      text: 'Other',
    });
    expect(clash).toMatchObject({
      code: 'DUPLICATE',
      details: { field: 'code', existingId: first.id },
    });
    const second = await t.call('nap:upsertActivity', { objectiveId: o1.id, text: 'Hotline' });
    expect(second.code).toBe('1.1.2');
    const renamed = await t.fail('nap:upsertActivity', {
      objectiveId: o1.id,
      id: second.id,
      code: '1.1.1',
      text: 'Hotline',
    });
    expect(renamed.code).toBe('DUPLICATE');
    const other = await createPlan(t);
    const o3 = await objectiveIn(t, other.id, 0);
    expect(
      (await t.call('nap:upsertActivity', { objectiveId: o3.id, code: '1.1.1', text: 'Campaign' }))
        .code,
    ).toBe('1.1.1');
  });

  it('stores an activity with agencies, timeframe dates, budget, executed amounts and a status reason', async () => {
    const plan = await createPlan(t);
    const o = await objectiveIn(t, plan.id);
    const y2026 = await periodId(t, plan.id, '2026');
    const input = {
      objectiveId: o.id,
      code: '1.1.1',
      text: 'Joint inspections of farms',
      leadAgencyIds: [w.labour, w.police],
      supportingAgencyIds: [w.ngo],
      timeframe: '2º semestre 2026',
      budgetAmount: 125000,
      currency: 'EUR',
      fundingSource: 'State budget',
      status: 'delayed' as const,
      executed: [{ periodId: y2026, amount: 40000 }],
    };
    expect((await t.fail('nap:upsertActivity', input)).details).toMatchObject({
      field: 'statusReason',
    });
    const a = await t.call('nap:upsertActivity', {
      ...input,
      statusReason: 'Inspectors not yet hired',
    });
    expect(a).toMatchObject({
      start: '2026-07-01',
      end: '2026-12-31',
      leadAgencies: [{ id: w.labour }, { id: w.police }],
      supportingAgencies: [{ id: w.ngo, acronym: 'SN' }],
      executed: [{ periodId: y2026, amount: 40000 }],
      overdue: true,
    });
    const both = await t.fail('nap:upsertActivity', {
      ...input,
      id: a.id,
      statusReason: 'x',
      supportingAgencyIds: [w.police],
    });
    expect(both.code).toBe('VALIDATION');
  });

  it('removes an objective with its activities, indicators and records, and audits each change', async () => {
    const plan = await createPlan(t);
    const o = await objectiveIn(t, plan.id);
    const a = await t.call('nap:upsertActivity', { objectiveId: o.id, text: 'Train' });
    const i = await t.call('nap:upsertIndicator', {
      activityId: a.id,
      name: 'Officers trained',
      targetValue: 100,
    });
    await t.call('nap:addMeasurement', {
      indicatorId: i.id,
      periodId: plan.periods[1]!.id,
      value: 10,
    });
    await t.call('nap:removeNode', { kind: 'objective', id: o.id });
    expect(
      (await t.fail('nap:upsertIndicator', { id: i.id, activityId: a.id, name: 'x' })).code,
    ).toBe('NOT_FOUND');
    const after = await t.call('nap:getPlan', { id: plan.id });
    expect(after.pillars[0]!.objectives).toEqual([]);
    const audit = await t.call('audit:list', { limit: 50 });
    const channels = audit.items.map((e) => e.channel);
    for (const c of [
      'nap:createPlan',
      'nap:upsertActivity',
      'nap:addMeasurement',
      'nap:removeNode',
    ]) {
      expect(channels).toContain(c);
    }
  });
});
