/** The vocabulary of the agency register: kinds, sectors, levels, 4P pillars, membership. */
export const AGENCY_KINDS = [
  'ministry',
  'law_enforcement',
  'prosecution_judiciary',
  'immigration_border',
  'labour_inspection',
  'social_welfare',
  'health',
  'education',
  'foreign_affairs',
  'financial',
  'local_government',
  'ngo',
  'international_organisation',
  'private_sector',
  'trade_union',
  'community_faith_based',
  'academia',
  'media',
  'foreign_counterpart',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const SECTORS = ['state', 'non_state'] as const;
export type Sector = (typeof SECTORS)[number];

export const LEVELS = ['national', 'subnational', 'international'] as const;
export type Level = (typeof LEVELS)[number];

export const MEMBERSHIP_STATUSES = ['member', 'observer', 'former'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** The 4P pillars of counter-trafficking partnerships. */
export const PILLARS = ['prevention', 'protection', 'prosecution', 'partnership'] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_ROLES = ['lead', 'support'] as const;
export type PillarRole = (typeof PILLAR_ROLES)[number];

export const FOCAL_POINT_ROLES = ['primary', 'alternate'] as const;
export type FocalPointRole = (typeof FOCAL_POINT_ROLES)[number];

/** Kinds that are non-State by nature; the rest default to State when no sector is given. */
const NON_STATE_KINDS: readonly AgencyKind[] = [
  'ngo',
  'international_organisation',
  'private_sector',
  'trade_union',
  'community_faith_based',
  'academia',
  'media',
];

export function defaultSectorFor(kind: AgencyKind): Sector {
  return NON_STATE_KINDS.includes(kind) ? 'non_state' : 'state';
}

/** True when a focal point is in post on a given date (YYYY-MM-DD; ISO dates compare as text). */
export function isFocalPointActive(
  fp: { startDate: string | null; endDate: string | null },
  onDate: string,
): boolean {
  return (
    (fp.startDate === null || fp.startDate <= onDate) &&
    (fp.endDate === null || fp.endDate > onDate)
  );
}
