/**
 * National Action Plan vocabulary shared by the core and the UI: plan statuses, reporting
 * period kinds, the spreadsheet fields an imported matrix can map to, activity statuses, and
 * indicator kinds.
 */
export const NAP_PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type NapPlanStatus = (typeof NAP_PLAN_STATUSES)[number];

/** Reporting periods are generated over the plan's dates as quarters, semesters or years. */
export const NAP_PERIOD_KINDS = ['quarter', 'semester', 'year'] as const;
export type NapPeriodKind = (typeof NAP_PERIOD_KINDS)[number];

/** A plan has 3 to 8 pillars; a new plan gets the 4P. */
export const NAP_MIN_PILLARS = 3;
export const NAP_MAX_PILLARS = 8;
export const NAP_DEFAULT_PILLARS = ['Prevention', 'Protection', 'Prosecution', 'Partnership'];

/** What `nap:removeNode` removes (with everything below it). */
export const NAP_NODE_KINDS = ['pillar', 'objective', 'activity', 'indicator'] as const;
export type NapNodeKind = (typeof NAP_NODE_KINDS)[number];

/** Where an indicator hangs: on an objective (outcome) or on an activity (output). */
export const NAP_INDICATOR_LEVELS = ['objective', 'activity'] as const;
export type NapIndicatorLevel = (typeof NAP_INDICATOR_LEVELS)[number];

/** Statuses that need a reason (why at risk, why delayed). */
export const NAP_STATUSES_WITH_REASON: readonly NapActivityStatus[] = ['at_risk', 'delayed'];

export const NAP_ACTIVITY_STATUSES = [
  'not_started',
  'on_track',
  'at_risk',
  'delayed',
  'completed',
  'cancelled',
] as const;
export type NapActivityStatus = (typeof NAP_ACTIVITY_STATUSES)[number];

/**
 * increase: higher is better, progress = (value − baseline) / (target − baseline);
 * decrease: lower is better, progress = (baseline − value) / (baseline − target).
 */
export const NAP_DIRECTIONS = ['increase', 'decrease'] as const;
export type NapDirection = (typeof NAP_DIRECTIONS)[number];

/**
 * cumulative: each period's measurement is what that period added, and the value to date is
 * their sum (for percentages Σ numerators / Σ denominators); periodic: each period's value
 * stands alone, the value to date is the latest period's — never summed.
 */
export const NAP_AGGREGATIONS = ['cumulative', 'periodic'] as const;
export type NapAggregation = (typeof NAP_AGGREGATIONS)[number];

/** Columns of a NAP matrix the importer understands (one column each at most). */
export const NAP_FIELDS = [
  'pillar',
  'objective',
  'code',
  'activity',
  'lead',
  'support',
  'timeframe',
  'start',
  'end',
  'budget',
  'currency',
  'funding',
  'status',
  'indicator',
  'level',
  'unit',
  'baseline',
  'baselineYear',
  'target',
  'targetYear',
  'verification',
  'direction',
  'aggregation',
] as const;
export type NapField = (typeof NAP_FIELDS)[number];
