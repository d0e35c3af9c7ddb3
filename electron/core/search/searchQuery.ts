/**
 * `search:query`: the user's text becomes a safe FTS5 query (every term quoted, so no user
 * syntax reaches FTS5), matched against the index, ranked by bm25 (title weighs more), counted
 * per type and cut to `limit` per type, with a snippet around the match.
 */
import {
  SEARCH_TYPES,
  type SearchAnswer,
  type SearchQueryInput,
  type SearchResult,
  type SearchType,
} from '../../../shared/contract/search';
import { placeholders, rows, type Db } from '../db/sql';

const HAS_WORD = /[\p{L}\p{N}]/u;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The FTS5 query for a user's text, or null when it has nothing to search for. Phrases in
 * double quotes stay phrases; other words are ANDed; a word ending in `*` — and the last word
 * typed (the channel trims the text, so always) — matches as a prefix.
 */
export function matchQuery(text: string): string | null {
  const terms: string[] = [];
  const parts = text.split('"');
  // Odd parts are inside quotes (an unclosed quote runs to the end).
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const phrase = part.trim();
      if (HAS_WORD.test(phrase)) terms.push(quote(phrase));
      return;
    }
    const words = part.split(/\s+/).filter((w) => w !== '');
    const endsOpen = i === parts.length - 1 && !/\s$/.test(part);
    words.forEach((word, j) => {
      const starred = word.endsWith('*');
      const bare = word.replace(/\*+$/, '');
      if (!HAS_WORD.test(bare)) return;
      const prefix = starred || (endsOpen && j === words.length - 1);
      terms.push(prefix ? `${quote(bare)}*` : quote(bare));
    });
  });
  return terms.length > 0 ? terms.join(' ') : null;
}

interface Hit {
  id: number;
  type: SearchType;
  score: number;
}

interface DocRow {
  id: number;
  type: SearchType;
  ref_id: string;
  label: string;
  date: string | null;
  restricted: number;
  p1: string | null;
  p2: string | null;
  snippet: string;
}

/** Where a result opens (the renderer's hash routes). */
export function routeOf(type: SearchType, id: string, p1: string | null, p2: string | null) {
  switch (type) {
    case 'meeting':
      return `/meetings/${id}`;
    case 'agenda_item':
      return `/meetings/${p1}/agenda?focus=${id}`;
    case 'minutes':
      return `/meetings/${p1}/minutes?focus=${id}`;
    case 'decision':
      return `/meetings/${p1}/decisions?focus=${id}`;
    case 'action':
      return `/actions?focus=${id}`;
    case 'action_update':
      return `/actions?focus=${p1}`;
    case 'agency':
      return `/agencies/${id}`;
    case 'focal_point':
      return `/agencies/${p1}?focus=${id}`;
    case 'nap_activity':
      return `/nap/${p1}/activities/${id}`;
    case 'nap_narrative':
      // A progress update's narrative opens its activity; a report narrative the plan's progress.
      return p2 ? `/nap/${p1}/activities/${p2}` : `/nap/${p1}/progress`;
    case 'agreement':
      return `/agreements?focus=${id}`;
    case 'training':
      return `/trainings?focus=${id}`;
    case 'case':
      return `/cases/${id}`;
    case 'case_discussion':
      return `/cases/${p1}?focus=${id}`;
  }
}

export async function searchIndex(db: Db, input: SearchQueryInput): Promise<SearchAnswer> {
  const match = matchQuery(input.text);
  if (match === null) return { groups: [] };
  const where: string[] = ['search_fts MATCH ?'];
  const params: unknown[] = [match];
  if (input.types && input.types.length > 0) {
    where.push(`d.type IN (${placeholders(input.types)})`);
    params.push(...input.types);
  }
  if (input.bodyId) {
    where.push('d.body_id = ?');
    params.push(input.bodyId);
  }
  if (input.from) {
    where.push('d.date >= ?');
    params.push(input.from);
  }
  if (input.to) {
    where.push('d.date <= ?');
    params.push(input.to);
  }
  const hits = await rows<Hit>(
    db,
    `SELECT d.id AS id, d.type AS type, bm25(search_fts, 4.0, 1.0) AS score
       FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
      WHERE ${where.join(' AND ')}`,
    params,
  );
  const byType = new Map<SearchType, Hit[]>();
  for (const hit of hits) {
    const list = byType.get(hit.type) ?? [];
    list.push(hit);
    byType.set(hit.type, list);
  }
  const shown: Hit[] = [];
  for (const list of byType.values()) {
    list.sort((a, b) => a.score - b.score || a.id - b.id);
    shown.push(...list.slice(0, input.limit));
  }
  const docs = new Map<number, DocRow>();
  if (shown.length > 0) {
    const ids = shown.map((h) => h.id);
    const found = await rows<DocRow>(
      db,
      `SELECT d.id, d.type, d.ref_id, d.label, d.date, d.restricted, d.p1, d.p2,
              snippet(search_fts, -1, char(2), char(3), '…', 24) AS snippet
         FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
        WHERE search_fts MATCH ? AND search_fts.rowid IN (${placeholders(ids)})`,
      [match, ...ids],
    );
    for (const row of found) docs.set(row.id, row);
  }
  const groups = SEARCH_TYPES.filter((type) => byType.has(type)).map((type) => {
    const list = byType.get(type) ?? [];
    const items = list
      .slice(0, input.limit)
      .map((hit) => docs.get(hit.id))
      .filter((row): row is DocRow => row !== undefined)
      .map((row): SearchResult => ({
        type,
        id: row.ref_id,
        title: row.label,
        snippet: row.snippet,
        restricted: row.restricted === 1,
        date: row.date,
        route: routeOf(type, row.ref_id, row.p1, row.p2),
      }));
    return { type, total: list.length, items };
  });
  return { groups };
}
