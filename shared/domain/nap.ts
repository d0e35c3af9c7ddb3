/**
 * National Action Plan vocabulary shared by the core and the UI: the spreadsheet fields an
 * imported matrix can map to, activity statuses, and indicator kinds.
 */
export const NAP_ACTIVITY_STATUSES = [
  'not_started',
  'on_track',
  'at_risk',
  'delayed',
  'completed',
  'cancelled',
] as const;
export type NapActivityStatus = (typeof NAP_ACTIVITY_STATUSES)[number];

export const NAP_DIRECTIONS = ['increase', 'decrease'] as const;
export type NapDirection = (typeof NAP_DIRECTIONS)[number];

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
