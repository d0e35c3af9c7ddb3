/**
 * The action items linked to a NAP activity and the meetings that discussed it, shown on the
 * activity page. (Placeholder until action links land: renders nothing.)
 */
export interface LinkedActionsProps {
  activityId: string;
}

export function LinkedActions(_props: LinkedActionsProps) {
  return null;
}
