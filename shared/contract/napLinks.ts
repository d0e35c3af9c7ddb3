/**
 * Reads that tie the National Action Plan to the rest of the record: an activity's linked
 * action items and the meetings that discussed it, and what a meeting's "NAP progress" agenda
 * item reviews (activities due soon, at risk or delayed, with their latest update).
 */
import { z } from 'zod';
import { NAP_ACTIVITY_STATUSES } from '../domain/nap';
import { actionListItemSchema } from './actions';
import { idSchema } from './common';
import { channel } from './define';

const meetingOfActivity = z.object({
  id: idSchema,
  title: z.string(),
  date: z.string(),
  /** Progress updates of the activity recorded at that meeting. */
  updates: z.number().int(),
});

const latestUpdate = z.object({
  status: z.enum(NAP_ACTIVITY_STATUSES),
  narrative: z.string(),
  statusReason: z.string(),
  createdAt: z.string(),
  meetingId: idSchema.nullable(),
});

export const napMeetingActivitySchema = z.object({
  id: idSchema,
  code: z.string(),
  text: z.string(),
  status: z.enum(NAP_ACTIVITY_STATUSES),
  end: z.string().nullable(),
  /** Why it is listed: due within the coming period, or at risk/delayed (or past its end). */
  reason: z.enum(['due', 'at_risk']),
  latestUpdate: latestUpdate.nullable(),
});

export const napLinksContract = {
  /** The action items serving an activity (by due date) and the meetings that discussed it. */
  'nap:activityLinks': channel(
    z.object({ activityId: idSchema }).strict(),
    z.object({
      actions: z.array(actionListItemSchema),
      meetings: z.array(meetingOfActivity),
    }),
    { mutates: false },
  ),
  /**
   * What the meeting's NAP progress item reviews: the active plans' activities (not completed
   * or cancelled) ending within 90 days after the meeting, or at risk, delayed or past their
   * end. `periodId` is the plan period containing the meeting's date (where updates recorded
   * there go); `locked` is true once its minutes are approved (nothing can be recorded).
   */
  'nap:meetingProgress': channel(
    z.object({ meetingId: idSchema }).strict(),
    z.object({
      locked: z.boolean(),
      plans: z.array(
        z.object({
          id: idSchema,
          title: z.string(),
          periodId: idSchema.nullable(),
          activities: z.array(napMeetingActivitySchema),
        }),
      ),
    }),
    { mutates: false },
  ),
};
