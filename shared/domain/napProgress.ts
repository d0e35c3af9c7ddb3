/**
 * Derived progress of an indicator, the same for the core and the UI.
 *
 * - Value to date: a *periodic* indicator's latest period value (never summed); a
 *   *cumulative* indicator's baseline plus the sum of what each period added. Percentages are
 *   computed from numerators and denominators (Σ numerators / Σ denominators when
 *   cumulative), never by adding or averaging percentages.
 * - Progress towards the target, 0–100: increase (value − baseline) / (target − baseline);
 *   decrease (baseline − value) / (baseline − target). Without a baseline an increasing
 *   indicator starts from 0 and a decreasing one has no progress figure.
 * - On track: progress at the end of the latest measured period ≥ the share of the time
 *   elapsed on the straight line from the plan's start to the end of the target year.
 */
import type { NapActivityStatus, NapAggregation, NapDirection } from './nap';

export interface NapIndicatorFacts {
  direction: NapDirection;
  aggregation: NapAggregation;
  isPercentage: boolean;
  baselineValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

/** The value of one period (its newest measurement). */
export interface NapPeriodValue {
  periodId: string;
  periodEnd: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface NapProgress {
  current: number | null;
  percent: number | null;
  expectedPercent: number | null;
  onTrack: boolean | null;
  lastPeriodId: string | null;
}

/** A measurement's own value: the value, or numerator / denominator × 100. */
export function measuredValue(m: {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}): number | null {
  if (m.numerator !== null && m.denominator !== null && m.denominator > 0) {
    return (m.numerator / m.denominator) * 100;
  }
  return m.value;
}

/** The value to date from the period values, oldest period first. */
export function valueToDate(facts: NapIndicatorFacts, values: NapPeriodValue[]): number | null {
  const measured = values.filter((v) => measuredValue(v) !== null);
  if (measured.length === 0) return null;
  if (facts.aggregation === 'periodic') return measuredValue(measured[measured.length - 1]!);
  if (facts.isPercentage) {
    const fractions = measured.filter((v) => v.numerator !== null && v.denominator !== null);
    const den = fractions.reduce((s, v) => s + v.denominator!, 0);
    if (den > 0) return (fractions.reduce((s, v) => s + v.numerator!, 0) / den) * 100;
    return measuredValue(measured[measured.length - 1]!);
  }
  return (facts.baselineValue ?? 0) + measured.reduce((s, v) => s + measuredValue(v)!, 0);
}

const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** Progress from baseline to target for a value, 0–100 (null when it cannot be said). */
export function progressPercent(facts: NapIndicatorFacts, current: number | null): number | null {
  if (current === null || facts.targetValue === null) return null;
  const target = facts.targetValue;
  if (facts.direction === 'increase') {
    const base = facts.baselineValue ?? 0;
    if (target === base) return current >= target ? 100 : 0;
    return clamp(((current - base) / (target - base)) * 100);
  }
  if (facts.baselineValue === null) return null;
  const base = facts.baselineValue;
  if (target === base) return current <= target ? 100 : 0;
  return clamp(((base - current) / (base - target)) * 100);
}

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Where the straight line from `planStart` to the target says progress should be on `at`. */
export function expectedPercent(planStart: string, targetEnd: string, at: string): number | null {
  const span = time(targetEnd) + DAY - time(planStart);
  if (!(span > 0)) return null;
  return clamp(((time(at) + DAY - time(planStart)) / span) * 100);
}

export function indicatorProgress(
  facts: NapIndicatorFacts,
  values: NapPeriodValue[],
  plan: { startDate: string; endDate: string },
): NapProgress {
  const current = valueToDate(facts, values);
  const percent = progressPercent(facts, current);
  const last = [...values].reverse().find((v) => measuredValue(v) !== null) ?? null;
  const targetEnd = facts.targetYear === null ? plan.endDate : `${facts.targetYear}-12-31`;
  const expected = last ? expectedPercent(plan.startDate, targetEnd, last.periodEnd) : null;
  return {
    current,
    percent,
    expectedPercent: expected,
    onTrack: percent === null || expected === null ? null : percent >= expected - 1e-9,
    lastPeriodId: last?.periodId ?? null,
  };
}

/** Completed activities out of those not cancelled, 0–100 (0 without activities). */
export function completionPercent(byStatus: Partial<Record<NapActivityStatus, number>>): number {
  const total = Object.values(byStatus).reduce((s, n) => s + n, 0);
  const counted = total - (byStatus.cancelled ?? 0);
  return counted > 0 ? ((byStatus.completed ?? 0) / counted) * 100 : 0;
}
