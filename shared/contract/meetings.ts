/**
 * Channels of the meeting cycle: meetings and series, the agenda, attendance, minutes notes,
 * decisions, corrigenda and the calendar invitation.
 */
import { z } from 'zod';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../domain/actions';
import { LANGUAGES } from '../domain/languages';
import {
  AGENDA_ITEM_KINDS,
  ATTENDANCE_STATUSES,
  GUEST_ROLES,
  MEETING_STATUSES,
} from '../domain/meetings';
import { byIdSchema, dateSchema, idSchema, requiredText, shortText } from './common';
import { channel } from './define';
import { privacyOverrideSchema } from './privacy';
import { richDocOutput, richDocSchema } from './richText';

/** A written reason to save text the privacy guard flagged (audited with the kinds found). */
const privacyOverride = privacyOverrideSchema.nullable().optional();

export const clockSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (24-hour)');

/** An http(s) link for online meetings, or empty. */
export const videoLinkSchema = z
  .string()
  .trim()
  .max(500)
  .refine(
    (v) => v === '' || /^https:\/\/[^\s]+$/i.test(v),
    'the video link must start with https://',
  );

const agencyRef = z.object({ id: idSchema, name: z.string(), acronym: z.string() });

const meetingFields = z
  .object({
    title: shortText(300),
    date: dateSchema,
    startTime: clockSchema,
    durationMinutes: z.number().int().min(1).max(1440),
    location: shortText(300),
    videoLink: videoLinkSchema,
    language: z.enum(LANGUAGES),
    chairName: shortText(200),
    minuteTaker: shortText(200),
  })
  .strict();

export const meetingCreateSchema = meetingFields
  .extend({
    bodyId: idSchema,
    /** Apply an agenda template on creation: 'default', a saved template's id, or none. */
    templateId: z.union([z.literal('default'), idSchema]).nullable(),
  })
  .partial()
  .required({ bodyId: true, date: true });
export const meetingPatchSchema = meetingFields
  .extend({
    /** When the chair closed the meeting (the start time is its opening time). */
    closingTime: clockSchema.nullable(),
  })
  .partial();

export const recurrenceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('monthly_day'),
      day: z.number().int().min(1).max(31),
      intervalMonths: z.number().int().min(1).max(12).default(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal('monthly_weekday'),
      week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('last')]),
      weekday: z.number().int().min(0).max(6),
      intervalMonths: z.number().int().min(1).max(12).default(1),
    })
    .strict(),
  z.object({ kind: z.literal('weekly'), intervalWeeks: z.number().int().min(1).max(26) }).strict(),
]);

const meetingSummary = z.object({
  id: idSchema,
  bodyId: idSchema,
  bodyName: z.string(),
  number: z.number().int(),
  /** The meeting's own title, or "12th meeting" in the meeting's language. */
  title: z.string(),
  /** The title as entered ('' = the default one, translated in documents). */
  customTitle: z.string(),
  date: z.string(),
  startTime: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  videoLink: z.string(),
  language: z.enum(LANGUAGES),
  chairName: z.string(),
  minuteTaker: z.string(),
  status: z.enum(MEETING_STATUSES),
  locked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

const actionReviewEntry = z.object({
  id: idSchema,
  title: z.string(),
  ownerAgency: agencyRef,
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  priority: z.enum(ACTION_PRIORITIES),
  daysOverdue: z.number().int(),
  /** How many times minutes were drafted with this action still open. */
  timesCarriedOver: z.number().int(),
  latestUpdate: z.object({ date: z.string(), note: z.string() }).nullable(),
});
export type ActionReviewEntry = z.infer<typeof actionReviewEntry>;

const meetingRef = z.object({
  id: idSchema,
  number: z.number().int(),
  title: z.string(),
  customTitle: z.string(),
  date: z.string(),
  status: z.enum(MEETING_STATUSES),
});

export const agendaItemSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(AGENDA_ITEM_KINDS),
  presenterAgency: agencyRef.nullable(),
  /** The person presenting (a focal point or a guest), '' when only an agency is named. */
  presenterName: z.string().default(''),
  minutes: z.number().int(),
  restricted: z.boolean(),
  notes: richDocOutput,
  notesUpdatedAt: z.string().nullable(),
  estimatedStart: z.string(),
  /** For "review of action items": the body's open and overdue actions. */
  actionReview: z.array(actionReviewEntry).nullable(),
  /** For "approval of the previous minutes": the meeting whose minutes are approved. */
  previousMeeting: meetingRef.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const decisionSchema = z.object({
  id: idSchema,
  reference: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  text: z.string(),
  bodyId: idSchema,
  bodyName: z.string(),
  meeting: meetingRef,
  agendaItem: z.object({ id: idSchema, title: z.string() }).nullable(),
  /** Taken under a restricted agenda item (case discussions): left out of standard documents. */
  restricted: z.boolean(),
  locked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

const attendanceEntry = z.object({
  agency: agencyRef,
  member: z.boolean(),
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
  person: z.string(),
});

const guestSchema = z.object({
  name: requiredText(200),
  organisation: shortText(200),
  role: z.enum(GUEST_ROLES),
});

export const CIRCULATION_KINDS = ['agenda', 'draft_minutes'] as const;

export const circulationSchema = z.object({
  id: idSchema,
  kind: z.enum(CIRCULATION_KINDS),
  documents: z.array(z.string()),
  recipients: z.array(z.object({ name: z.string(), email: z.string(), agency: z.string() })),
  circulatedAt: z.string(),
});
export type Circulation = z.infer<typeof circulationSchema>;

export const meetingDetailSchema = meetingSummary.extend({
  body: z.object({
    id: idSchema,
    name: z.string(),
    code: z.string(),
    quorum: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('majority') }),
      z.object({ kind: z.literal('fixed'), count: z.number().int() }),
    ]),
  }),
  agenda: z.array(agendaItemSchema),
  estimatedEnd: z.string(),
  attendance: z.array(attendanceEntry),
  guests: z.array(guestSchema),
  quorum: z.object({
    memberCount: z.number().int(),
    required: z.number().int(),
    attending: z.number().int(),
    quorate: z.boolean(),
  }),
  decisions: z.array(decisionSchema),
  corrigenda: z.array(
    z.object({ id: idSchema, date: z.string(), text: z.string(), createdAt: z.string() }),
  ),
  previousMeeting: meetingRef.nullable(),
  nextMeeting: meetingRef.nullable(),
  closingTime: z.string().nullable(),
  /** Marked held before its date, confirmed by the secretariat. */
  heldEarly: z.boolean(),
  /** How the minutes were adopted: the approval date and, if given, the adopting meeting. */
  approval: z
    .object({ date: z.string(), adoptedAt: meetingRef.nullable(), frozen: z.boolean() })
    .nullable(),
  /** What was circulated for this meeting, when and to how many recipients (newest first). */
  circulations: z.array(circulationSchema),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

const agendaItemFields = z
  .object({
    title: requiredText(300),
    kind: z.enum(AGENDA_ITEM_KINDS),
    presenterAgencyId: idSchema.nullable(),
    presenterName: shortText(200),
    minutes: z.number().int().min(0).max(600),
    restricted: z.boolean(),
  })
  .strict();

const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  builtIn: z.boolean(),
  items: z.array(
    z.object({
      kind: z.enum(AGENDA_ITEM_KINDS),
      title: z.string(),
      minutes: z.number().int(),
      restricted: z.boolean(),
    }),
  ),
});

export const meetingsContract = {
  'meetings:list': channel(
    z
      .object({
        bodyId: idSchema.optional(),
        status: z.enum(MEETING_STATUSES).optional(),
        from: dateSchema.optional(),
        to: dateSchema.optional(),
      })
      .strict(),
    z.object({ items: z.array(meetingSummary) }),
    { mutates: false },
  ),
  'meetings:get': channel(byIdSchema, meetingDetailSchema, { mutates: false }),
  'meetings:create': channel(meetingCreateSchema, meetingDetailSchema, { mutates: true }),
  'meetings:update': channel(
    z.object({ id: idSchema, patch: meetingPatchSchema }).strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'meetings:setStatus': channel(
    z
      .object({
        id: idSchema,
        status: z.enum(MEETING_STATUSES),
        /** Confirms marking held a meeting whose date has not come yet (recorded). */
        heldEarly: z.boolean().optional(),
        /** Approval: the date the minutes were adopted (default today, never before the meeting). */
        approvalDate: dateSchema.optional(),
        /** Approval: the meeting at which they were adopted. */
        adoptedAtMeetingId: idSchema.optional(),
      })
      .strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'meetings:createSeries': channel(
    z
      .object({
        bodyId: idSchema,
        /** The series starts after this date (default: the body's last meeting, or today). */
        after: dateSchema.optional(),
        recurrence: recurrenceSchema,
        count: z.number().int().min(1).max(24),
        startTime: clockSchema.optional(),
        durationMinutes: z.number().int().min(1).max(1440).optional(),
        location: shortText(300).optional(),
        videoLink: videoLinkSchema.optional(),
        language: z.enum(LANGUAGES).optional(),
        templateId: z
          .union([z.literal('default'), idSchema])
          .nullable()
          .optional(),
      })
      .strict(),
    z.object({ items: z.array(meetingSummary) }),
    { mutates: true },
  ),
  'meetings:addCorrigendum': channel(
    z
      .object({
        meetingId: idSchema,
        /** Default: today. */
        date: dateSchema.optional(),
        text: requiredText(10_000),
      })
      .strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'meetings:exportIcs': channel(
    /** `privacyOverride`: as for the document exports (see exports.ts). */
    byIdSchema.extend({ privacyOverride: privacyOverrideSchema.optional() }),
    z.object({ fileName: z.string(), content: z.string() }),
    { mutates: false },
  ),
  'agenda:addItem': channel(
    agendaItemFields
      .partial()
      .required({ title: true })
      .extend({
        meetingId: idSchema,
        position: z.number().int().min(0).max(1000).optional(),
        privacyOverride,
      }),
    meetingDetailSchema,
    { mutates: true },
  ),
  'agenda:updateItem': channel(
    z.object({ id: idSchema, patch: agendaItemFields.partial(), privacyOverride }).strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'agenda:reorder': channel(
    z.object({ meetingId: idSchema, itemIds: z.array(idSchema).max(200) }).strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'agenda:removeItem': channel(byIdSchema, meetingDetailSchema, { mutates: true }),
  'agenda:applyTemplate': channel(
    z
      .object({
        meetingId: idSchema,
        templateId: z.union([z.literal('default'), idSchema]),
        /** Replace the current items (refused when any has notes or decisions). */
        replace: z.boolean().default(false),
      })
      .strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'agenda:listTemplates': channel(
    z.object({ language: z.enum(LANGUAGES).optional() }).strict(),
    z.object({ items: z.array(templateSchema) }),
    { mutates: false },
  ),
  'agenda:saveTemplate': channel(
    z.object({ meetingId: idSchema, name: requiredText(120) }).strict(),
    templateSchema,
    { mutates: true },
  ),
  'attendance:set': channel(
    z
      .object({
        meetingId: idSchema,
        agencyId: idSchema,
        /** null clears the entry (not yet recorded). */
        status: z.enum(ATTENDANCE_STATUSES).nullable(),
        person: shortText(200).default(''),
      })
      .strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'attendance:setGuests': channel(
    z.object({ meetingId: idSchema, guests: z.array(guestSchema.strict()).max(200) }).strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  /**
   * Several agencies' attendance in one write (e.g. "everyone present"); each entry as in
   * attendance:set, an agency at most once.
   */
  'attendance:setMany': channel(
    z
      .object({
        meetingId: idSchema,
        entries: z
          .array(
            z
              .object({
                agencyId: idSchema,
                status: z.enum(ATTENDANCE_STATUSES).nullable(),
                person: shortText(200).default(''),
              })
              .strict(),
          )
          .min(1)
          .max(500)
          .refine(
            (entries) => new Set(entries.map((e) => e.agencyId)).size === entries.length,
            'each agency at most once',
          ),
      })
      .strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  /**
   * Replaces the meeting's attendance with that of the same body's previous meeting (statuses
   * and who attended); refused when there is no previous meeting or it recorded none.
   */
  'attendance:copyPrevious': channel(
    z.object({ meetingId: idSchema }).strict(),
    meetingDetailSchema,
    { mutates: true },
  ),
  'minutes:saveItemNotes': channel(
    z.object({ itemId: idSchema, notes: richDocSchema, privacyOverride }).strict(),
    z.object({ itemId: idSchema, notesUpdatedAt: z.string() }),
    { mutates: true },
  ),
  'decisions:list': channel(
    z
      .object({
        bodyId: idSchema.optional(),
        meetingId: idSchema.optional(),
        year: z.number().int().min(1900).max(2200).optional(),
        search: shortText(200).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.object({ items: z.array(decisionSchema), total: z.number().int() }),
    { mutates: false },
  ),
  'decisions:create': channel(
    z
      .object({
        meetingId: idSchema,
        agendaItemId: idSchema.nullable().optional(),
        text: requiredText(5000),
        privacyOverride,
      })
      .strict(),
    decisionSchema,
    { mutates: true },
  ),
  'decisions:update': channel(
    z
      .object({
        id: idSchema,
        patch: z
          .object({ text: requiredText(5000), agendaItemId: idSchema.nullable() })
          .partial()
          .strict(),
        privacyOverride,
      })
      .strict(),
    decisionSchema,
    { mutates: true },
  ),
};
