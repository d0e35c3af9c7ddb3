/**
 * The capacity-building log: trainings with the agencies trained and their participants by
 * sex, and totals per agency and per NAP pillar over a period (what an indicator counting
 * trained officials reads).
 */
import { z } from 'zod';
import { channel } from './define';
import { byIdSchema, dateSchema, idSchema, longText, requiredText, shortText } from './common';
import { privacyOverrideSchema } from './privacy';

/** Organiser and notes pass the privacy guard; an override with a reason lets them through. */
const privacyOverride = privacyOverrideSchema.nullable().optional();

export const TRAINING_FORMATS = ['in_person', 'online', 'blended', 'study_visit'] as const;

const count = z.number().int().min(0).max(100_000);

export const trainedAgencySchema = z
  .object({
    agencyId: idSchema,
    female: count,
    male: count,
    /** Other or not recorded. */
    other: count,
  })
  .strict();

const trainingFields = z
  .object({
    date: dateSchema,
    /** Last day, for trainings over several days (null: one day). */
    endDate: dateSchema.nullable(),
    topic: requiredText(300),
    /** Who organised it (an institution: an agency, IOM, UNODC …). */
    organiser: shortText(200),
    trainerAgencyId: idSchema.nullable(),
    /** The NAP pillar it serves (a pillar of any plan). */
    napPillarId: idSchema.nullable(),
    format: z.enum(TRAINING_FORMATS),
    /** Hours of training per participant. */
    hours: z.number().min(0).max(1000),
    agencies: z.array(trainedAgencySchema).max(200),
    notes: longText(4000),
  })
  .strict();

export const trainingCreateSchema = trainingFields
  .partial()
  .required({ date: true, topic: true, format: true })
  .extend({ privacyOverride })
  .strict();
export const trainingUpdateSchema = trainingFields
  .partial()
  .extend({ id: idSchema, privacyOverride })
  .strict();

const agencyRef = z.object({ id: idSchema, name: z.string(), acronym: z.string() });

export const trainingSchema = z.object({
  id: idSchema,
  date: z.string(),
  endDate: z.string().nullable(),
  topic: z.string(),
  organiser: z.string(),
  trainerAgency: agencyRef.nullable(),
  napPillar: z.object({ id: idSchema, name: z.string(), planId: idSchema }).nullable(),
  format: z.enum(TRAINING_FORMATS),
  hours: z.number(),
  agencies: z.array(
    z.object({
      agency: agencyRef,
      female: z.number().int(),
      male: z.number().int(),
      other: z.number().int(),
    }),
  ),
  participants: z.number().int(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Training = z.infer<typeof trainingSchema>;

const periodFilter = {
  from: dateSchema.optional(),
  to: dateSchema.optional(),
};

export const trainingListInputSchema = z
  .object({
    ...periodFilter,
    agencyId: idSchema.optional(),
    napPillarId: idSchema.optional(),
  })
  .strict();

const totals = z.object({
  trainings: z.number().int(),
  female: z.number().int(),
  male: z.number().int(),
  other: z.number().int(),
  participants: z.number().int(),
  /** Participant-hours. */
  hours: z.number(),
});

export const trainingSummarySchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: totals,
  byAgency: z.array(totals.extend({ agency: agencyRef })),
  byPillar: z.array(
    totals.extend({ pillar: z.object({ id: idSchema, name: z.string() }).nullable() }),
  ),
});
export type TrainingSummary = z.infer<typeof trainingSummarySchema>;

export const trainingsContract = {
  'trainings:list': channel(trainingListInputSchema, z.object({ items: z.array(trainingSchema) }), {
    mutates: false,
  }),
  'trainings:get': channel(byIdSchema, trainingSchema, { mutates: false }),
  'trainings:create': channel(trainingCreateSchema, trainingSchema, { mutates: true }),
  'trainings:update': channel(trainingUpdateSchema, trainingSchema, { mutates: true }),
  'trainings:remove': channel(byIdSchema, z.object({ id: idSchema }), { mutates: true }),
  'trainings:summary': channel(z.object(periodFilter).strict(), trainingSummarySchema, {
    mutates: false,
  }),
};
