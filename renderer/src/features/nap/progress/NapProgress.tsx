/** Completion per pillar from nap:summary, as charts with their text equivalents. */
import type { NapPlanDetail } from '../../../../../shared/contract/nap';

export function NapProgress(_props: { plan: NapPlanDetail }) {
  return null;
}
