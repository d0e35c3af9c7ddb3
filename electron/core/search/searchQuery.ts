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
import { placeholders } from '../db/sql';
import type { SqliteDatabase } from '../db/sqlite';
import { TYPE_SHIFT, rowidRange, typeOfRowid } from './searchIndex';

const HAS_WORD = /[\p{L}\p{N}]/u;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** One term of a query: its words (several for a phrase), the last one maybe a prefix. */
interface Term {
  text: string;
  prefix: boolean;
}

/** Control characters (a NUL ends an FTS5 string early) separate words like spaces. */
const CONTROL = /\p{Cc}/gu;

function parseTerms(text: string): Term[] {
  const terms: Term[] = [];
  const parts = text.replace(CONTROL, ' ').split('"');
  // Odd parts are inside quotes (an unclosed quote runs to the end).
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const phrase = part.trim();
      if (HAS_WORD.test(phrase)) terms.push({ text: phrase, prefix: false });
      return;
    }
    const words = part.split(/\s+/).filter((w) => w !== '');
    const endsOpen = i === parts.length - 1 && !/\s$/.test(part);
    words.forEach((word, j) => {
      const starred = word.endsWith('*');
      const bare = word.replace(/\*+$/, '');
      if (!HAS_WORD.test(bare)) return;
      terms.push({ text: bare, prefix: starred || (endsOpen && j === words.length - 1) });
    });
  });
  return terms;
}

/**
 * The FTS5 query for a user's text, or null when it has nothing to search for. Phrases in
 * double quotes stay phrases; other words are ANDed; a word ending in `*` — and the last word
 * typed (the channel trims the text, so always) — matches as a prefix.
 */
export function matchQuery(text: string): string | null {
  const terms = parseTerms(text).map((t) => (t.prefix ? `${quote(t.text)}*` : quote(t.text)));
  return terms.length > 0 ? terms.join(' ') : null;
}

/** As the index folds a word: no accents, lower case (unicode61, remove_diacritics 2). */
const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const WORD = /[\p{L}\p{N}]+/gu;
const SNIPPET_WORDS = 16;

/**
 * The snippet of a result: up to SNIPPET_WORDS words of its text around the first match, the
 * matched words wrapped in \u0002…\u0003 — computed here from the stored text (far cheaper
 * than FTS5's snippet() on an encrypted file), with the same folding as the index.
 */
export function snippetOf(text: string, title: string, query: string): string {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of parseTerms(query)) {
    const words = term.text.match(WORD)?.map(fold) ?? [];
    words.forEach((w, i) => {
      if (term.prefix && i === words.length - 1) prefixes.push(w);
      else exact.add(w);
    });
  }
  const matches = (word: string) => {
    const f = fold(word);
    return exact.has(f) || prefixes.some((p) => f.startsWith(p));
  };
  const source =
    text.trim() !== '' && [...text.matchAll(WORD)].some((m) => matches(m[0])) ? text : title;
  const words = [...source.matchAll(WORD)];
  if (words.length === 0) return '';
  const first = Math.max(
    0,
    words.findIndex((m) => matches(m[0])),
  );
  const from = Math.max(0, Math.min(first - 4, words.length - SNIPPET_WORDS));
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  let out = from > 0 ? '…' : '';
  let cursor = words[from]!.index;
  for (let i = from; i < to; i++) {
    const m = words[i]!;
    out += source.slice(cursor, m.index);
    out += matches(m[0]) ? `\u0002${m[0]}\u0003` : m[0];
    cursor = m.index + m[0].length;
  }
  if (to < words.length) out += '…';
  else out += source.slice(cursor);
  return out;
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
  title: string;
  body: string;
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

/**
 * Matches ranked by bm25 are taken among the newest CANDIDATES matches of a type: a word that
 * occurs in thousands of records then costs the same as a rare one (the FTS index alone
 * answers the newest matches, in rowid order; ranking needs each candidate's sizes).
 */
const CANDIDATES = 50;

type Statement = { all(...params: unknown[]): unknown[] };
const statements = new WeakMap<SqliteDatabase, Map<string, Statement>>();

/** Runs a read on the raw connection, its statement prepared once per connection. */
function all<T>(db: SqliteDatabase, sql: string, params: unknown[], keep = true): T[] {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql) as Statement;
    if (keep) cache.set(sql, statement);
  }
  return statement.all(...params) as T[];
}

export function searchIndex(db: SqliteDatabase, input: SearchQueryInput): SearchAnswer {
  const match = matchQuery(input.text);
  if (match === null) return { groups: [] };
  const wanted = input.types && input.types.length > 0 ? input.types : SEARCH_TYPES;
  const filters: string[] = [];
  const filterParams: unknown[] = [];
  if (input.bodyId) {
    filters.push('d.body_id = ?');
    filterParams.push(input.bodyId);
  }
  if (input.from) {
    filters.push('d.date >= ?');
    filterParams.push(input.from);
  }
  if (input.to) {
    filters.push('d.date <= ?');
    filterParams.push(input.to);
  }
  // Per type: how many match, and the ids shown (best first).
  const totals = new Map<SearchType, number>();
  const shown = new Map<SearchType, number[]>();
  if (filters.length === 0) {
    const counts = all<{ code: number; n: number }>(
      db,
      `SELECT rowid / ${TYPE_SHIFT} AS code, count(*) AS n FROM search_fts
        WHERE search_fts MATCH ? GROUP BY code`,
      [match],
    );
    for (const { code, n } of counts) {
      const type = typeOfRowid(code * TYPE_SHIFT);
      if (type && wanted.includes(type)) totals.set(type, n);
    }
    for (const type of totals.keys()) {
      const [lo, hi] = rowidRange(type);
      const top = all<{ id: number }>(
        db,
        `SELECT id FROM (
           SELECT rowid AS id, rank FROM search_fts
            WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?
            ORDER BY rowid DESC LIMIT ${CANDIDATES})
          ORDER BY rank, id DESC LIMIT ?`,
        [match, lo, hi, input.limit],
      );
      shown.set(
        type,
        top.map((r) => r.id),
      );
    }
  } else {
    // Filters read each match's row: counted and ranked over the rows that pass them.
    for (const type of wanted) {
      const [lo, hi] = rowidRange(type);
      const found = all<{ id: number }>(
        db,
        `SELECT d.id AS id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
          WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ? AND ? AND ${filters.join(' AND ')}
          ORDER BY search_fts.rank, d.id DESC`,
        [match, lo, hi, ...filterParams],
      );
      if (found.length === 0) continue;
      totals.set(type, found.length);
      shown.set(
        type,
        found.slice(0, input.limit).map((r) => r.id),
      );
    }
  }
  const ids = [...shown.values()].flat();
  const docs = new Map<number, DocRow>();
  if (ids.length > 0) {
    const found = all<DocRow>(
      db,
      `SELECT d.id, d.type, d.ref_id, d.label, d.title, d.body, d.date, d.restricted, d.p1, d.p2
         FROM search_docs d WHERE d.id IN (${placeholders(ids)})`,
      ids,
      false,
    );
    for (const row of found) docs.set(row.id, row);
  }
  const groups = SEARCH_TYPES.filter((type) => totals.has(type)).map((type) => {
    const items = (shown.get(type) ?? [])
      .map((id) => docs.get(id))
      .filter((row): row is DocRow => row !== undefined)
      .map((row): SearchResult => ({
        type,
        id: row.ref_id,
        title: row.label,
        snippet: snippetOf(row.body, row.title || row.label, input.text),
        restricted: row.restricted === 1,
        date: row.date,
        route: routeOf(type, row.ref_id, row.p1, row.p2),
      }));
    return { type, total: totals.get(type) ?? 0, items };
  });
  return { groups };
}
