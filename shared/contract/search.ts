/**
 * Full-text search (SQLite FTS5 inside the encrypted file): one channel answering results
 * grouped by type, with a highlighted snippet and where to open each result. Accent- and
 * case-insensitive, prefix search (a word ending in `*`, and the last word typed), phrase
 * search in quotes.
 */
import { z } from 'zod';
import { channel } from './define';
import { dateSchema, idSchema, requiredText } from './common';

/** What the index holds, in the order groups are shown. */
export const SEARCH_TYPES = [
  'meeting',
  'agenda_item',
  'minutes',
  'decision',
  'action',
  'action_update',
  'agency',
  'focal_point',
  'nap_activity',
  'nap_narrative',
  'agreement',
  'training',
  'case',
  'case_discussion',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const searchQueryInputSchema = z
  .object({
    text: requiredText(200),
    types: z.array(z.enum(SEARCH_TYPES)).max(SEARCH_TYPES.length).optional(),
    /** Results per group. */
    limit: z.number().int().min(1).max(100).default(20),
    /** Only records of this body (meetings, agenda items, minutes, decisions, actions). */
    bodyId: idSchema.optional(),
    /** Only records dated in this range (a meeting's date, an action's due date, …). */
    from: dateSchema.optional(),
    to: dateSchema.optional(),
  })
  .strict();
export type SearchQueryInput = z.output<typeof searchQueryInputSchema>;

export const searchResultSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  id: idSchema,
  title: z.string(),
  /**
   * Up to ~30 words around the match; matched words are wrapped in `\u0002` … `\u0003`
   * (control characters that cannot occur in stored text), for the UI to highlight.
   */
  snippet: z.string(),
  /** Case discussions and restricted agenda items (and what is recorded under them). */
  restricted: z.boolean(),
  /** The record's date when it has one (meeting date, due date, signed date …). */
  date: z.string().nullable(),
  /**
   * Where to open it, a route of the renderer (hash router), e.g.
   * `/meetings/<meetingId>/decisions?focus=<decisionId>`.
   */
  route: z.string(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchAnswerSchema = z.object({
  groups: z.array(
    z.object({
      type: z.enum(SEARCH_TYPES),
      /** All matches of the type (the group shows at most `limit`). */
      total: z.number().int(),
      items: z.array(searchResultSchema),
    }),
  ),
});
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;

export const searchContract = {
  'search:query': channel(searchQueryInputSchema, searchAnswerSchema, { mutates: false }),
};
