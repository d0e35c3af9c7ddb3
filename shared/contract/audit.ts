/** Channels of the audit log: who changed what and when, and a check of the hash chain. */
import { z } from 'zod';
import { dateSchema, shortText } from './common';
import { channel } from './define';

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  channel: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  /** The record's title when the entry was written (a case's code only); null in older entries. */
  recordLabel: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditContract = {
  'audit:list': channel(
    z
      .object({
        channel: shortText(100).optional(),
        recordType: shortText(100).optional(),
        recordId: shortText(100).optional(),
        /** Entries of one person (their display name as recorded). */
        actor: shortText(200).optional(),
        from: dateSchema.optional(),
        to: dateSchema.optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.object({
      items: z.array(auditEntrySchema),
      total: z.number().int(),
      /** Every actor named in the log, for the person filter. */
      actors: z.array(z.string()),
    }),
    { mutates: false },
  ),
  'audit:verify': channel(
    z.object({}).strict(),
    z.object({
      ok: z.boolean(),
      entries: z.number().int(),
      /**
       * The first entry whose hash or link to the previous entry does not hold — or, with
       * reason 'tail', the first of the newest entries that are missing (the chain's anchored
       * head is further than its last entry).
       */
      firstBrokenSeq: z.number().int().nullable(),
      reason: z.enum(['hash', 'link', 'gap', 'tail']).nullable(),
    }),
    { mutates: false },
  ),
};
