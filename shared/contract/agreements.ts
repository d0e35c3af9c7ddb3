/**
 * The register of agreements and SOPs: MoUs, bilateral agreements, SOPs, protocols, referral
 * mechanisms — who signed them, when they entered into force, when they are to be reviewed
 * ("review due" on the dashboard), and where the document is kept (a reference, not a file).
 */
import { z } from 'zod';
import { channel } from './define';
import {
  byIdSchema,
  countryCodeSchema,
  dateSchema,
  idSchema,
  longText,
  requiredText,
  shortText,
} from './common';
import { privacyOverrideSchema } from './privacy';

/** Notes and location pass the privacy guard; an override with a reason lets them through. */
const privacyOverride = privacyOverrideSchema.nullable().optional();

export const AGREEMENT_TYPES = [
  'mou',
  'bilateral_agreement',
  'sop',
  'protocol',
  'referral_mechanism',
  'other',
] as const;
export const AGREEMENT_STATUSES = ['draft', 'in_force', 'under_review', 'expired'] as const;

const agreementFields = z
  .object({
    type: z.enum(AGREEMENT_TYPES),
    title: requiredText(300),
    /** Agencies of the register that are parties. */
    agencyIds: z.array(idSchema).max(100),
    /** Countries that are parties (ISO 3166-1 alpha-2), e.g. the partner of a bilateral MoU. */
    countries: z.array(countryCodeSchema.refine((c) => c !== '', 'a country code')).max(50),
    signedOn: dateSchema.nullable(),
    inForceFrom: dateSchema.nullable(),
    reviewOn: dateSchema.nullable(),
    status: z.enum(AGREEMENT_STATUSES),
    /** Where the signed document is kept (file reference, registry number, shelf). */
    location: shortText(300),
    notes: longText(4000),
    /** Bodies it frames (e.g. a bilateral body's MoU). */
    bodyIds: z.array(idSchema).max(50),
    /** NAP activities it serves. */
    napActivityIds: z.array(idSchema).max(200),
  })
  .strict();

export const agreementCreateSchema = agreementFields
  .partial()
  .required({ type: true, title: true })
  .extend({ privacyOverride })
  .strict();
export const agreementUpdateSchema = agreementFields
  .partial()
  .extend({ id: idSchema, privacyOverride })
  .strict();

const ref = z.object({ id: idSchema, name: z.string() });

export const agreementSchema = z.object({
  id: idSchema,
  type: z.enum(AGREEMENT_TYPES),
  title: z.string(),
  agencies: z.array(ref.extend({ acronym: z.string() })),
  countries: z.array(z.string()),
  signedOn: z.string().nullable(),
  inForceFrom: z.string().nullable(),
  reviewOn: z.string().nullable(),
  /** reviewOn is today or past, and the agreement is neither expired nor archived. */
  reviewDue: z.boolean(),
  status: z.enum(AGREEMENT_STATUSES),
  location: z.string(),
  notes: z.string(),
  bodies: z.array(ref),
  napActivities: z.array(z.object({ id: idSchema, code: z.string(), title: z.string() })),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementListInputSchema = z
  .object({
    type: z.enum(AGREEMENT_TYPES).optional(),
    status: z.enum(AGREEMENT_STATUSES).optional(),
    agencyId: idSchema.optional(),
    bodyId: idSchema.optional(),
    napActivityId: idSchema.optional(),
    reviewDueOnly: z.boolean().optional(),
    includeArchived: z.boolean().optional(),
  })
  .strict();

export const agreementsContract = {
  'agreements:list': channel(
    agreementListInputSchema,
    z.object({ items: z.array(agreementSchema) }),
    { mutates: false },
  ),
  'agreements:get': channel(byIdSchema, agreementSchema, { mutates: false }),
  'agreements:create': channel(agreementCreateSchema, agreementSchema, { mutates: true }),
  'agreements:update': channel(agreementUpdateSchema, agreementSchema, { mutates: true }),
  'agreements:archive': channel(
    z.object({ id: idSchema, archived: z.boolean().default(true) }).strict(),
    agreementSchema,
    { mutates: true },
  ),
};
