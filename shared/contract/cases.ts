/**
 * Channels of the case module: anonymised case records (victims in bands only, never a
 * person), their stage history, the agencies involved, cross-border cooperation requests,
 * discussion entries made at meetings, k-anonymised statistics and retention.
 *
 * Months are `YYYY-MM`; dates `YYYY-MM-DD`. "Today" is the core's clock. Free text (the
 * discussion entry, a request's counterpart authority) passes the privacy guard with the
 * `case` context: every person name is flagged. `privacyOverride` (a written reason) lets a
 * flagged text through; the audit keeps the reason and the kinds, never the text.
 */
import { z } from 'zod';
import {
  AGE_BANDS,
  ASSISTANCE_CATEGORIES,
  CASE_AGENCY_ROLES,
  CASE_STAGES,
  CASE_STATISTIC_DIMENSIONS,
  COOPERATION_DIRECTIONS,
  COOPERATION_STATUSES,
  COOPERATION_TYPES,
  EXPLOITATION_FORMS,
  LEGAL_BASES,
  MAX_PROFILE_VICTIMS,
  SEXES,
} from '../domain/cases';
import { ACTION_STATUSES } from '../domain/actions';
import { MEETING_STATUSES } from '../domain/meetings';
import { byIdSchema, countryCodeSchema, dateSchema, idSchema, shortText } from './common';
import { channel } from './define';
import { privacyOverrideSchema } from './privacy';
import { richDocOutput, shortRichText } from './richText';

/** A calendar month, YYYY-MM, between 1900 and 2199. */
export const monthSchema = z
  .string()
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'use a month as YYYY-MM (1900–2199)');

/** A country that must be given (ISO 3166-1 alpha-2). */
const requiredCountry = countryCodeSchema.refine((c) => c !== '', 'choose a country');

/** One victim profile: bands only. `count` > 1 when the profile covers several victims. */
export const victimProfileSchema = z
  .object({
    ageBand: z.enum(AGE_BANDS),
    sex: z.enum(SEXES),
    /** ISO 3166-1 alpha-2; '' when unknown. */
    nationality: countryCodeSchema,
    exploitationForms: z.array(z.enum(EXPLOITATION_FORMS)).min(1).max(EXPLOITATION_FORMS.length),
    count: z.number().int().min(1).max(MAX_PROFILE_VICTIMS).default(1),
  })
  .strict();
export type VictimProfile = z.output<typeof victimProfileSchema>;

export const suspectsSchema = z
  .object({
    count: z.number().int().min(0).max(10_000),
    /** Distinct ISO codes. */
    nationalities: z.array(requiredCountry).max(50),
  })
  .strict();

export const caseAgencyInputSchema = z
  .object({ agencyId: idSchema, role: z.enum(CASE_AGENCY_ROLES) })
  .strict();

const caseFields = z
  .object({
    /** At least one profile; a case is about victims. */
    profiles: z.array(victimProfileSchema).min(1).max(100),
    suspects: suspectsSchema,
    /** Month the case was opened (identified). */
    openedMonth: monthSchema,
    /** Referred to the national referral mechanism, and when (month). */
    nrmReferral: z.boolean(),
    nrmReferralMonth: monthSchema.nullable(),
    assistance: z.array(z.enum(ASSISTANCE_CATEGORIES)).max(ASSISTANCE_CATEGORIES.length),
    /** Distinct agencies (not archived), each with one role. */
    agencies: z.array(caseAgencyInputSchema).max(50),
  })
  .strict();

export const caseCreateSchema = caseFields
  .extend({
    /** The first stage and its month (default: identification, the opened month). */
    stage: z.enum(CASE_STAGES).default('identification'),
    stageMonth: monthSchema.optional(),
  })
  .strict();

/**
 * A change of fields. A new `stage` appends to the history at `stageMonth` (default: this
 * month); moving to `closed` sets the closed month, leaving it clears it.
 */
export const caseUpdateSchema = caseFields
  .partial()
  .extend({
    id: idSchema,
    stage: z.enum(CASE_STAGES).optional(),
    stageMonth: monthSchema.optional(),
  })
  .strict();

const agencyRef = z.object({ id: idSchema, name: z.string(), acronym: z.string() });

export const caseListInputSchema = z
  .object({
    stage: z.array(z.enum(CASE_STAGES)).max(CASE_STAGES.length).optional(),
    exploitationForm: z.enum(EXPLOITATION_FORMS).optional(),
    nationality: requiredCountry.optional(),
    agencyId: idSchema.optional(),
    /** true: open cases only; false: closed only. */
    open: z.boolean().optional(),
    /** Only cases with a pending cooperation request. */
    pendingCooperation: z.boolean().optional(),
    /** Part of the code. */
    code: shortText(40).optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const caseListItemSchema = z.object({
  id: idSchema,
  code: z.string(),
  stage: z.enum(CASE_STAGES),
  openedMonth: z.string(),
  closedMonth: z.string().nullable(),
  victimCount: z.number().int(),
  nationalities: z.array(z.string()),
  exploitationForms: z.array(z.enum(EXPLOITATION_FORMS)),
  agencies: z.array(agencyRef.extend({ role: z.enum(CASE_AGENCY_ROLES) })),
  pendingRequests: z.number().int(),
  /** The longest days pending of its pending requests (null when none). */
  maxDaysPending: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;

export const cooperationRequestSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseCode: z.string(),
  type: z.enum(COOPERATION_TYPES),
  direction: z.enum(COOPERATION_DIRECTIONS),
  country: z.string(),
  authority: z.string(),
  legalBasis: z.enum(LEGAL_BASES),
  draftedOn: z.string().nullable(),
  sentOn: z.string().nullable(),
  acknowledgedOn: z.string().nullable(),
  executedOn: z.string().nullable(),
  status: z.enum(COOPERATION_STATUSES),
  nextFollowUp: z.string().nullable(),
  /** Pending (drafting/sent/acknowledged): days since sent (or drafted); otherwise null. */
  daysPending: z.number().int().nullable(),
  /** Pending longer than the workspace threshold. */
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CooperationRequest = z.infer<typeof cooperationRequestSchema>;

const meetingRef = z.object({
  id: idSchema,
  number: z.number().int(),
  title: z.string(),
  date: z.string(),
  status: z.enum(MEETING_STATUSES),
});

export const caseDiscussionSchema = z.object({
  id: idSchema,
  meeting: meetingRef.nullable(),
  /** The entry's plain text (one line per paragraph, "- " / "1. " for list items). */
  text: z.string(),
  /** The entry as rich text (bold, italic, lists…); one paragraph per line for a plain entry. */
  doc: richDocOutput,
  createdAt: z.string(),
});
export type CaseDiscussion = z.infer<typeof caseDiscussionSchema>;

export const caseDetailSchema = caseListItemSchema.extend({
  profiles: z.array(
    z.object({
      ageBand: z.enum(AGE_BANDS),
      sex: z.enum(SEXES),
      nationality: z.string(),
      exploitationForms: z.array(z.enum(EXPLOITATION_FORMS)),
      count: z.number().int(),
    }),
  ),
  suspects: z.object({ count: z.number().int(), nationalities: z.array(z.string()) }),
  nrmReferral: z.boolean(),
  nrmReferralMonth: z.string().nullable(),
  assistance: z.array(z.enum(ASSISTANCE_CATEGORIES)),
  /** Oldest first. */
  stageHistory: z.array(
    z.object({ stage: z.enum(CASE_STAGES), month: z.string(), recordedAt: z.string() }),
  ),
  requests: z.array(cooperationRequestSchema),
  /** Oldest first. */
  discussions: z.array(caseDiscussionSchema),
  /** Action items linked to the case. */
  actions: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: z.enum(ACTION_STATUSES),
      dueDate: z.string().nullable(),
      ownerAgency: agencyRef,
    }),
  ),
  createdAt: z.string(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** The longest discussion entry, in characters of plain text. */
export const MAX_DISCUSSION_CHARS = 4000;

export const caseAddDiscussionSchema = z
  .object({
    caseId: idSchema,
    /** The meeting where it was discussed (LOCKED_RECORD once its minutes are approved). */
    meetingId: idSchema.nullable().default(null),
    /**
     * Short: what was said about the case, without personal data — a plain string, or a rich
     * document (the minutes notes' subset) of at most 4000 characters of plain text.
     */
    text: shortRichText(MAX_DISCUSSION_CHARS),
    language: z.enum(['en', 'es', 'fr']).optional(),
    privacyOverride: privacyOverrideSchema.nullable().optional(),
  })
  .strict();

const cooperationFields = z
  .object({
    type: z.enum(COOPERATION_TYPES),
    direction: z.enum(COOPERATION_DIRECTIONS),
    country: requiredCountry,
    /** The counterpart authority (an institution, not a person). */
    authority: shortText(200),
    legalBasis: z.enum(LEGAL_BASES),
    draftedOn: dateSchema.nullable(),
    sentOn: dateSchema.nullable(),
    acknowledgedOn: dateSchema.nullable(),
    executedOn: dateSchema.nullable(),
    status: z.enum(COOPERATION_STATUSES),
    nextFollowUp: dateSchema.nullable(),
  })
  .strict();

export const cooperationCreateSchema = cooperationFields
  .partial()
  .required({ type: true, direction: true, country: true, legalBasis: true })
  .extend({ caseId: idSchema, privacyOverride: privacyOverrideSchema.nullable().optional() })
  .strict();

export const cooperationUpdateSchema = cooperationFields
  .partial()
  .extend({ id: idSchema, privacyOverride: privacyOverrideSchema.nullable().optional() })
  .strict();

export const cooperationListInputSchema = z
  .object({
    caseId: idSchema.optional(),
    /** Only pending requests (drafting, sent, acknowledged). */
    pendingOnly: z.boolean().optional(),
    /** Only those pending longer than the workspace threshold. */
    overdueOnly: z.boolean().optional(),
    country: requiredCountry.optional(),
  })
  .strict();

/** Statistics over cases open at any time in [from, to] (months; both optional). */
export const caseStatisticsInputSchema = z
  .object({ from: monthSchema.optional(), to: monthSchema.optional() })
  .strict();

export const statisticCellSchema = z.object({
  /** Codes joined by '|', e.g. 'female|18-24', 'sexual_exploitation', '150' (M49), 'stage'. */
  key: z.string(),
  /** The parts of the key after generalisation (e.g. ['female', 'adult']). */
  parts: z.array(z.string()),
  /** Null when suppressed (fewer than k even after generalisation). */
  count: z.number().int().nullable(),
  generalised: z.boolean(),
});

export const statisticTableSchema = z.object({
  dimension: z.enum(CASE_STATISTIC_DIMENSIONS),
  cells: z.array(statisticCellSchema),
  /** How many cells were generalised / suppressed to reach k. */
  generalisedCells: z.number().int(),
  suppressedCells: z.number().int(),
  /** Victims in suppressed cells (not shown). */
  suppressedVictims: z.number().int(),
});
export type StatisticTable = z.infer<typeof statisticTableSchema>;

export const caseStatisticsSchema = z.object({
  k: z.number().int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  caseCount: z.number().int(),
  victimCount: z.number().int(),
  tables: z.array(statisticTableSchema),
});
export type CaseStatistics = z.infer<typeof caseStatisticsSchema>;

export const retentionItemSchema = z.object({
  id: idSchema,
  code: z.string(),
  closedMonth: z.string(),
});

export const meetingCasesSchema = z.object({
  meetingId: idSchema,
  /** The meeting's restricted "Case discussions" item, once there is one. */
  agendaItemId: idSchema.nullable(),
  cases: z.array(
    z.object({
      id: idSchema,
      code: z.string(),
      stage: z.enum(CASE_STAGES),
      /** Entries recorded at this meeting, oldest first. */
      discussions: z.array(caseDiscussionSchema),
      /** Actions raised at this meeting that are linked to the case. */
      actions: z.array(
        z.object({ id: idSchema, title: z.string(), status: z.enum(ACTION_STATUSES) }),
      ),
    }),
  ),
});
export type MeetingCases = z.infer<typeof meetingCasesSchema>;

export const casesContract = {
  'cases:list': channel(
    caseListInputSchema,
    z.object({ items: z.array(caseListItemSchema), total: z.number().int() }),
    { mutates: false },
  ),
  'cases:get': channel(byIdSchema, caseDetailSchema, { mutates: false }),
  /** A new case with the next code of the year (`PREFIX-YYYY-NNNN`). */
  'cases:create': channel(caseCreateSchema, caseDetailSchema, { mutates: true }),
  'cases:update': channel(caseUpdateSchema, caseDetailSchema, { mutates: true }),
  'cases:addDiscussion': channel(caseAddDiscussionSchema, caseDiscussionSchema, { mutates: true }),
  'cooperation:list': channel(
    cooperationListInputSchema,
    z.object({ items: z.array(cooperationRequestSchema), thresholdDays: z.number().int() }),
    { mutates: false },
  ),
  'cooperation:create': channel(cooperationCreateSchema, cooperationRequestSchema, {
    mutates: true,
  }),
  'cooperation:update': channel(cooperationUpdateSchema, cooperationRequestSchema, {
    mutates: true,
  }),
  /** Closed cases past the retention period (workspace setting), oldest first. */
  'cases:retention': channel(
    z.object({}).strict(),
    z.object({ items: z.array(retentionItemSchema), retentionYears: z.number().int() }),
    { mutates: false },
  ),
  /** Deletes closed cases past retention; the audit keeps only their codes. */
  'cases:purge': channel(
    z.object({ ids: z.array(idSchema).min(1).max(10_000) }).strict(),
    z.object({ purged: z.number().int() }),
    { mutates: true },
  ),
};

/** k-anonymised statistics (their own slice: built by the statistics module). */
export const caseStatisticsContract = {
  'cases:statistics': channel(caseStatisticsInputSchema, caseStatisticsSchema, { mutates: false }),
};

/** Cases discussed at meetings (their own slice: built with the meeting page and the annex). */
export const caseMeetingsContract = {
  /** The cases put on a meeting's restricted "Case discussions" item (created if missing). */
  'cases:setMeetingCases': channel(
    z.object({ meetingId: idSchema, caseIds: z.array(idSchema).max(200) }).strict(),
    meetingCasesSchema,
    { mutates: true },
  ),
  'cases:meetingCases': channel(z.object({ meetingId: idSchema }).strict(), meetingCasesSchema, {
    mutates: false,
  }),
};
