/**
 * The allow-list: phrases that are never personal data (agency and body names, acronyms,
 * shipped multi-word places, laws and institutions). Matched token-wise on folded text;
 * the tokens they cover are not read as names.
 */
import { fold, tokenize, type Token } from './text';

export interface AllowList {
  /** First folded token → the phrases (as folded token lists) starting with it. */
  phrases: Map<string, string[][]>;
  /** E-mail domains of the workspace's agencies (lower-case). */
  domains: Set<string>;
  /** Words of the names officials carry in minutes (focal points, guests). */
  names: Set<string>;
}

export function emptyAllowList(): AllowList {
  return { phrases: new Map(), domains: new Set(), names: new Set() };
}

export function addPhrase(list: AllowList, phrase: string): void {
  const words = tokenize(phrase).map((t) => t.folded);
  if (words.length === 0) return;
  const bucket = list.phrases.get(words[0]!) ?? [];
  bucket.push(words);
  list.phrases.set(words[0]!, bucket);
}

export function addName(list: AllowList, name: string): void {
  for (const t of tokenize(name)) if (t.folded.length > 1) list.names.add(t.folded);
}

export function addDomain(list: AllowList, emailOrDomain: string): void {
  const domain = fold(emailOrDomain.split('@').pop() ?? '').trim();
  if (domain.includes('.')) list.domains.add(domain);
}

/** Indexes of the tokens covered by an allow-listed phrase. */
export function allowedTokenIndexes(
  tokens: readonly Token[],
  lists: readonly AllowList[],
): Set<number> {
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const list of lists) {
      const bucket = list.phrases.get(tokens[i]!.folded);
      if (!bucket) continue;
      for (const words of bucket) {
        let k = 0;
        while (k < words.length && tokens[i + k]?.folded === words[k]) k++;
        if (k === words.length) for (let j = 0; j < k; j++) covered.add(i + j);
      }
    }
  }
  return covered;
}

export function mergeAllowLists(...lists: AllowList[]): AllowList {
  const merged = emptyAllowList();
  for (const list of lists) {
    for (const [key, bucket] of list.phrases)
      merged.phrases.set(key, [...(merged.phrases.get(key) ?? []), ...bucket]);
    for (const d of list.domains) merged.domains.add(d);
    for (const n of list.names) merged.names.add(n);
  }
  return merged;
}
