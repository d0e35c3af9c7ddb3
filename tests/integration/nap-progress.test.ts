/**
 * Derived NAP progress through the channels: increasing, decreasing and percentage indicators
 * (numerator/denominator, never summed as percentages), cumulative vs periodic, the on-track
 * flag against the linear trajectory, and the per-pillar summary of a hand-built plan.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { TestCore } from '../fixtures/core';
import { createPlan, objectiveIn, startNapWorld, type NapWorld } from '../fixtures/napWorld';

let w: NapWorld;
let t: TestCore;
let planId: string;
let activityId: string;
let year: Record<string, string>;
beforeEach(async () => {
  w = await startNapWorld('2027-06-15', { memory: true });
  t = w.t;
  const plan = await createPlan(t);
  planId = plan.id;
  year = Object.fromEntries(plan.periods.map((p) => [p.label, p.id]));
  const o = await objectiveIn(t, planId);
  activityId = (await t.call('nap:upsertActivity', { objectiveId: o.id, text: 'Identify victims' }))
    .id;
});
afterEach(async () => {
  await t.cleanup();
});

type IndicatorInput = Omit<ChannelInput<'nap:upsertIndicator'>, 'activityId' | 'objectiveId'>;
type Value = { value: number } | { numerator: number; denominator: number };

async function measured(indicator: IndicatorInput, values: [string, Value][]) {
  const i = await t.call('nap:upsertIndicator', { activityId, ...indicator });
  let last = i;
  for (const [label, value] of values) {
    last = await t.call('nap:addMeasurement', {
      indicatorId: i.id,
      periodId: year[label]!,
      source: 'NRM statistics',
      reportingAgencyId: w.police,
      ...value,
    });
  }
  return last;
}

describe('NAP indicator progress', () => {
  it('measures an increasing indicator from its baseline and flags it on track', async () => {
    const i = await measured(
      {
        name: 'Victims identified per year',
        baselineValue: 20,
        baselineYear: 2024,
        targetValue: 60,
        targetYear: 2028,
      },
      [
        ['2025', { value: 30 }],
        ['2026', { value: 40 }],
      ],
    );
    expect(i.progress).toMatchObject({
      current: 40,
      percent: 50,
      onTrack: true,
      lastPeriodId: year['2026'],
    });
    expect(i.progress.expectedPercent).toBeCloseTo(49.97, 1);
    expect(i.measurements[1]!.reportingAgency).toMatchObject({ id: w.police, acronym: 'NP' });
  });

  it('measures a decreasing indicator as (baseline − value) / (baseline − target)', async () => {
    const i = await measured(
      {
        name: 'Days to identify a victim',
        direction: 'decrease',
        baselineValue: 200,
        targetValue: 100,
        targetYear: 2028,
      },
      [
        ['2025', { value: 180 }],
        ['2026', { value: 170 }],
      ],
    );
    expect(i.progress).toMatchObject({ current: 170, percent: 30, onTrack: false });
    const worse = await t.call('nap:addMeasurement', {
      indicatorId: i.id,
      periodId: year['2027']!,
      value: 230,
    });
    expect(worse.progress).toMatchObject({ current: 230, percent: 0 });
    const beyond = await t.call('nap:addMeasurement', {
      indicatorId: i.id,
      periodId: year['2027']!,
      value: 90,
    });
    expect(beyond.progress).toMatchObject({ current: 90, percent: 100, onTrack: true });
  });

  it('computes a percentage from numerator and denominator, and refuses a half', async () => {
    const i = await measured(
      {
        name: 'Share of victims assisted',
        unit: '%',
        isPercentage: true,
        baselineValue: 40,
        targetValue: 80,
      },
      [
        ['2025', { numerator: 45, denominator: 100 }],
        ['2026', { numerator: 30, denominator: 50 }],
      ],
    );
    expect(i.measurements.map((m) => m.value)).toEqual([45, 60]);
    expect(i.progress).toMatchObject({ current: 60, percent: 50 });
    const half = await t.fail('nap:addMeasurement', {
      indicatorId: i.id,
      periodId: year['2027']!,
      numerator: 3,
    });
    expect(half.code).toBe('VALIDATION');
    const zero = await t.fail('nap:addMeasurement', {
      indicatorId: i.id,
      periodId: year['2027']!,
      numerator: 3,
      denominator: 0,
    });
    expect(zero.code).toBe('VALIDATION');
  });

  it('adds up a cumulative indicator and takes the latest period of a periodic one', async () => {
    const values: [string, Value][] = [
      ['2025', { value: 120 }],
      ['2026', { value: 150 }],
    ];
    const base = { baselineValue: 0, targetValue: 500, targetYear: 2028 };
    const cumulative = await measured(
      { name: 'Officers trained', aggregation: 'cumulative', ...base },
      values,
    );
    const periodic = await measured(
      { name: 'Officers trained in the year', aggregation: 'periodic', ...base },
      values,
    );
    expect(cumulative.progress).toMatchObject({ current: 270, percent: 54, onTrack: true });
    expect(periodic.progress).toMatchObject({ current: 150, percent: 30, onTrack: false });
    // A correction of 2026 replaces that period's value; the first stays as history.
    const corrected = await t.call('nap:addMeasurement', {
      indicatorId: cumulative.id,
      periodId: year['2026']!,
      value: 160,
      note: 'corrected',
    });
    expect(corrected.progress.current).toBe(280);
    expect(corrected.measurements).toHaveLength(3);
    const pct = { isPercentage: true, baselineValue: 0, targetValue: 100 };
    const shares: [string, Value][] = [
      ['2025', { numerator: 45, denominator: 100 }],
      ['2026', { numerator: 30, denominator: 50 }],
    ];
    const cumulativeShare = await measured(
      { name: 'Convictions / prosecutions', aggregation: 'cumulative', ...pct },
      shares,
    );
    // 75 / 150, not 45 % + 60 %, nor their mean.
    expect(cumulativeShare.progress.current).toBe(50);
  });
});

describe('NAP summary', () => {
  it('gives completion, statuses, indicators on track and budget per pillar', async () => {
    const plan = await t.call('nap:getPlan', { id: planId });
    const [p1, p2] = plan.pillars;
    const o1 = plan.pillars[0]!.objectives[0]!;
    const o2 = await t.call('nap:upsertObjective', { pillarId: p2!.id, name: 'Protect' });
    await t.call('nap:upsertActivity', {
      objectiveId: o1.id,
      id: activityId,
      text: 'Identify victims',
      status: 'completed',
      budgetAmount: 1000,
      executed: [
        { periodId: year['2025']!, amount: 600 },
        { periodId: year['2026']!, amount: 300 },
      ],
    });
    await t.call('nap:upsertActivity', {
      objectiveId: o1.id,
      text: 'Hotline',
      status: 'on_track',
      budgetAmount: 500,
    });
    await t.call('nap:upsertActivity', {
      objectiveId: o1.id,
      text: 'Dropped',
      status: 'cancelled',
    });
    const late = await t.call('nap:upsertActivity', {
      objectiveId: o2.id,
      text: 'Shelters',
      timeframe: '2026',
      status: 'delayed',
      statusReason: 'No funding',
    });
    await t.call('nap:upsertActivity', {
      objectiveId: o2.id,
      text: 'Guidelines',
      status: 'completed',
    });
    const onTrack = {
      baselineValue: 0,
      targetValue: 100,
      targetYear: 2028,
      aggregation: 'cumulative' as const,
    };
    const up = await t.call('nap:upsertIndicator', { activityId, name: 'Up', ...onTrack });
    await t.call('nap:addMeasurement', { indicatorId: up.id, periodId: year['2025']!, value: 30 });
    await t.call('nap:addMeasurement', { indicatorId: up.id, periodId: year['2026']!, value: 30 });
    const down = await t.call('nap:upsertIndicator', {
      objectiveId: o2.id,
      name: 'Down',
      ...onTrack,
    });
    await t.call('nap:addMeasurement', {
      indicatorId: down.id,
      periodId: year['2026']!,
      value: 10,
    });
    await t.call('nap:upsertIndicator', {
      activityId: late.id,
      name: 'Never measured',
      targetValue: 5,
    });

    const s = await t.call('nap:summary', { planId });
    expect(s.asOf).toBe('2027-06-15');
    expect(s.totals).toMatchObject({
      activities: 5,
      byStatus: { completed: 2, on_track: 1, cancelled: 1, delayed: 1, at_risk: 0, not_started: 0 },
      completion: 50,
      overdue: 1,
      indicators: 3,
      measured: 2,
      onTrack: 1,
      offTrack: 1,
      averageProgress: 35,
      budgetPlanned: 1500,
      budgetExecuted: 900,
    });
    expect(s.pillars.map((p) => [p.code, p.activities, Math.round(p.completion)])).toEqual([
      ['1', 3, 50],
      ['2', 2, 50],
      ['3', 0, 0],
      ['4', 0, 0],
    ]);
    expect(s.pillars[0]).toMatchObject({
      id: p1!.id,
      onTrack: 1,
      offTrack: 0,
      averageProgress: 60,
    });
    expect(s.pillars[1]).toMatchObject({ onTrack: 0, offTrack: 1, averageProgress: 10 });

    // As of the end of 2025, only 2025 counts.
    const early = await t.call('nap:summary', { planId, periodId: year['2025']! });
    expect(early.asOf).toBe('2025-12-31');
    expect(early.pillars[0]).toMatchObject({
      measured: 1,
      averageProgress: 30,
      onTrack: 1,
    });
    expect(early.pillars[1]).toMatchObject({ measured: 0, averageProgress: null });
  });
});
