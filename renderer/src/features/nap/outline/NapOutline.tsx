/** The plan's outline: pillar → objective → activity. */
import type { NapPlanDetail } from '../../../../../shared/contract/nap';

export function NapOutline(_props: { plan: NapPlanDetail }) {
  return null;
}
