/** The outline's filters, kept in the address (search params) so a filtered view can be shared. */
import type { NapActivity, NapPlanDetail } from '../../../../../shared/contract/nap';
import { NAP_ACTIVITY_STATUSES, type NapActivityStatus } from '../../../../../shared/domain/nap';

export interface OutlineFilter {
  lead: string | null;
  status: NapActivityStatus | null;
  period: string | null;
  overdue: boolean;
}

export function readOutlineFilter(params: URLSearchParams): OutlineFilter {
  const status = params.get('status');
  return {
    lead: params.get('lead'),
    status: (NAP_ACTIVITY_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as NapActivityStatus)
      : null,
    period: params.get('period'),
    overdue: params.get('overdue') === '1',
  };
}

export function writeOutlineFilter(filter: OutlineFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.lead) params.set('lead', filter.lead);
  if (filter.status) params.set('status', filter.status);
  if (filter.period) params.set('period', filter.period);
  if (filter.overdue) params.set('overdue', '1');
  return params;
}

export function isFiltered(filter: OutlineFilter): boolean {
  return Boolean(filter.lead || filter.status || filter.period || filter.overdue);
}

/** Whether an activity passes the filter; undated activities span the whole plan. */
export function activityMatches(
  activity: NapActivity,
  filter: OutlineFilter,
  plan: NapPlanDetail,
): boolean {
  if (filter.lead && !activity.leadAgencies.some((a) => a.id === filter.lead)) return false;
  if (filter.status && activity.status !== filter.status) return false;
  if (filter.overdue && !activity.overdue) return false;
  if (filter.period) {
    const period = plan.periods.find((p) => p.id === filter.period);
    if (period) {
      const start = activity.start ?? plan.startDate;
      const end = activity.end ?? plan.endDate;
      if (start > period.end || end < period.start) return false;
    }
  }
  return true;
}
