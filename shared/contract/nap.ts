/**
 * Channels of the National Action Plan: a plan (period, reporting periods) → pillars (3–8,
 * renamable, reorderable) → objectives → activities, indicators at objective or activity level
 * with measurements per reporting period, progress updates per activity and period (history
 * kept), the derived summary, the import of a ministry's matrix and its export.
 *
 * Codes: pillars "1", objectives "1.2", activities "1.2.3" — an activity's code is unique in
 * its plan (DUPLICATE otherwise). Dates are `YYYY-MM-DD`; times ISO-8601 UTC. Progress and
 * on-track flags are computed by the core (see shared/domain/napProgress.ts), never by the UI.
 */
import { z } from 'zod';
import {
  NAP_ACTIVITY_STATUSES,
  NAP_AGGREGATIONS,
  NAP_DIRECTIONS,
  NAP_INDICATOR_LEVELS,
  NAP_MAX_PILLARS,
  NAP_MIN_PILLARS,
  NAP_NODE_KINDS,
  NAP_PERIOD_KINDS,
  NAP_PLAN_STATUSES,
} from '../domain/nap';
import { byIdSchema, dateSchema, idSchema, longText, requiredText, shortText } from './common';
import { channel } from './define';
import { exportedFileSchema } from './exports';
import {
  napCountsSchema,
  napIndicatorDraftSchema,
  napImportCommitInputSchema,
  napImportCommitOutputSchema,
  napImportPreviewInputSchema,
  napImportPreviewOutputSchema,
} from './napImport';

export * from './napImport';

const agencyRef = z.object({ id: idSchema, name: z.string(), acronym: z.string() });
const amount = z.number().finite().min(0).max(1e15);
const measure = z.number().finite().min(-1e12).max(1e12);
const year = z.number().int().min(1900).max(2200);

/** One reporting period of a plan, generated from its dates, kind and first month. */
export const napPeriodSchema = z.object({
  id: idSchema,
  /** "2026", "2026 Q3", "2026 S1"; a year starting in another month: "2026/27", "2026/27 Q1". */
  label: z.string(),
  start: z.string(),
  end: z.string(),
});
export type NapPeriod = z.infer<typeof napPeriodSchema>;

export const napPlanSchema = z.object({
  id: idSchema,
  title: z.string(),
  /** The act that adopted it ("Real Decreto 123/2026", "Cabinet decision of …"). */
  adoptingAct: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(NAP_PLAN_STATUSES),
  periodKind: z.enum(NAP_PERIOD_KINDS),
  /** The month reporting years start in: 1 = calendar year, 4 = April–March (US TIP year). */
  periodStartMonth: z.number().int().min(1).max(12),
  periods: z.array(napPeriodSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NapPlan = z.infer<typeof napPlanSchema>;

/** Progress of an indicator as of a date (see shared/domain/napProgress.ts). */
export const napIndicatorProgressSchema = z.object({
  /** The value to date: latest (periodic) or sum (cumulative); % from numerators/denominators. */
  current: z.number().nullable(),
  /** Share of the way from baseline to target, 0–100 (null without a measurement or target). */
  percent: z.number().nullable(),
  /** Where the linear trajectory from plan start to the target year says it should be, 0–100. */
  expectedPercent: z.number().nullable(),
  /** percent ≥ expectedPercent (null when either is unknown). */
  onTrack: z.boolean().nullable(),
  /** The period of the latest measurement counted. */
  lastPeriodId: idSchema.nullable(),
});
export type NapIndicatorProgress = z.infer<typeof napIndicatorProgressSchema>;

export const napMeasurementSchema = z.object({
  id: idSchema,
  indicatorId: idSchema,
  periodId: idSchema,
  /** The value, or for a percentage indicator numerator / denominator × 100. */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  date: z.string(),
  source: z.string(),
  note: z.string(),
  reportingAgency: agencyRef.nullable(),
  createdAt: z.string(),
});
export type NapMeasurement = z.infer<typeof napMeasurementSchema>;

/** An indicator as stored: the fields of the matrix's indicator, and what it measured. */
export const napIndicatorSchema = napIndicatorDraftSchema.omit({ rowNumber: true }).extend({
  id: idSchema,
  level: z.enum(NAP_INDICATOR_LEVELS),
  /** The objective or the activity it measures. */
  objectiveId: idSchema.nullable(),
  activityId: idSchema.nullable(),
  position: z.number().int(),
  /**
   * Every measurement, oldest period first (then entry time). Several in one period: the
   * newest is the period's value, the others are its history.
   */
  measurements: z.array(napMeasurementSchema),
  progress: napIndicatorProgressSchema,
});
export type NapIndicator = z.infer<typeof napIndicatorSchema>;

const meetingRef = z.object({ id: idSchema, title: z.string(), date: z.string() });

/** One progress update of an activity for a period; entries are never edited or deleted. */
export const napProgressUpdateSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  periodId: idSchema,
  status: z.enum(NAP_ACTIVITY_STATUSES),
  statusReason: z.string(),
  narrative: z.string(),
  /** The meeting at which it was recorded, if any. */
  meeting: meetingRef.nullable(),
  createdAt: z.string(),
});
export type NapProgressUpdate = z.infer<typeof napProgressUpdateSchema>;

export const napActivitySchema = z.object({
  id: idSchema,
  objectiveId: idSchema,
  code: z.string(),
  text: z.string(),
  /** One or more lead agencies (the matrix's "Interior / Guardia Civil"). */
  leadAgencies: z.array(agencyRef),
  supportingAgencies: z.array(agencyRef),
  /** As written ("2º semestre 2026", "Permanente"), with the dates read from it if any. */
  timeframe: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  budgetAmount: z.number().nullable(),
  currency: z.string(),
  /** The budget as written when it is not a number ("Presupuesto ordinario"). */
  budgetText: z.string(),
  fundingSource: z.string(),
  /** Executed amount per reporting period (periods without one are left out). */
  executed: z.array(z.object({ periodId: idSchema, amount: z.number() })),
  status: z.enum(NAP_ACTIVITY_STATUSES),
  /** Why it is at risk or delayed. */
  statusReason: z.string(),
  position: z.number().int(),
  /** Not completed/cancelled and its end date is before today. */
  overdue: z.boolean(),
  indicators: z.array(napIndicatorSchema),
  /** The whole history, oldest first. */
  updates: z.array(napProgressUpdateSchema),
});
export type NapActivity = z.infer<typeof napActivitySchema>;

export const napObjectiveSchema = z.object({
  id: idSchema,
  pillarId: idSchema,
  code: z.string(),
  name: z.string(),
  position: z.number().int(),
  indicators: z.array(napIndicatorSchema),
  activities: z.array(napActivitySchema),
});
export type NapObjective = z.infer<typeof napObjectiveSchema>;

export const napPillarSchema = z.object({
  id: idSchema,
  planId: idSchema,
  code: z.string(),
  name: z.string(),
  position: z.number().int(),
  objectives: z.array(napObjectiveSchema),
});
export type NapPillar = z.infer<typeof napPillarSchema>;

/** A plan with its whole tree, pillars in order. */
export const napPlanDetailSchema = napPlanSchema.extend({ pillars: z.array(napPillarSchema) });
export type NapPlanDetail = z.infer<typeof napPlanDetailSchema>;

export const napPlanListItemSchema = napPlanSchema.omit({ periods: true }).extend({
  counts: napCountsSchema,
  /** Completed activities / activities not cancelled, 0–100. */
  completion: z.number(),
});
export type NapPlanListItem = z.infer<typeof napPlanListItemSchema>;

/** A plan's start or end: a real calendar date within the years a national plan can cover. */
const planDate = dateSchema.refine((d) => {
  const year = Number(d.slice(0, 4));
  return year >= 1900 && year <= 2199;
}, 'a plan date must fall between the years 1900 and 2199');

const planFields = z
  .object({
    title: requiredText(300),
    adoptingAct: shortText(500),
    startDate: planDate,
    endDate: planDate,
    status: z.enum(NAP_PLAN_STATUSES),
    periodKind: z.enum(NAP_PERIOD_KINDS),
    periodStartMonth: z.number().int().min(1).max(12),
  })
  .strict();

export const napCreatePlanSchema = planFields
  .partial()
  .required({ title: true, startDate: true, endDate: true })
  .extend({
    /** Pillar names in order (default the 4P). */
    pillars: z.array(requiredText(300)).min(NAP_MIN_PILLARS).max(NAP_MAX_PILLARS).optional(),
  })
  .strict();

/**
 * Changing dates, kind or first month regenerates the periods: a period with the same start
 * and end keeps its id; one that would disappear while measurements, updates or executed
 * amounts point at it is refused (VALIDATION).
 */
export const napUpdatePlanSchema = z.object({ id: idSchema, patch: planFields.partial() }).strict();

/**
 * Without id: a new node, appended (or at `position`). With id: a change of that node; a new
 * `position` (0-based) moves it among its siblings. Codes default to the next free one.
 */
export const napUpsertPillarSchema = z
  .object({
    planId: idSchema,
    id: idSchema.optional(),
    code: shortText(20).optional(),
    name: requiredText(300),
    position: z.number().int().min(0).max(1000).optional(),
  })
  .strict();

export const napUpsertObjectiveSchema = z
  .object({
    pillarId: idSchema,
    id: idSchema.optional(),
    code: shortText(30).optional(),
    name: requiredText(2000),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();

export const napUpsertActivitySchema = z
  .object({
    objectiveId: idSchema,
    id: idSchema.optional(),
    /** Unique in the plan (DUPLICATE); default the objective's code + next number. */
    code: shortText(40).optional(),
    text: requiredText(5000),
    leadAgencyIds: z.array(idSchema).max(50).default([]),
    supportingAgencyIds: z.array(idSchema).max(100).default([]),
    timeframe: shortText(300).default(''),
    /** Default: read from the timeframe when it can be. */
    start: dateSchema.nullable().optional(),
    end: dateSchema.nullable().optional(),
    budgetAmount: amount.nullable().default(null),
    currency: shortText(10).default(''),
    budgetText: shortText(300).default(''),
    fundingSource: shortText(500).default(''),
    status: z.enum(NAP_ACTIVITY_STATUSES).default('not_started'),
    /** Required for at_risk and delayed. */
    statusReason: shortText(2000).default(''),
    /** When given: replaces the executed amounts (periods of the plan, each once). */
    executed: z
      .array(z.object({ periodId: idSchema, amount }).strict())
      .max(200)
      .optional(),
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .strict();

/** Exactly one of objectiveId / activityId. */
export const napUpsertIndicatorSchema = z
  .object({
    id: idSchema.optional(),
    objectiveId: idSchema.optional(),
    activityId: idSchema.optional(),
    name: requiredText(2000),
    unit: shortText(100).default(''),
    baselineValue: measure.nullable().default(null),
    baselineYear: year.nullable().default(null),
    targetValue: measure.nullable().default(null),
    targetYear: year.nullable().default(null),
    meansOfVerification: shortText(2000).default(''),
    direction: z.enum(NAP_DIRECTIONS).default('increase'),
    aggregation: z.enum(NAP_AGGREGATIONS).default('periodic'),
    isPercentage: z.boolean().default(false),
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
  .refine((v) => (v.objectiveId === undefined) !== (v.activityId === undefined), {
    message: 'an indicator belongs to exactly one objective or activity',
    path: ['objectiveId'],
  });

/**
 * A value for a period: `value`, or for a percentage indicator `numerator` and `denominator`
 * (denominator > 0). Appended: an earlier measurement of the same period stays as history.
 */
export const napAddMeasurementSchema = z
  .object({
    indicatorId: idSchema,
    periodId: idSchema,
    value: measure.nullable().optional(),
    numerator: measure.nullable().optional(),
    denominator: measure.nullable().optional(),
    /** When it was measured (default today). */
    date: dateSchema.optional(),
    source: shortText(500).default(''),
    note: longText(5000).default(''),
    reportingAgencyId: idSchema.nullable().default(null),
  })
  .strict();

/** Appends an update to the activity's history and sets its status (and reason). */
export const napAddProgressUpdateSchema = z
  .object({
    activityId: idSchema,
    periodId: idSchema,
    status: z.enum(NAP_ACTIVITY_STATUSES),
    statusReason: shortText(2000).default(''),
    narrative: longText(10_000).default(''),
    meetingId: idSchema.nullable().default(null),
  })
  .strict();

const statusCounts = z.record(z.enum(NAP_ACTIVITY_STATUSES), z.number().int());

const summaryTotals = z.object({
  activities: z.number().int(),
  byStatus: statusCounts,
  /** Completed / not cancelled, 0–100 (0 without activities). */
  completion: z.number(),
  overdue: z.number().int(),
  indicators: z.number().int(),
  /** Indicators with a progress figure, and of those on / off the linear trajectory. */
  measured: z.number().int(),
  onTrack: z.number().int(),
  offTrack: z.number().int(),
  /** Mean progress of the measured indicators, 0–100 (null when none is measured). */
  averageProgress: z.number().nullable(),
  budgetPlanned: z.number(),
  budgetExecuted: z.number(),
});

export const napSummarySchema = z.object({
  planId: idSchema,
  /** Measurements of periods ending on or before this date count. */
  asOf: z.string(),
  totals: summaryTotals,
  pillars: z.array(summaryTotals.extend({ id: idSchema, code: z.string(), name: z.string() })),
});
export type NapSummary = z.infer<typeof napSummarySchema>;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const napContract = {
  'nap:listPlans': channel(
    z.object({}).strict(),
    z.object({ items: z.array(napPlanListItemSchema) }),
    { mutates: false },
  ),
  'nap:getPlan': channel(byIdSchema, napPlanDetailSchema, { mutates: false }),
  'nap:createPlan': channel(napCreatePlanSchema, napPlanDetailSchema, { mutates: true }),
  'nap:updatePlan': channel(napUpdatePlanSchema, napPlanDetailSchema, { mutates: true }),
  /** A plan keeps 3–8 pillars (VALIDATION beyond). */
  'nap:upsertPillar': channel(napUpsertPillarSchema, napPillarSchema, { mutates: true }),
  'nap:upsertObjective': channel(napUpsertObjectiveSchema, napObjectiveSchema, { mutates: true }),
  'nap:upsertActivity': channel(napUpsertActivitySchema, napActivitySchema, { mutates: true }),
  /**
   * Removes a node and everything below it; action items pointing at a removed activity keep
   * existing without the link. A plan keeps at least 3 pillars.
   */
  'nap:removeNode': channel(
    z.object({ kind: z.enum(NAP_NODE_KINDS), id: idSchema }).strict(),
    z.object({ kind: z.enum(NAP_NODE_KINDS), id: idSchema }),
    { mutates: true },
  ),
  'nap:upsertIndicator': channel(napUpsertIndicatorSchema, napIndicatorSchema, { mutates: true }),
  'nap:addMeasurement': channel(napAddMeasurementSchema, napIndicatorSchema, { mutates: true }),
  'nap:addProgressUpdate': channel(napAddProgressUpdateSchema, napActivitySchema, {
    mutates: true,
  }),
  /** Completion per pillar and for the plan, as of the end of `periodId` (default today). */
  'nap:summary': channel(
    z.object({ planId: idSchema, periodId: idSchema.optional() }).strict(),
    napSummarySchema,
    { mutates: false },
  ),
  /** Reads a matrix; writes nothing. */
  'nap:importPreview': channel(napImportPreviewInputSchema, napImportPreviewOutputSchema, {
    mutates: false,
  }),
  /**
   * Creates the plan of the preview, all or nothing: any row error (or an agency choice that
   * does not exist) refuses the whole file (VALIDATION, details.rowErrors). Agency texts
   * without a choice use the register match; unmatched ones without a choice are left out.
   */
  'nap:importCommit': channel(napImportCommitInputSchema, napImportCommitOutputSchema, {
    mutates: true,
  }),
  /** The plan as an XLSX matrix (letterhead title block, one row per indicator). */
  'exports:napMatrix': channel(z.object({ planId: idSchema }).strict(), exportedFileSchema, {
    mutates: false,
  }),
};
