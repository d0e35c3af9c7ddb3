/**
 * Channels of the privacy guard: scan free text for personal data (names, contact details,
 * identity and bank numbers…) and manage the hashed deny-list of sensitive terms.
 */
import { z } from 'zod';
import { channel } from './define';

/** The kinds of personal data the guard reports; these names cross the contract. */
export const PII_KINDS = [
  'person_name',
  'email',
  'phone',
  'id_number',
  'bank_account',
  'date_of_birth',
  'address',
  'vehicle_plate',
  'online_handle',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export const PRIVACY_CONTEXTS = ['case', 'minutes'] as const;
export type PrivacyContext = (typeof PRIVACY_CONTEXTS)[number];

/** A span of `text`, as JavaScript (UTF-16) offsets: text.slice(start, end). */
export const findingSchema = z.object({
  kind: z.enum(PII_KINDS),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Finding = z.infer<typeof findingSchema>;

export const privacyScanInputSchema = z
  .object({
    text: z.string().max(2_000_000),
    language: z.enum(['en', 'es', 'fr']).optional(),
    context: z.enum(PRIVACY_CONTEXTS).default('case'),
  })
  .strict();

/** A written reason for saving or exporting text the guard flagged (audited, with the kinds). */
export const privacyOverrideSchema = z
  .object({ reason: z.string().trim().min(10).max(1000) })
  .strict();
export type PrivacyOverride = z.infer<typeof privacyOverrideSchema>;

export const privacyContract = {
  'privacy:scan': channel(privacyScanInputSchema, z.object({ findings: z.array(findingSchema) }), {
    mutates: false,
  }),
  /** Adds a term (e.g. a suspect's name); only a keyed hash of it is kept. */
  'privacy:denylistAdd': channel(
    z.object({ term: z.string().trim().min(2).max(200) }).strict(),
    z.object({ count: z.number().int() }),
    { mutates: true },
  ),
  'privacy:denylistCount': channel(z.object({}).strict(), z.object({ count: z.number().int() }), {
    mutates: false,
  }),
  'privacy:denylistRemoveAll': channel(
    z.object({}).strict(),
    z.object({ count: z.number().int() }),
    { mutates: true },
  ),
};
