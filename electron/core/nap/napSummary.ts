/**
 * `nap:summary`: per pillar and for the whole plan, activities by status, completion,
 * overdue count, indicators on or off their linear trajectory, mean progress, and budget
 * planned against executed — as of the end of a period or today.
 */
import type { NapIndicator, NapPillar, NapSummary } from '../../../shared/contract/nap';
import { NAP_ACTIVITY_STATUSES, type NapActivityStatus } from '../../../shared/domain/nap';
import { completionPercent } from '../../../shared/domain/napProgress';
import { DomainError } from '../../../shared/errors';
import type { Db } from '../db/sql';
import { loadPlan, loadPlanDetail } from './napTree';

type Totals = NapSummary['totals'];

function totalsOf(pillars: NapPillar[]): Totals {
  const byStatus = Object.fromEntries(NAP_ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<
    NapActivityStatus,
    number
  >;
  const indicators: NapIndicator[] = [];
  let activities = 0;
  let overdue = 0;
  let budgetPlanned = 0;
  let budgetExecuted = 0;
  for (const objective of pillars.flatMap((p) => p.objectives)) {
    indicators.push(...objective.indicators);
    for (const activity of objective.activities) {
      activities += 1;
      byStatus[activity.status] += 1;
      if (activity.overdue) overdue += 1;
      budgetPlanned += activity.budgetAmount ?? 0;
      for (const e of activity.executed) budgetExecuted += e.amount;
      indicators.push(...activity.indicators);
    }
  }
  const measured = indicators.filter((i) => i.progress.percent !== null);
  const judged = indicators.filter((i) => i.progress.onTrack !== null);
  return {
    activities,
    byStatus,
    completion: completionPercent(byStatus),
    overdue,
    indicators: indicators.length,
    measured: measured.length,
    onTrack: judged.filter((i) => i.progress.onTrack).length,
    offTrack: judged.filter((i) => !i.progress.onTrack).length,
    averageProgress:
      measured.length > 0
        ? measured.reduce((s, i) => s + i.progress.percent!, 0) / measured.length
        : null,
    budgetPlanned,
    budgetExecuted,
  };
}

export async function napSummary(
  db: Db,
  planId: string,
  periodId: string | undefined,
  today: string,
): Promise<NapSummary> {
  const plan = await loadPlan(db, planId);
  let asOf = today;
  if (periodId) {
    const period = plan.periods.find((p) => p.id === periodId);
    if (!period) {
      throw new DomainError('NOT_FOUND', 'There is no such period in this plan.', {
        field: 'periodId',
      });
    }
    asOf = period.end;
  }
  const detail = await loadPlanDetail(db, planId, asOf < today ? asOf : today, asOf);
  return {
    planId,
    asOf,
    totals: totalsOf(detail.pillars),
    pillars: detail.pillars.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      ...totalsOf([p]),
    })),
  };
}
