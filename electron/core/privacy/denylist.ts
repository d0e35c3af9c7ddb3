/**
 * The deny-list of sensitive terms. A term is kept only as HMAC-SHA256 of its accent-folded
 * words, keyed with a key derived from a random secret inside the encrypted workspace; text
 * is matched by hashing its 1–4 word windows. The term is never stored, returned or logged.
 */
import crypto from 'node:crypto';
import { DomainError } from '../../../shared/errors';
import { PrivacyDenylistEntryEntity, PrivacySecretEntity } from '../db/entities/privacy';
import type { ReadableDB, WritableDB } from '../db/sql';
import type { Candidate } from './recognizers/types';
import { tokenize, type Token } from './text';

export const MAX_DENYLIST_WORDS = 4;

export interface DenylistMatcher {
  key: Buffer;
  /** Hashes by number of words. */
  hashes: Map<number, Set<string>>;
}

async function denylistKey(db: ReadableDB): Promise<Buffer> {
  const row = await db.getRepository(PrivacySecretEntity).findOneBy({ id: 'denylist' });
  if (!row) throw new DomainError('INTERNAL', 'The deny-list secret is missing.');
  return Buffer.from(
    crypto.hkdfSync('sha256', Buffer.from(row.secret), 'coordina', 'privacy-denylist-v1', 32),
  );
}

const hashWords = (key: Buffer, words: readonly string[]) =>
  crypto.createHmac('sha256', key).update(words.join(' ')).digest('hex');

/** The folded words of a term; refused when it has no word or more than four. */
export function termWords(term: string): string[] {
  const words = tokenize(term).map((t) => t.folded);
  if (words.length === 0 || words.length > MAX_DENYLIST_WORDS) {
    throw new DomainError('VALIDATION', `A deny-list term has 1 to ${MAX_DENYLIST_WORDS} words.`, {
      field: 'term',
    });
  }
  return words;
}

export async function denylistCount(db: ReadableDB): Promise<number> {
  return db.getRepository(PrivacyDenylistEntryEntity).count();
}

export async function addDenylistTerm(db: WritableDB, term: string, at: string): Promise<number> {
  const words = termWords(term);
  const hash = hashWords(await denylistKey(db), words);
  // INSERT OR IGNORE: a term already listed is no error (insertRows has no conflict clause).
  await db.query(
    `INSERT OR IGNORE INTO privacy_denylist (hash, words, created_at) VALUES (?, ?, ?)`,
    [hash, words.length, at],
  );
  generation++;
  return denylistCount(db);
}

export async function removeAllDenylistTerms(db: WritableDB): Promise<number> {
  await db.createQueryBuilder().delete().from(PrivacyDenylistEntryEntity).execute();
  generation++;
  return 0;
}

/** Bumped on every change of the list, so the cached matcher is read again. */
let generation = 0;
let cache: { connection: unknown; generation: number; matcher: DenylistMatcher | null } | null =
  null;

/**
 * The deny-list matcher of the open workspace, read once per connection and change of the list
 * (every add and remove bumps the generation; a rolled-back change only costs one more read).
 */
export async function loadDenylist(db: ReadableDB): Promise<DenylistMatcher | null> {
  const connection = db.connection;
  if (cache && cache.connection === connection && cache.generation === generation)
    return cache.matcher;
  const at = generation;
  const all = await db
    .getRepository(PrivacyDenylistEntryEntity)
    .find({ select: { hash: true, words: true } });
  let matcher: DenylistMatcher | null = null;
  if (all.length > 0) {
    const hashes = new Map<number, Set<string>>();
    for (const { hash, words } of all)
      hashes.set(words, (hashes.get(words) ?? new Set()).add(hash));
    matcher = { key: await denylistKey(db), hashes };
  }
  cache = { connection, generation: at, matcher };
  return matcher;
}

/**
 * Spans whose 1–4 word windows hash to a deny-listed term (reported as names). A window met
 * twice in one text is hashed once (minutes repeat their words); the memo lives for one scan.
 */
export function matchDenylist(
  text: string,
  matcher: DenylistMatcher | null,
  tokens: readonly Token[] = tokenize(text),
): Candidate[] {
  if (!matcher) return [];
  const out: Candidate[] = [];
  const memo = new Map<string, string>();
  for (const [n, set] of matcher.hashes) {
    for (let i = 0; i + n <= tokens.length; i++) {
      let words = tokens[i]!.folded;
      for (let k = 1; k < n; k++) words += ` ${tokens[i + k]!.folded}`;
      let hash = memo.get(words);
      if (hash === undefined) {
        hash = crypto.createHmac('sha256', matcher.key).update(words).digest('hex');
        memo.set(words, hash);
      }
      if (set.has(hash))
        out.push({ kind: 'person_name', start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    }
  }
  return out;
}
