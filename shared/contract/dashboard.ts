/**
 * The chair's dashboard: who is late, by how much, who delivers and who attends. One call
 * returns everything the dashboard draws, computed by the core against its clock ("today",
 * a UTC date) so the UI never does date arithmetic.
 *
 * Two kinds of figures:
 * - a snapshot as of today (open, overdue, aging, upcoming deadlines) — the period does not
 *   apply;
 * - figures over the period [from, to] (completion and attendance rates).
 * With bodyId, every figure is limited to that body's actions and meetings.
 */
import { z } from 'zod';
import { ACTION_PRIORITIES, ACTION_STATUSES, AGING_BUCKETS } from '../domain/actions';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from './agreements';
import { dateSchema, idSchema } from './common';
import { channel } from './define';

const agencyRef = z.object({ id: idSchema, name: z.string(), acronym: z.string() });

export const dashboardInputSchema = z
  .object({
    /** The period of the rates, both ends included. */
    from: dateSchema,
    to: dateSchema,
    bodyId: idSchema.optional(),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: 'the period ends before it starts', path: ['to'] });

/** One agency's row: every agency that owns an action or is expected at a meeting in scope. */
const agencyFigures = z.object({
  agency: agencyRef,
  /** Open actions it owns today (status open, in_progress or blocked). */
  open: z.number().int(),
  /** Of those, due before today. */
  overdue: z.number().int(),
  /**
   * Completion over the period. `due`: actions it owns whose due date falls in [from, to],
   * cancelled ones left out. `completed`: of those, the ones done with a completion date on or
   * before `to`. `onTime`: of those, done on or before their due date.
   * `rate` = completed / due (0–1), null when nothing was due.
   */
  completion: z.object({
    due: z.number().int(),
    completed: z.number().int(),
    onTime: z.number().int(),
    rate: z.number().nullable(),
  }),
  /**
   * Attendance over the period. `meetings`: meetings held in [from, to] (status held, minutes
   * drafted or approved) of bodies it is a member of today. `attended`: of those, the ones where
   * it was recorded present or represented by an alternate. `rate` = attended / meetings (0–1),
   * null when it had no meetings.
   */
  attendance: z.object({
    meetings: z.number().int(),
    attended: z.number().int(),
    rate: z.number().nullable(),
  }),
});

export const dashboardSummarySchema = z.object({
  /** The date the snapshot figures are computed for. */
  today: z.string(),
  from: z.string(),
  to: z.string(),
  /** Open actions (open, in_progress, blocked). */
  open: z.number().int(),
  /** Open actions due before today. */
  overdue: z.number().int(),
  /** Overdue actions by days overdue: 1–30, 31–60, 61–90, more than 90. Always 4 entries. */
  aging: z.array(z.object({ bucket: z.enum(AGING_BUCKETS), count: z.number().int() })),
  /** Per agency, most overdue first, then most open, then by name. */
  byAgency: z.array(agencyFigures),
  /**
   * Completion over all agencies in the period (same rule as per agency); null when nothing
   * was due.
   */
  completionRate: z.number().nullable(),
  /** Open actions due from today to today + 14 days (both included), soonest first (at most 50). */
  upcoming: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      ownerAgency: agencyRef,
      dueDate: z.string(),
      /** 0 = due today. */
      daysLeft: z.number().int(),
      status: z.enum(ACTION_STATUSES),
      priority: z.enum(ACTION_PRIORITIES),
    }),
  ),
  /** How many upcoming deadlines there are in all (the list may be cut at 50). */
  upcomingTotal: z.number().int(),
  /**
   * Agreements and SOPs due for review today (review date today or past, not expired, not
   * archived), oldest review date first (at most 50); with bodyId, those framing that body.
   * A snapshot: the period does not apply.
   */
  agreementsDue: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        id: idSchema,
        title: z.string(),
        type: z.enum(AGREEMENT_TYPES),
        reviewOn: z.string(),
        status: z.enum(AGREEMENT_STATUSES),
      }),
    ),
  }),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

/** The first steps of a new workspace, in the order the setup checklist shows them. */
export const SETUP_STEPS = ['settings', 'agencies', 'body', 'meeting', 'invitation'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/**
 * Where a new workspace stands, each step ticked from the data itself:
 * - settings: a letterhead text or logo is set;
 * - agencies: at least one agency (not archived) is registered;
 * - body: a coordination body exists;
 * - meeting: a meeting is scheduled;
 * - invitation: a meeting's agenda went out — circulated through the app, or the meeting
 *   moved past draft (agenda circulated or later).
 */
export const dashboardSetupSchema = z.object({
  steps: z.array(z.object({ step: z.enum(SETUP_STEPS), done: z.boolean() })),
  /** Every step done. */
  complete: z.boolean(),
  /** The body a first meeting is scheduled for: the oldest one (null when none). */
  bodyId: idSchema.nullable(),
  /** The meeting whose invitation is next: the soonest still in draft (null when none). */
  meetingId: idSchema.nullable(),
});
export type DashboardSetup = z.infer<typeof dashboardSetupSchema>;

export const dashboardContract = {
  'dashboard:summary': channel(dashboardInputSchema, dashboardSummarySchema, { mutates: false }),
  'dashboard:setup': channel(z.object({}).strict(), dashboardSetupSchema, { mutates: false }),
};
