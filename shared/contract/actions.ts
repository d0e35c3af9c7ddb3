/**
 * Channels of action items: what an agency promised at a meeting, by when, and whether it
 * happened. An action belongs to the body of the meeting that raised it; its progress is an
 * append-only history of updates (never rewritten). Saved filters keep named list filters.
 *
 * Dates are `YYYY-MM-DD`; times are ISO-8601 UTC. "Today" is the core's clock (UTC date), so
 * `overdue`/`daysOverdue` are computed by the core, never by the UI.
 *
 * An action may serve one NAP activity (`napActivityId` on create/update, `napActivity` on
 * list/detail, filter by `napActivityId`) and one case (`caseId` on create/update, `case` on
 * list/detail, filter by `caseId`).
 */
import { z } from 'zod';
import {
  ACTION_PRIORITIES,
  ACTION_SORT_KEYS,
  ACTION_STATUSES,
  OPEN_ACTION_STATUSES,
} from '../domain/actions';
import { MEETING_STATUSES } from '../domain/meetings';
import { byIdSchema, dateSchema, idSchema, longText, requiredText, shortText } from './common';
import { channel } from './define';
import { privacyOverrideSchema } from './privacy';

/** A written reason to save text the privacy guard flagged (audited with the kinds found). */
const privacyOverride = privacyOverrideSchema.nullable().optional();

const agencyRef = z.object({ id: idSchema, name: z.string(), acronym: z.string() });

/** A meeting as actions point at it (the origin, or where an update was recorded). */
const meetingRef = z.object({
  id: idSchema,
  bodyId: idSchema,
  number: z.number().int(),
  title: z.string(),
  date: z.string(),
  status: z.enum(MEETING_STATUSES),
});

/** The filter of the action list; also what a saved filter stores. All fields optional. */
export const actionFilterSchema = z
  .object({
    /** Actions this agency owns. */
    ownerAgencyId: idSchema.optional(),
    /** Actions this agency owns OR supports. */
    agencyId: idSchema.optional(),
    /** Any of these statuses (empty or absent = all). */
    status: z.array(z.enum(ACTION_STATUSES)).max(ACTION_STATUSES.length).optional(),
    /** true: only overdue (open and due before today); false: only not overdue. */
    overdue: z.boolean().optional(),
    /** Due on or after / on or before (actions without a due date are left out). */
    dueFrom: dateSchema.optional(),
    dueTo: dateSchema.optional(),
    /** Raised at this meeting. */
    meetingId: idSchema.optional(),
    /** Of this coordination body. */
    bodyId: idSchema.optional(),
    /** Words in the title or description (accent- and case-insensitive). */
    search: shortText(200).optional(),
    /** Serving this NAP activity. */
    napActivityId: idSchema.optional(),
    /** Linked to this case. */
    caseId: idSchema.optional(),
  })
  .strict();
export type ActionFilter = z.infer<typeof actionFilterSchema>;

export const actionListInputSchema = actionFilterSchema
  .extend({
    /**
     * dueDate puts actions without a due date last (both directions); priority sorts high
     * first when asc; status follows the workflow order (open … cancelled). Ties: due date,
     * then entry order.
     */
    sortBy: z.enum(ACTION_SORT_KEYS).default('dueDate'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

const latestUpdate = z.object({ date: z.string(), note: z.string() });

/** One row of the action list (and the base of the detail). */
export const actionListItemSchema = z.object({
  id: idSchema,
  title: z.string(),
  status: z.enum(ACTION_STATUSES),
  priority: z.enum(ACTION_PRIORITIES),
  dueDate: z.string().nullable(),
  ownerAgency: agencyRef,
  /** The owner's focal point responsible for it, if named. */
  focalPoint: z.object({ id: idSchema, name: z.string() }).nullable(),
  supportingAgencies: z.array(agencyRef),
  /** The body whose action it is (the origin meeting's body); null for stand-alone actions. */
  body: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The meeting that raised it; null when raised outside a meeting. */
  meeting: meetingRef.nullable(),
  /** Within that meeting, the agenda item and the decision it follows from, if any. */
  agendaItemId: idSchema.nullable(),
  decisionId: idSchema.nullable(),
  /** Open (open/in_progress/blocked) and due before today. */
  overdue: z.boolean(),
  /** Days past due today (0 when not overdue). */
  daysOverdue: z.number().int(),
  /** How many meetings' minutes were drafted while it was still open (see carry-over). */
  timesCarriedOver: z.number().int(),
  /** The newest progress update (by date, then entry time), if any. */
  latestUpdate: latestUpdate.nullable(),
  /** The date it became done (null unless done). */
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The National Action Plan activity it serves, if linked. */
  napActivity: z.object({ id: idSchema, code: z.string(), text: z.string() }).nullable(),
  /** The case it serves, if linked (its code only: never the profile). */
  case: z.object({ id: idSchema, code: z.string() }).nullable(),
});
export type ActionListItem = z.infer<typeof actionListItemSchema>;

/** One entry of an action's history. Entries are never edited or deleted. */
export const actionUpdateSchema = z.object({
  id: idSchema,
  date: z.string(),
  note: z.string(),
  /** Equal when the update recorded progress without changing the status. */
  statusFrom: z.enum(ACTION_STATUSES),
  statusTo: z.enum(ACTION_STATUSES),
  /** The meeting at which it was reported, if any. */
  meeting: meetingRef.nullable(),
  createdAt: z.string(),
});

export const actionDetailSchema = actionListItemSchema.extend({
  description: z.string(),
  /** Where it was decided: the agenda item and/or the decision of the origin meeting. */
  agendaItem: z.object({ id: idSchema, title: z.string() }).nullable(),
  decision: z.object({ id: idSchema, reference: z.string(), text: z.string() }).nullable(),
  /** The whole history, oldest first (by date, then entry time). */
  updates: z.array(actionUpdateSchema),
  /** Meetings whose minutes were drafted while it was open, oldest first. */
  carriedOverFrom: z.array(meetingRef),
});
export type ActionDetail = z.infer<typeof actionDetailSchema>;

const actionFields = z
  .object({
    title: requiredText(300),
    description: longText(5000),
    /** Must exist and not be archived. */
    ownerAgencyId: idSchema,
    /** A current (not ended) focal point of the owner agency, or null. */
    focalPointId: idSchema.nullable(),
    /** Other agencies that help (distinct, not the owner, not archived). */
    supportingAgencyIds: z.array(idSchema).max(100),
    dueDate: dateSchema.nullable(),
    priority: z.enum(ACTION_PRIORITIES),
    status: z.enum(ACTION_STATUSES),
    /** The NAP activity it serves (must exist), or null for none. */
    napActivityId: idSchema.nullable(),
    /** The case it serves (must exist), or null for none. */
    caseId: idSchema.nullable(),
  })
  .strict();

export const actionCreateSchema = actionFields
  .extend({
    /**
     * The origin. meetingId: the meeting that raised it (its body becomes the action's body;
     * refused with LOCKED_RECORD when its minutes are approved). agendaItemId must be an item of
     * that meeting; decisionId a decision of it (the meeting is taken from the decision when
     * meetingId is absent). bodyId only for an action raised outside a meeting.
     */
    meetingId: idSchema.nullable(),
    agendaItemId: idSchema.nullable(),
    decisionId: idSchema.nullable(),
    bodyId: idSchema.nullable(),
  })
  .partial()
  .required({ title: true, ownerAgencyId: true })
  .extend({ privacyOverride });

/**
 * A change to the action's fields. The origin cannot change. A status change appends an
 * update to the history (today, empty note); changing the owner without naming a focal point
 * clears a focal point of the former owner.
 */
export const actionPatchSchema = actionFields.partial();

export const actionAddUpdateSchema = z
  .object({
    actionId: idSchema,
    /** When the progress happened: today or earlier. */
    date: dateSchema,
    note: longText(5000).default(''),
    /** The new status, when the update changes it. An update needs a note or a new status. */
    status: z.enum(ACTION_STATUSES).optional(),
    /** The meeting at which the update was reported. */
    meetingId: idSchema.nullable().optional(),
    privacyOverride,
  })
  .strict();

export const savedFilterSchema = z.object({
  id: idSchema,
  name: z.string(),
  filter: actionFilterSchema,
  /** The filter the action list opens on. */
  isDefault: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** What the action list opens on when no saved filter is marked as the default. */
export const OPEN_ACTIONS_FILTER: ActionFilter = { status: [...OPEN_ACTION_STATUSES] };

const savedFiltersOutput = z.object({
  items: z.array(savedFilterSchema),
  /** The marked filter's, or the open actions. */
  defaultFilter: actionFilterSchema,
});

export const actionsContract = {
  /** The filtered, sorted, paged list; total counts every match of the filter. */
  'actions:list': channel(
    actionListInputSchema,
    z.object({ items: z.array(actionListItemSchema), total: z.number().int() }),
    { mutates: false },
  ),
  'actions:get': channel(byIdSchema, actionDetailSchema, { mutates: false }),
  'actions:create': channel(actionCreateSchema, actionDetailSchema, { mutates: true }),
  'actions:update': channel(
    z.object({ id: idSchema, patch: actionPatchSchema, privacyOverride }).strict(),
    actionDetailSchema,
    { mutates: true },
  ),
  /** Appends one entry to the history, optionally changing the status. */
  'actions:addUpdate': channel(actionAddUpdateSchema, actionDetailSchema, { mutates: true }),
  /**
   * Sets one status on many actions, each getting one history entry with the note, dated
   * `date` (default today). All or nothing: an unknown id (NOT_FOUND, details.ids) changes none.
   */
  'actions:bulkSetStatus': channel(
    z
      .object({
        ids: z.array(idSchema).min(1).max(500),
        status: z.enum(ACTION_STATUSES),
        note: longText(5000).default(''),
        date: dateSchema.optional(),
        privacyOverride,
      })
      .strict(),
    z.object({ updated: z.number().int(), ids: z.array(idSchema) }),
    { mutates: true },
  ),
  'actions:savedFilters': channel(z.object({}).strict(), savedFiltersOutput, { mutates: false }),
  /** Marks one saved filter as the list's default view, or (null) goes back to the open actions. */
  'actions:setDefaultFilter': channel(
    z.object({ id: idSchema.nullable() }).strict(),
    savedFiltersOutput,
    { mutates: true },
  ),
  /** Saves a new named filter, or replaces one (with id). Names are unique (DUPLICATE). */
  'actions:saveFilter': channel(
    z
      .object({ id: idSchema.optional(), name: requiredText(120), filter: actionFilterSchema })
      .strict(),
    savedFilterSchema,
    { mutates: true },
  ),
  'actions:deleteFilter': channel(byIdSchema, z.object({ id: idSchema }), { mutates: true }),
};
