/**
 * Schemas of the NAP import channels (`nap:importPreview`, `nap:importCommit`) and of the plan
 * draft they carry (also what `exports:napMatrix` writes). The channels are in `./nap`.
 */
import { z } from 'zod';
import { NAP_ACTIVITY_STATUSES, NAP_AGGREGATIONS, NAP_DIRECTIONS, NAP_FIELDS } from '../domain/nap';
import { dateSchema, idSchema, requiredText, shortText } from './common';

export const napFieldSchema = z.enum(NAP_FIELDS);
/** Field → 0-based column index (null: not mapped). */
export const napMappingSchema = z.partialRecord(napFieldSchema, z.number().int().min(0).nullable());
export type NapMapping = z.infer<typeof napMappingSchema>;

/** An agency as written in the file, and the register agency it was matched to (if any). */
export const napAgencyRefSchema = z.object({ text: z.string(), agencyId: idSchema.nullable() });

export const napIndicatorDraftSchema = z.object({
  name: z.string(),
  unit: z.string(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targetValue: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  meansOfVerification: z.string(),
  direction: z.enum(NAP_DIRECTIONS),
  aggregation: z.enum(NAP_AGGREGATIONS),
  /** Percentages are measured as numerator / denominator (they cannot be summed). */
  isPercentage: z.boolean(),
  rowNumber: z.number().int().nullable(),
});
export type NapIndicatorDraft = z.infer<typeof napIndicatorDraftSchema>;

export const napRowErrorSchema = z.object({
  rowNumber: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type NapRowError = z.infer<typeof napRowErrorSchema>;

export const napActivityDraftSchema = z.object({
  code: z.string(),
  text: z.string(),
  leadAgencies: z.array(napAgencyRefSchema),
  supportingAgencies: z.array(napAgencyRefSchema),
  timeframe: z.string(),
  start: dateSchema.nullable(),
  end: dateSchema.nullable(),
  budgetAmount: z.number().nullable(),
  currency: z.string(),
  /** The budget cell as written when it is not a number ("Presupuesto ordinario"). */
  budgetText: z.string(),
  fundingSource: z.string(),
  status: z.enum(NAP_ACTIVITY_STATUSES),
  indicators: z.array(napIndicatorDraftSchema),
  /** First and last file rows of the activity (1-based; null when not from a file). */
  rowNumber: z.number().int().nullable(),
  lastRowNumber: z.number().int().nullable(),
  errors: z.array(napRowErrorSchema),
  warnings: z.array(napRowErrorSchema),
});
export type NapActivityDraft = z.infer<typeof napActivityDraftSchema>;

export const napObjectiveDraftSchema = z.object({
  code: z.string(),
  name: z.string(),
  indicators: z.array(napIndicatorDraftSchema),
  activities: z.array(napActivityDraftSchema),
});
export type NapObjectiveDraft = z.infer<typeof napObjectiveDraftSchema>;

export const napPillarDraftSchema = z.object({
  code: z.string(),
  name: z.string(),
  objectives: z.array(napObjectiveDraftSchema),
});
export type NapPillarDraft = z.infer<typeof napPillarDraftSchema>;

export const napPlanDraftSchema = z.object({
  title: z.string(),
  pillars: z.array(napPillarDraftSchema),
});
export type NapPlanDraft = z.infer<typeof napPlanDraftSchema>;

export const napCountsSchema = z.object({
  pillars: z.number().int(),
  objectives: z.number().int(),
  activities: z.number().int(),
  indicators: z.number().int(),
});
export type NapCounts = z.infer<typeof napCountsSchema>;

export const napImportPreviewInputSchema = z
  .object({
    fileName: requiredText(260),
    dataBase64: z.string().min(1).max(15_000_000),
    sheet: shortText(200).optional(),
    /** 1-based row number of the header row in the sheet. */
    headerRow: z.number().int().min(1).max(1000).optional(),
    mapping: napMappingSchema.optional(),
  })
  .strict();
export type NapImportPreviewInput = z.infer<typeof napImportPreviewInputSchema>;

export const napAgencyMatchSchema = z.object({
  text: z.string(),
  agencyId: idSchema.nullable(),
  suggestions: z.array(z.object({ id: idSchema, name: z.string(), score: z.number() })),
});
export type NapAgencyMatch = z.infer<typeof napAgencyMatchSchema>;

export const napImportPreviewOutputSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  sheet: z.string().nullable(),
  headerRow: z.number().int(),
  columns: z.array(z.object({ index: z.number().int(), header: z.string(), hidden: z.boolean() })),
  mapping: napMappingSchema,
  plan: napPlanDraftSchema,
  /** Every activity the commit would create, in file order. */
  activities: z.array(
    napActivityDraftSchema.extend({ pillarCode: z.string(), objectiveCode: z.string() }),
  ),
  rowErrors: z.array(napRowErrorSchema),
  skippedRows: z.array(
    z.object({
      rowNumber: z.number().int(),
      reason: z.enum(['note', 'total', 'heading', 'empty']),
    }),
  ),
  agencies: z.array(napAgencyMatchSchema),
  /** Agency names found in the file and matched to nothing: to create (or map) on commit. */
  missingAgencies: z.array(z.string()),
  counts: napCountsSchema,
});
export type NapImportPreview = z.infer<typeof napImportPreviewOutputSchema>;

/** For each agency text of the file: an existing agency, a new one to create, or none. */
export const napAgencyChoiceSchema = z.union([
  z.object({ agencyId: idSchema }).strict(),
  z
    .object({ create: z.object({ name: requiredText(200), acronym: shortText(30).optional() }) })
    .strict(),
  z.object({ ignore: z.literal(true) }).strict(),
]);

export const napImportCommitInputSchema = napImportPreviewInputSchema
  .extend({
    planTitle: requiredText(300),
    agencyChoices: z.record(z.string().max(500), napAgencyChoiceSchema).optional(),
  })
  .strict();
export type NapImportCommitInput = z.infer<typeof napImportCommitInputSchema>;

export const napImportCommitOutputSchema = z.object({ planId: idSchema, counts: napCountsSchema });
