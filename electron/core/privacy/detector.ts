/**
 * The personal-data detector: runs the layered recognizers over a text and returns
 * non-overlapping findings (UTF-16 offsets into the text as given). Pure and synchronous:
 * no network, no model, no state beyond the allow-list it is given.
 */
import type { Finding, PiiKind, PrivacyContext } from '../../../shared/contract/privacy';
import { allowedTokenIndexes, emptyAllowList, type AllowList } from './allowList';
import { SHIPPED_ALLOW_LIST } from './lexicon/phrases';
import { findEmails, findHandles, findPhones } from './recognizers/contact';
import { findAges, findBirthDates } from './recognizers/dates';
import { findBankAccounts, findIds } from './recognizers/ids';
import { findNames } from './recognizers/names';
import { findAddresses, findPlates } from './recognizers/places';
import type { Candidate, ScanInput } from './recognizers/types';
import { tokenize, type Token } from './text';

export interface DetectOptions {
  context?: PrivacyContext;
  language?: 'en' | 'es' | 'fr';
  /** ISO 3166 alpha-2 of the workspace; phones in national format are read for it first. */
  country?: string;
  /** The workspace allow-list (agencies, bodies, officials' names, e-mail domains). */
  allowList?: AllowList;
  /** Extra names allowed in minutes (the meeting's guests), as written. */
  allowedNames?: readonly string[];
  /** Deny-listed spans found by the caller (see denylist.ts), or how to find them in the tokens. */
  extra?: readonly Candidate[] | ((tokens: readonly Token[]) => Candidate[]);
}

/** When two findings overlap, the more specific kind wins (then the longer one). */
const PRIORITY: Record<PiiKind, number> = {
  email: 9,
  bank_account: 8,
  online_handle: 7,
  id_number: 6,
  date_of_birth: 5,
  phone: 5,
  vehicle_plate: 4,
  address: 3,
  person_name: 1,
};

export function resolveOverlaps(candidates: readonly Candidate[]): Finding[] {
  const ranked = [...candidates]
    .filter((c) => c.end > c.start)
    .sort(
      (x, y) =>
        PRIORITY[y.kind] - PRIORITY[x.kind] ||
        y.end - y.start - (x.end - x.start) ||
        x.start - y.start,
    );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept
    .sort((x, y) => x.start - y.start)
    .map(({ kind, start, end }) => ({ kind, start, end }));
}

export function detectPersonalData(text: string, options: DetectOptions = {}): Finding[] {
  if (text.length === 0) return [];
  const context = options.context ?? 'case';
  const allow = options.allowList ?? emptyAllowList();
  const tokens = tokenize(text);
  const input: ScanInput = {
    text,
    tokens,
    context,
    country: options.country ?? '',
    allowedTokens: allowedTokenIndexes(tokens, [SHIPPED_ALLOW_LIST, allow]),
    allowedDomains: allow.domains,
  };
  const allowedNames = new Set<string>();
  if (context === 'minutes') {
    for (const n of allow.names) allowedNames.add(n);
    for (const name of options.allowedNames ?? [])
      for (const t of tokenize(name)) if (t.folded.length > 1) allowedNames.add(t.folded);
  }
  const names = findNames(input, allowedNames);
  return resolveOverlaps([
    ...findEmails(input),
    ...findHandles(input),
    ...findBankAccounts(input),
    ...findIds(input),
    ...findPhones(input),
    ...findBirthDates(input),
    ...findAges(input, names),
    ...findPlates(input),
    ...findAddresses(input),
    ...names,
    ...(typeof options.extra === 'function' ? options.extra(tokens) : (options.extra ?? [])),
  ]);
}
