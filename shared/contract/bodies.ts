/** Channels of coordination bodies: task forces, working groups, bilateral meetings. */
import { z } from 'zod';
import { BODY_KINDS, MEETING_FREQUENCIES } from '../domain/bodies';
import { byIdSchema, countryCodeSchema, idSchema, longText, requiredText } from './common';
import { channel } from './define';

export const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('majority') }).strict(),
  z.object({ kind: z.literal('fixed'), count: z.number().int().min(1).max(1000) }).strict(),
]);

const bodyFields = z
  .object({
    name: requiredText(200),
    /** Short code used in decision references (`TF/2026/07`); empty = initials of the name. */
    code: z
      .string()
      .trim()
      .toUpperCase()
      .max(12)
      .regex(/^[A-Z0-9-]{0,12}$/, 'the code uses letters, digits and dashes (12 at most)'),
    kind: z.enum(BODY_KINDS),
    /** For bilateral case-management meetings. */
    partnerCountry: countryCodeSchema,
    chairAgencyId: idSchema.nullable(),
    secretariatAgencyId: idSchema.nullable(),
    memberAgencyIds: z.array(idSchema).max(2000),
    quorum: quorumRuleSchema,
    meetingFrequency: z.enum(MEETING_FREQUENCIES),
    notes: longText(5000),
  })
  .strict();
export const bodyInputSchema = bodyFields.partial().required({ name: true, kind: true });
export const bodyPatchSchema = bodyFields.partial();
export type BodyInput = z.input<typeof bodyInputSchema>;

const agencyRef = z.object({ id: idSchema, name: z.string(), acronym: z.string() });

export const bodySchema = z.object({
  id: idSchema,
  name: z.string(),
  code: z.string(),
  /** The code decisions carry: `code`, or the initials of the name when it is empty. */
  referenceCode: z.string(),
  kind: z.enum(BODY_KINDS),
  partnerCountry: z.string(),
  chair: agencyRef.nullable(),
  secretariat: agencyRef.nullable(),
  members: z.array(agencyRef.extend({ archived: z.boolean() })),
  quorum: quorumRuleSchema,
  /** Member agencies needed for a quorum with the current membership. */
  quorumRequired: z.number().int(),
  meetingFrequency: z.enum(MEETING_FREQUENCIES),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Body = z.infer<typeof bodySchema>;

export const bodiesContract = {
  'bodies:list': channel(
    z.object({}).strict(),
    z.object({
      items: z.array(bodySchema.omit({ members: true }).extend({ memberCount: z.number().int() })),
    }),
    { mutates: false },
  ),
  'bodies:get': channel(byIdSchema, bodySchema, { mutates: false }),
  'bodies:create': channel(bodyInputSchema, bodySchema, { mutates: true }),
  'bodies:update': channel(
    z.object({ id: idSchema, patch: bodyPatchSchema }).strict(),
    bodySchema,
    {
      mutates: true,
    },
  ),
};
