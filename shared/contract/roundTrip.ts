/**
 * The agency reporting round-trip: a round recorded for a body (`roundTrip:createRound`, with
 * an optional NAP reporting period), one XLSX update form per agency holding its open actions
 * of the body and its NAP activities and indicators for the period (`roundTrip:exportForms`),
 * the round closed when done (`roundTrip:closeRound`), and the returned forms read
 * back (`roundTrip:importPreview`: what each row would change, and what is wrong with it) and
 * applied (`roundTrip:importCommit`: the accepted rows become progress updates of the actions,
 * all in one transaction, audited).
 *
 * A form is tamper-evident: hidden cells name the round, the agency and each row's action, with
 * a keyed signature (HMAC, with a secret kept only inside the encrypted workspace) over them. A
 * form whose header was altered, or of an unknown round, is refused as a whole (VALIDATION,
 * details.reason); a row naming another agency's action, or whose hidden identifier was
 * altered, is reported as an error of that row and never applied.
 */
import { z } from 'zod';
import { ACTION_STATUSES } from '../domain/actions';
import { NAP_ACTIVITY_STATUSES } from '../domain/nap';
import { LANGUAGES } from '../domain/languages';
import { dateSchema, idSchema, requiredText } from './common';
import { channel } from './define';
import { exportedFileSchema } from './exports';
import { privacyOverrideSchema } from './privacy';

/** Why a whole returned file is refused (VALIDATION, details.reason). */
export const FORM_FILE_ERRORS = [
  /** Not an XLSX workbook, or not an update form of Coordina. */
  'malformed',
  /** The hidden identification was altered (signature does not match). */
  'signature',
  /** The round is not one of this workspace. */
  'unknown_round',
  /** The round was closed: its forms are no longer taken in. */
  'closed_round',
  /** A form returned as CSV none of whose rows is of a form of this workspace (round, agency). */
  'csv_unidentified',
] as const;
export type FormFileError = (typeof FORM_FILE_ERRORS)[number];

/** What can be wrong with one row of a returned form. */
export const FORM_ROW_ERRORS = [
  /** The hidden identifier names no action (or was altered beyond recognition). */
  'unknown_action',
  /** The row names an action of another agency. */
  'foreign_action',
  /** The hidden identifier or the row's signature was altered. */
  'tampered',
  /** The new status is not one of the list. */
  'invalid_status',
  /** A date that cannot be read. */
  'invalid_date',
  /** The progress date is after today (in the workspace's time zone). */
  'future_date',
  /** The action changed in the workspace since the form was produced. */
  'conflict',
  /** The action is done or cancelled meanwhile. */
  'closed',
  /** A number that cannot be read, or a numerator without its denominator. */
  'invalid_number',
  /** A value outside what the indicator allows (negative; a share above the whole). */
  'out_of_range',
  /** An activity set at risk or delayed without a note saying why. */
  'reason_required',
] as const;
export type FormRowError = (typeof FORM_ROW_ERRORS)[number];

const fileInput = z
  .object({
    fileName: requiredText(260),
    dataBase64: z
      .string()
      .min(1)
      .max(15_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file must be base64'),
  })
  .strict();

/** What a row of a returned form is about: an action item, or (NAP sheet) an activity or indicator. */
export const FORM_ROW_KINDS = ['action', 'activity', 'indicator'] as const;
export type FormRowKind = (typeof FORM_ROW_KINDS)[number];

/** The NAP side of a row of the NAP sheet (null on action rows). */
export const formNapRowSchema = z.object({
  /** The activity or indicator the row names (null when it cannot be read). */
  itemId: idSchema.nullable(),
  /** The activity's code ("1.2.3"), or the code of the activity the indicator measures. */
  code: z.string(),
  /** Activity rows: its status in the workspace and the one answered. */
  currentStatus: z.enum(NAP_ACTIVITY_STATUSES).nullable(),
  newStatus: z.enum(NAP_ACTIVITY_STATUSES).nullable(),
  /** Indicator rows: the figures answered (a share: numerator and denominator, or value). */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  isPercentage: z.boolean(),
  unit: z.string(),
  source: z.string(),
});
export type FormNapRow = z.infer<typeof formNapRowSchema>;

export const formRowSchema = z.object({
  /** 1-based row of its sheet (the Actions sheet, or the NAP sheet for activity/indicator). */
  rowNumber: z.number().int(),
  kind: z.enum(FORM_ROW_KINDS),
  /** The action the row names (null when it cannot be read). */
  actionId: idSchema.nullable(),
  /** The action's title in the workspace (the file's copy when the action is unknown). */
  title: z.string(),
  currentStatus: z.enum(ACTION_STATUSES).nullable(),
  currentDueDate: z.string().nullable(),
  /** What the agency answered (null: left empty). */
  newStatus: z.enum(ACTION_STATUSES).nullable(),
  note: z.string(),
  /** The date of the progress (the form's, or today when left empty). */
  date: z.string().nullable(),
  newDueDate: z.string().nullable(),
  /** change: would be applied; unchanged: nothing answered; error: see errors. */
  state: z.enum(['change', 'unchanged', 'error']),
  errors: z.array(z.object({ field: z.string(), code: z.enum(FORM_ROW_ERRORS) })),
  /** Activity and indicator rows (title: the activity's text or the indicator's name). */
  nap: formNapRowSchema.nullable(),
});
export type FormRow = z.infer<typeof formRowSchema>;

/** The shape a form came back in: the signed .xlsx, or re-saved as CSV (not signed). */
export const RETURNED_FORM_SOURCES = ['xlsx', 'csv'] as const;

export const formPreviewSchema = z.object({
  /** 'csv': found by its rows, not signed — each row must be confirmed (see importCommit). */
  source: z.enum(RETURNED_FORM_SOURCES).default('xlsx'),
  /** True for a CSV: the preview warns that nothing proves the file's agency and round. */
  unsigned: z.boolean().default(false),
  roundId: idSchema,
  agency: z.object({ id: idSchema, name: z.string() }),
  body: z.object({ id: idSchema, name: z.string() }),
  /** The date the form was produced. */
  issuedOn: z.string(),
  replyBy: z.string().nullable(),
  /** The NAP reporting period the round covers (its forms then have a NAP sheet). */
  napPeriod: z.object({ id: idSchema, label: z.string() }).nullable(),
  rows: z.array(formRowSchema),
  counts: z.object({
    change: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int(),
  }),
});
export type FormPreview = z.infer<typeof formPreviewSchema>;

const napPeriodRef = z.object({
  id: idSchema,
  label: z.string(),
  planId: idSchema,
  planTitle: z.string(),
});

export const roundStatusSchema = z.object({
  id: idSchema,
  body: z.object({ id: idSchema, name: z.string() }),
  issuedOn: z.string(),
  replyBy: z.string().nullable(),
  /** The NAP reporting period the round covers (null: action items only). */
  napPeriod: napPeriodRef.nullable(),
  /** When the round was closed (null: open; a closed round's forms are refused). */
  closedAt: z.string().nullable(),
  agencies: z.array(
    z.object({
      agencyId: idSchema,
      name: z.string(),
      /** Open actions its form held. */
      actions: z.number().int(),
      /** When its returned form was imported (null: not yet). */
      returnedAt: z.string().nullable(),
      /** Not returned and the reply date is past (in the workspace's today). */
      late: z.boolean(),
    }),
  ),
});
export type RoundStatus = z.infer<typeof roundStatusSchema>;

/** A round as recorded by `roundTrip:createRound`: who gets a form. */
export const roundSchema = z.object({
  id: idSchema,
  body: z.object({ id: idSchema, name: z.string() }),
  language: z.enum(LANGUAGES),
  issuedOn: z.string(),
  replyBy: z.string(),
  napPeriod: napPeriodRef.nullable(),
  agencies: z.array(
    z.object({
      agencyId: idSchema,
      name: z.string(),
      /** Its open action items of the body. */
      actions: z.number().int(),
      /** Its NAP activities (as lead agency) and their indicators for the period. */
      napItems: z.number().int(),
    }),
  ),
});
export type Round = z.infer<typeof roundSchema>;

export const createRoundSchema = z
  .object({
    bodyId: idSchema,
    /** Default: in 14 days. */
    replyBy: dateSchema.optional(),
    /** Default: the workspace language. */
    language: z.enum(LANGUAGES).optional(),
    /** A reporting period of a NAP plan: the forms then also hold the agencies' activities. */
    napPeriodId: idSchema.optional(),
  })
  .strict();

export const roundTripContract = {
  /**
   * Records a round for the body: who is included (agencies with open actions of the body,
   * and with a NAP period the lead agencies of the plan's activities open in that period).
   * NOT_FOUND for an unknown body or period; VALIDATION when nobody would get a form or the
   * reply date is past.
   */
  'roundTrip:createRound': channel(createRoundSchema, roundSchema, { mutates: true }),
  /**
   * Closes a round: its returned forms are refused from then on (VALIDATION, reason
   * 'closed_round'). NOT_FOUND for an unknown round; closing a closed round changes nothing.
   */
  'roundTrip:closeRound': channel(
    z.object({ roundId: idSchema }).strict(),
    z.object({ roundId: idSchema, closedAt: z.string() }),
    { mutates: true },
  ),
  /** The rounds issued (newest first, at most 20), of one body or all, with who has replied. */
  'roundTrip:status': channel(
    z.object({ bodyId: idSchema.optional() }).strict(),
    z.object({ rounds: z.array(roundStatusSchema) }),
    { mutates: false },
  ),
  /**
   * A .zip with one form per agency of the round (only its own open actions, and its NAP
   * activities and indicators when the round has a period) and its e-mail draft. Given a body
   * instead of a round, records the round first (as `roundTrip:createRound`). NOT_FOUND for an
   * unknown body or round; VALIDATION when nobody has anything to answer, the reply date is
   * past, or the round is closed (reason 'closed_round').
   */
  'roundTrip:exportForms': channel(
    z
      .object({
        /** A round already created: its forms (nothing else may be given). */
        roundId: idSchema.optional(),
        /** Without a round: the body a round is created for first. */
        bodyId: idSchema.optional(),
        /** Default: the workspace language. */
        language: z.enum(LANGUAGES).optional(),
        /** Default: in 14 days. */
        replyBy: dateSchema.optional(),
      })
      .strict()
      .refine(
        (v) =>
          v.roundId !== undefined
            ? v.bodyId === undefined && v.language === undefined && v.replyBy === undefined
            : v.bodyId !== undefined,
        { message: 'give either a round, or a body (with its language and reply date)' },
      ),
    exportedFileSchema.extend({
      roundId: idSchema,
      forms: z.array(
        z.object({
          agencyId: idSchema,
          agencyName: z.string(),
          /** The form in the .zip (its e-mail draft has the same name, .eml). */
          fileName: z.string(),
          actions: z.number().int(),
          /** NAP activities and indicators its form holds. */
          napItems: z.number().int(),
          /** Focal points the draft is addressed to. */
          recipients: z.number().int(),
        }),
      ),
      /** Agencies whose draft has no recipient (no focal point with an e-mail address). */
      agenciesWithoutRecipients: z.array(z.string()),
    }),
    { mutates: true },
  ),
  /**
   * Reads a returned form (.xlsx, or the same form re-saved as CSV: ',' or ';', any usual
   * encoding; its round and agency are those its rows' hidden identifiers were issued for,
   * else VALIDATION 'csv_unidentified'): what each row would change, and each row's errors.
   * Writes nothing.
   */
  'roundTrip:importPreview': channel(fileInput, formPreviewSchema, { mutates: false }),
  /**
   * Applies the accepted rows (default: every answered row) as progress updates, one history
   * entry each — NAP rows as activity progress updates and indicator measurements for the
   * round's period, reported by the agency — in one transaction; the agency is marked as having
   * returned its form. Refused as a whole (VALIDATION) when the round is closed (reason
   * 'closed_round'), the form holds a row that is not its own (another agency's action or
   * activity, an altered identifier: details.reason 'foreign_rows', details.rows) or a row to
   * apply has an error (details.rows, details.napRows); notes pass the privacy guard
   * (PII_DETECTED).
   * A CSV is applied only row by row: acceptRows is required and not empty (else VALIDATION
   * 'csv_needs_confirmation'); its rows that are not the agency's own are errors that cannot be
   * accepted, and the audit entry says the source was an unsigned CSV.
   */
  'roundTrip:importCommit': channel(
    fileInput
      .extend({
        /** Sheet row numbers of the Actions sheet to apply. */
        acceptRows: z.array(z.number().int().min(1).max(1_048_576)).max(5000).optional(),
        /** Row numbers of the NAP sheet to apply (default: every answered one). */
        acceptNapRows: z.array(z.number().int().min(1).max(1_048_576)).max(5000).optional(),
        privacyOverride: privacyOverrideSchema.nullable().optional(),
      })
      .strict(),
    z.object({
      roundId: idSchema,
      agencyId: idSchema,
      applied: z.number().int(),
      actionIds: z.array(idSchema),
      /** Activities given a progress update, indicators given a measurement. */
      activityIds: z.array(idSchema),
      indicatorIds: z.array(idSchema),
    }),
    { mutates: true },
  ),
};
