/** Coordination bodies: their kinds, meeting frequencies and quorum rules. */
export const BODY_KINDS = [
  'national_task_force',
  'working_group',
  'subnational_task_force',
  'bilateral_case_management',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const MEETING_FREQUENCIES = [
  'weekly',
  'fortnightly',
  'monthly',
  'bimonthly',
  'quarterly',
  'twice_yearly',
  'yearly',
  'ad_hoc',
] as const;
export type MeetingFrequency = (typeof MEETING_FREQUENCIES)[number];

export type QuorumRule = { kind: 'majority' } | { kind: 'fixed'; count: number };

/** How many member agencies must attend for the body to decide. */
export function quorumRequired(rule: QuorumRule, memberCount: number): number {
  if (rule.kind === 'fixed') return Math.min(rule.count, memberCount);
  return Math.floor(memberCount / 2) + 1;
}

export function isQuorate(
  rule: QuorumRule,
  memberCount: number,
  attendingMembers: number,
): boolean {
  return memberCount > 0 && attendingMembers >= quorumRequired(rule, memberCount);
}
