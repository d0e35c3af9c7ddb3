/**
 * The closed vocabularies of the case module. A case record holds only these bands and codes,
 * never a name, an exact date of birth, a contact detail or a narrative (see PRODUCT.md,
 * "Privacy rules"). Labels live in the renderer's translations and the document kit.
 */
export const AGE_BANDS = ['0-11', '12-17', '18-24', '25-34', '35-49', '50+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** The bands of children (under 18); 'unknown' is neither child nor adult. */
export const CHILD_AGE_BANDS: readonly AgeBand[] = ['0-11', '12-17'];

export const SEXES = ['female', 'male', 'other_unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const EXPLOITATION_FORMS = [
  'sexual_exploitation',
  'forced_labour',
  'domestic_servitude',
  'forced_marriage',
  'forced_criminality',
  'begging',
  'organ_removal',
  'other',
] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

/** The stages in their order; a case moves forward or back, each move dated to the month. */
export const CASE_STAGES = [
  'identification',
  'referral',
  'assistance',
  'investigation',
  'prosecution',
  'return_reintegration',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const ASSISTANCE_CATEGORIES = [
  'shelter',
  'medical',
  'legal',
  'residence_permit',
  'return_support',
] as const;
export type AssistanceCategory = (typeof ASSISTANCE_CATEGORIES)[number];

export const CASE_AGENCY_ROLES = [
  'lead_investigation',
  'victim_assistance',
  'prosecution',
  'labour_inspection',
  'consular',
  'other',
] as const;
export type CaseAgencyRole = (typeof CASE_AGENCY_ROLES)[number];

export const COOPERATION_TYPES = [
  'mutual_legal_assistance',
  'extradition',
  'joint_investigation_team',
  'european_investigation_order',
  'information_exchange',
  'victim_return',
  'testimony_abroad',
] as const;
export type CooperationType = (typeof COOPERATION_TYPES)[number];

export const COOPERATION_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type CooperationDirection = (typeof COOPERATION_DIRECTIONS)[number];

export const LEGAL_BASES = [
  'untoc_art16',
  'untoc_art18',
  'untoc_art19',
  'protocol_art8',
  'bilateral_agreement',
  'europol_interpol',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const COOPERATION_STATUSES = [
  'drafting',
  'sent',
  'acknowledged',
  'executed',
  'refused',
  'withdrawn',
] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];
/** A request is pending while it waits on someone: drafted, sent or acknowledged. */
export const PENDING_COOPERATION_STATUSES: readonly CooperationStatus[] = [
  'drafting',
  'sent',
  'acknowledged',
];

/** Workspace defaults of the case settings. */
export const DEFAULT_CASE_CODE_PREFIX = 'C';
export const DEFAULT_COOPERATION_PENDING_DAYS = 60;
export const COOPERATION_PENDING_DAYS_MIN = 1;
export const COOPERATION_PENDING_DAYS_MAX = 3650;
export const DEFAULT_CASE_RETENTION_YEARS = 5;
export const CASE_RETENTION_YEARS_MIN = 1;
export const CASE_RETENTION_YEARS_MAX = 100;
/** Letters, digits and dashes; never derived from personal data. */
export const CASE_CODE_PREFIX_MAX = 10;
export const CASE_CODE_PREFIX_PATTERN = new RegExp(
  `^[A-Z][A-Z0-9-]{0,${CASE_CODE_PREFIX_MAX - 1}}$`,
);

/** The largest number of victims one profile may count. */
export const MAX_PROFILE_VICTIMS = 10_000;

/** The quasi-identifiers k-anonymity looks at, and the dimensions of the statistics. */
export const CASE_STATISTIC_DIMENSIONS = [
  'sex_age',
  'exploitation',
  'nationality_region',
  'stage',
] as const;
export type CaseStatisticDimension = (typeof CASE_STATISTIC_DIMENSIONS)[number];
