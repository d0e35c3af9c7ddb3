/**
 * The NAP progress report: the Word report of a plan for a reporting period (with its Excel
 * annex of the same figures), the narratives written for it (an executive narrative and, per
 * pillar, achievements / challenges / recommendations, in each document language) and the
 * "final" flag of a plan + period (the report is marked DRAFT until then).
 *
 * A period is either one of the plan's periods (`periodId`) or a span of dates (`from`–`to`);
 * its key (`periodKey`) is the period id or "from..to".
 */
import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { dateSchema, idSchema, longText } from './common';
import { channel } from './define';
import { exportedFileSchema } from './exports';
import { privacyOverrideSchema } from './privacy';

/** Status words: the app's own, red/amber/green, completion (3 words) or the OGP scale. */
export const NAP_REPORT_VOCABULARIES = ['app', 'rag', 'completion', 'ogp'] as const;
export type NapReportVocabulary = (typeof NAP_REPORT_VOCABULARIES)[number];

/** The executive narrative, then per pillar three texts. */
export const NAP_NARRATIVE_KINDS = [
  'executive',
  'achievements',
  'challenges',
  'recommendations',
] as const;
export type NapNarrativeKind = (typeof NAP_NARRATIVE_KINDS)[number];

const periodFields = {
  planId: idSchema,
  periodId: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
};
const onePeriod = (v: { periodId?: string; from?: string; to?: string }) =>
  v.periodId !== undefined
    ? v.from === undefined && v.to === undefined
    : v.from !== undefined && v.to !== undefined && v.from <= v.to;
const ONE_PERIOD = { message: 'give a periodId, or from and to (from ≤ to)', path: ['periodId'] };

/** A plan period, or a span of dates (from ≤ to). */
export const napReportPeriodSchema = z
  .object({
    ...periodFields,
  })
  .strict()
  .refine(onePeriod, ONE_PERIOD);

export const napReportInputSchema = z
  .object({
    ...periodFields,
    language: z.enum(LANGUAGES).default('en'),
    vocabulary: z.enum(NAP_REPORT_VOCABULARIES).default('app'),
    options: z
      .object({
        includeBudget: z.boolean().default(true),
        includeCaseStatistics: z.boolean().default(false),
        includeAnnexes: z.boolean().default(true),
      })
      .strict()
      .default({ includeBudget: true, includeCaseStatistics: false, includeAnnexes: true }),
    /** Export although the narratives hold personal data (audited; see exports.ts). */
    privacyOverride: privacyOverrideSchema.optional(),
  })
  .strict()
  .refine(onePeriod, ONE_PERIOD);
export type NapReportInput = z.output<typeof napReportInputSchema>;

export const napNarrativeSchema = z.object({
  /** null for the executive narrative. */
  pillarId: idSchema.nullable(),
  kind: z.enum(NAP_NARRATIVE_KINDS),
  language: z.enum(LANGUAGES),
  text: z.string(),
  updatedAt: z.string(),
});
export type NapNarrative = z.infer<typeof napNarrativeSchema>;

export const napNarrativesSchema = z.object({
  planId: idSchema,
  periodKey: z.string(),
  final: z.boolean(),
  narratives: z.array(napNarrativeSchema),
});
export type NapNarratives = z.infer<typeof napNarrativesSchema>;

export const napSaveNarrativeSchema = z
  .object({
    ...periodFields,
    /** Omitted for the executive narrative; required for the pillar texts. */
    pillarId: idSchema.optional(),
    kind: z.enum(NAP_NARRATIVE_KINDS),
    language: z.enum(LANGUAGES),
    text: longText(20_000),
    /** Saving text the privacy guard flags needs a written reason (audited). */
    privacyOverride: privacyOverrideSchema.nullable().optional(),
  })
  .strict()
  .refine((v) => (v.kind === 'executive') === (v.pillarId === undefined), {
    message: 'the executive narrative has no pillar; the pillar texts need one',
    path: ['pillarId'],
  })
  .refine(onePeriod, ONE_PERIOD);

export const napReportContract = {
  /** The narratives and the final flag of a plan + period. */
  'nap:getNarratives': channel(napReportPeriodSchema, napNarrativesSchema, { mutates: false }),
  /** Saves one narrative (an empty text removes it); refused once the report is final. */
  'nap:saveNarrative': channel(napSaveNarrativeSchema, napNarrativesSchema, { mutates: true }),
  /** Marks the report of a plan + period final (no DRAFT marking) or back to draft. */
  'nap:setReportFinal': channel(
    z
      .object({
        ...periodFields,
        final: z.boolean(),
      })
      .strict()
      .refine(onePeriod, ONE_PERIOD),
    napNarrativesSchema,
    { mutates: true },
  ),
  /** The NAP progress report (Word), built on the worker with progress events. */
  'exports:napProgressReport': channel(napReportInputSchema, exportedFileSchema, {
    mutates: false,
  }),
  /** The same figures as an Excel annex. */
  'exports:napProgressReportXlsx': channel(napReportInputSchema, exportedFileSchema, {
    mutates: false,
  }),
};
