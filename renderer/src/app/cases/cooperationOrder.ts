/** The order of pending cooperation requests (the cases tab and the dashboard card). */
import type { CooperationRequest } from '../../../../shared/contract/cases';

/** Longest pending first; ties by case code. */
export function byDaysPending(a: CooperationRequest, b: CooperationRequest): number {
  return (b.daysPending ?? -1) - (a.daysPending ?? -1) || a.caseCode.localeCompare(b.caseCode);
}
