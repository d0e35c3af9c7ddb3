/**
 * Person names from cues (titles, roles, "alias", form labels), first-name and surname lists
 * (widened over particles and upper-case surnames), runs of capitalised words that no
 * vocabulary knows, lower-case first name + surname, and repeats of a name found once.
 */
import { AMBIGUOUS_NAMES } from '../lexicon/ambiguous';
import { FIRST_NAMES } from '../lexicon/firstNames';
import { NAMING_WORDS, PARTICLES, ROLES, TITLES, WEAK_CUES } from '../lexicon/nameCues';
import { SURNAMES } from '../lexicon/surnames';
import { ALLOW_VOCABULARY, THING_PREFIXES } from '../lexicon/vocabulary';
import type { Token } from '../text';
import type { Candidate, ScanInput } from './types';

/** Verbs that follow a person's name: "Siriwan explained", "Zoryana explicó", "Kanitha souhaite". */
const SPEECH_VERBS = new Set(
  'said|says|explained|explains|told|tells|stated|states|declared|confirmed|confirms|reported|reports|wants|wanted|wishes|asked|asks|added|denied|denies|admitted|claims|claimed|arrived|left|fled|escaped|disappeared|agreed|refused|dijo|dice|explico|explica|conto|cuenta|declaro|declara|afirmo|afirma|manifesto|manifiesta|confirmo|confirma|quiere|queria|pidio|pide|nego|niega|huyo|llego|desaparecio|acepto|rechazo|refirio|relato|explique|expliquait|declare|affirme|confirme|souhaite|veut|voulait|indique|raconte|precise|nie|reconnait|demande|refuse|accepte'.split(
    '|',
  ),
);

const followedBySpeech = (text: string, tokens: Token[], b: number) =>
  b < tokens.length && SPEECH_VERBS.has(tokens[b]!.key) && joined(text, tokens[b - 1]!, tokens[b]!);

/** Word endings of institutions and abstract nouns, never of a name (Authority, Fundación). */
const INSTITUTION_ENDING =
  /(tion|cion|sion|ity|idad|ship|ness|ment|ance|ence|ancia|encia|ique|isme|ismo|ology|ologia|ologie|ivo|iva|orate|orat|ados|ales|aux)$/;

/** A capitalised run that is a thing: after a determiner ("the Abuse Unit") or with an institution word ending. */
function institutional(tokens: Token[], a: number, b: number): boolean {
  const before = tokens[a - 1]?.key ?? '';
  if (
    /^(the|this|these|our|their|its|los|las|les|des|du|al|au|aux|nuestro|nuestra|notre|nos)$/.test(
      before,
    )
  )
    return true;
  for (let k = a; k < b; k++) {
    const key = tokens[k]!.key;
    if (
      key.length >= 6 &&
      INSTITUTION_ENDING.test(key) &&
      !FIRST_NAMES.has(key) &&
      !SURNAMES.has(key)
    )
      return true;
  }
  return false;
}

type Class = 'known' | 'unknown' | 'upper' | 'vocab' | 'none';

const parts = (folded: string) => folded.split(/[-']/).filter((p) => p.length > 1);
const listed = (folded: string) =>
  FIRST_NAMES.has(folded) ||
  SURNAMES.has(folded) ||
  (folded.includes('-') || folded.includes("'")
    ? parts(folded).some((p) => (FIRST_NAMES.has(p) || SURNAMES.has(p)) && !ALLOW_VOCABULARY.has(p))
    : false);
const isCue = (folded: string) =>
  TITLES.has(folded) || ROLES.has(folded) || NAMING_WORDS.has(folded);

function classify(t: Token, allowed: boolean): Class {
  if (allowed || !/\p{L}/u.test(t.text) || /\d/.test(t.text)) return 'none';
  if (!t.cap) return 'none';
  if (isCue(t.key) && !listed(t.key)) return 'vocab';
  if (listed(t.key)) return 'known';
  if (ALLOW_VOCABULARY.has(t.key) || THING_PREFIXES.has(t.key)) return 'vocab';
  // Acronyms: short, or without vowels (NTF, UCRIF is listed by the workspace or vocabulary).
  if (t.upper) return t.text.length >= 4 && /[aeiouy]/.test(t.key) ? 'upper' : 'vocab';
  return t.text.length >= 2 ? 'unknown' : 'none';
}

/** Only spaces (no line break, no punctuation) between two tokens. */
const joined = (text: string, a: Token, b: Token) =>
  /^[ \t\u00a0]{1,2}$/.test(text.slice(a.end, b.start));

/** The cue before token i: a title, role, naming word or form label (skipping articles). */
function cueBefore(text: string, tokens: Token[], i: number): 'strong' | 'weak' | 'thing' | null {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const t = tokens[k]!;
    const gap = text.slice(t.end, tokens[k + 1]!.start);
    if (/\n/.test(gap) && !/^\s*[:\-–]\s*$/.test(gap)) return null;
    if (THING_PREFIXES.has(t.key) && k === i - 1) return 'thing';
    const pair = k > 0 ? `${tokens[k - 1]!.folded} ${t.key}` : '';
    if (WEAK_CUES.has(t.key) || WEAK_CUES.has(pair)) return 'weak';
    if (isCue(t.key) || NAMING_WORDS.has(pair)) return 'strong';
    if (
      !/^(the|la|el|le|l|a|an|of|de|del|su|sa|son|his|her|their|ses|sus|une|un|una|dit|named|[,:])$/.test(
        t.key,
      )
    )
      return null;
  }
  return null;
}

function isTitleCaseLine(text: string, tokens: Token[], i: number): boolean {
  const lineStart = text.lastIndexOf('\n', tokens[i]!.start) + 1;
  const lineEndRaw = text.indexOf('\n', tokens[i]!.start);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  let caps = 0;
  let all = 0;
  for (let k = i; k >= 0 && tokens[k]!.start >= lineStart; k--) {
    all++;
    if (tokens[k]!.cap) caps++;
  }
  for (let k = i + 1; k < tokens.length && tokens[k]!.end <= lineEnd; k++) {
    all++;
    if (tokens[k]!.cap) caps++;
  }
  return all >= 4 && caps / all >= 0.75;
}

export function findNames(input: ScanInput, allowedNames: ReadonlySet<string>): Candidate[] {
  const { text, tokens, allowedTokens } = input;
  const classes = tokens.map((t, i) => classify(t, allowedTokens.has(i)));
  const spans: { a: number; b: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (classes[i] === 'none' || classes[i] === 'vocab') {
      // A capitalised particle opening a name: "El Amrani", "Ben Salah", "Van Dijk".
      const next = tokens[i + 1];
      if (!(
        tokens[i]!.cap &&
        PARTICLES.has(tokens[i]!.folded) &&
        next &&
        classes[i + 1] === 'known' &&
        joined(text, tokens[i]!, next)
      )) {
        i++;
        continue;
      }
    }
    let b = i + 1;
    while (b < tokens.length) {
      const c = classes[b];
      if (
        (c === 'known' || c === 'unknown' || c === 'upper') &&
        joined(text, tokens[b - 1]!, tokens[b]!)
      ) {
        b++;
        continue;
      }
      // particles inside a name: "María de la Cruz", "Ahmed ben Salah", "Pieter van der Berg"
      let p = b;
      while (
        p < tokens.length &&
        p - b < 3 &&
        PARTICLES.has(tokens[p]!.folded) &&
        joined(text, tokens[p - 1]!, tokens[p]!)
      )
        p++;
      if (
        p > b &&
        p < tokens.length &&
        ['known', 'unknown', 'upper'].includes(classes[p]!) &&
        joined(text, tokens[p - 1]!, tokens[p]!)
      ) {
        b = p + 1;
        continue;
      }
      break;
    }
    const run = classes.slice(i, b);
    const cue = cueBefore(text, tokens, i);
    const first = tokens[i]!;
    const known = run.filter((c) => c === 'known').length;
    const nameWords = run.filter((c) => c === 'known' || c === 'unknown' || c === 'upper').length;
    const ambiguousOnly = run.every(
      (c, k) => c !== 'known' || AMBIGUOUS_NAMES.has(tokens[i + k]!.folded),
    );
    let accept = false;
    if (cue === 'thing') accept = false;
    else if (cue === 'strong' && nameWords > 0) accept = true;
    else if (nameWords >= 2 && known >= 1) accept = true;
    else if (nameWords >= 2 && run.includes('upper') && !run.every((c) => c === 'upper'))
      accept = true;
    else if (nameWords >= 2 && !isTitleCaseLine(text, tokens, i))
      accept = !institutional(tokens, i, b);
    else if (nameWords === 1 && known === 1 && !ambiguousOnly && first.text.length >= 3)
      accept = true;
    else if (nameWords === 1 && run[0] === 'unknown' && followedBySpeech(text, tokens, b))
      accept = true;
    if (accept) spans.push({ a: i, b });
    i = b;
  }
  findLowerCaseNames(tokens, classes, spans);
  const found = spans.map(({ a, b }) => ({
    kind: 'person_name' as const,
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
  }));
  const withRepeats = [...found, ...findRepeats(input, spans, classes)];
  return allowedNames.size === 0
    ? withRepeats
    : withRepeats.filter((c) => !isAllowedName(text.slice(c.start, c.end), allowedNames));
}

/** "spoke with blessing okafor": a listed first name followed by a listed name, lower case. */
function findLowerCaseNames(
  tokens: Token[],
  classes: Class[],
  spans: { a: number; b: number }[],
): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const u = tokens[i + 1]!;
    if (
      t.cap ||
      classes[i] !== 'none' ||
      !FIRST_NAMES.has(t.folded) ||
      AMBIGUOUS_NAMES.has(t.folded) ||
      ALLOW_VOCABULARY.has(t.folded)
    )
      continue;
    if (u.cap && classes[i + 1] === 'none') continue;
    if (
      (SURNAMES.has(u.folded) || FIRST_NAMES.has(u.folded)) &&
      !ALLOW_VOCABULARY.has(u.folded) &&
      u.start - t.end <= 2
    ) {
      if (!spans.some((s) => s.a <= i + 1 && s.b > i)) spans.push({ a: i, b: i + 2 });
    }
  }
}

/** Other mentions of a found name's words ("Okafor", "okafor", the first name alone). */
function findRepeats(
  input: ScanInput,
  spans: { a: number; b: number }[],
  classes: Class[],
): Candidate[] {
  const { tokens } = input;
  const words = new Set<string>();
  for (const { a, b } of spans)
    for (let k = a; k < b; k++) {
      const f = tokens[k]!.key;
      if (f.length >= 3 && !ALLOW_VOCABULARY.has(f) && !PARTICLES.has(f) && !AMBIGUOUS_NAMES.has(f))
        words.add(f);
    }
  if (words.size === 0) return [];
  const covered = new Set<number>();
  for (const { a, b } of spans) for (let k = a; k < b; k++) covered.add(k);
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered.has(k) || input.allowedTokens.has(k) || !words.has(tokens[k]!.key)) continue;
    if (classes[k] === 'vocab') continue;
    out.push({ kind: 'person_name', start: tokens[k]!.start, end: tokens[k]!.end });
  }
  return out;
}

/** A found name made only of words of an allowed name (a focal point, a guest). */
function isAllowedName(found: string, allowedNames: ReadonlySet<string>): boolean {
  const words = found
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 0 && !PARTICLES.has(w));
  return words.length > 0 && words.every((w) => allowedNames.has(w));
}
