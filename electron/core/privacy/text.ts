/**
 * Text helpers of the privacy detector: accent folding and a tokenizer that keeps UTF-16
 * offsets into the original text, so every finding points at what the user typed.
 */

export interface Token {
  text: string;
  /** Lower-case, accent-free form used for lexicon look-ups. */
  folded: string;
  /** `folded` without a leading elision (l', d', qu'): the form looked up in lexicons. */
  key: string;
  start: number;
  end: number;
  /** First letter upper-case (Blessing, Al-Hassan, N'Diaye). */
  cap: boolean;
  /** All letters upper-case, at least two of them (POPESCU, UNODC). */
  upper: boolean;
  /** First word of a sentence, a line or a list item. */
  sentenceStart: boolean;
}

const NON_ASCII_OR_BACKTICK = /[^\x20-\x5f\x61-\x7e]/;

export function fold(text: string): string {
  // Fast path: plain ASCII (most words of most minutes) needs no decomposition.
  if (!NON_ASCII_OR_BACKTICK.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'");
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t)'(?=\p{L}{2})/u;
const SENTENCE_BREAK = /[.!?:;\n•*·"«“(\]]\s*$|^\s*-\s+$|\n\s*-\s*$/;

interface WordShape {
  folded: string;
  key: string;
  cap: boolean;
  upper: boolean;
}

/** The folded forms and case of a word, computed once per distinct word of a text. */
function shapeOf(value: string): WordShape {
  const folded = fold(value);
  const cap = UPPER_START.test(value);
  let upper = false;
  if (cap && !HAS_LOWER.test(value)) upper = (value.match(LETTERS)?.length ?? 0) >= 2;
  return { folded, key: folded.includes("'") ? folded.replace(ELISION, '') : folded, cap, upper };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const shapes = new Map<string, WordShape>();
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const value = m[0];
    let shape = shapes.get(value);
    if (!shape) {
      shape = shapeOf(value);
      shapes.set(value, shape);
    }
    let sentenceStart = tokens.length === 0;
    if (!sentenceStart && start - prevEnd !== 1) {
      sentenceStart = SENTENCE_BREAK.test(text.slice(prevEnd, start));
    } else if (!sentenceStart) {
      // One character between: a space never starts a sentence; a break character does.
      const c = text[prevEnd]!;
      sentenceStart = c !== ' ' && SENTENCE_BREAK.test(c);
    }
    tokens.push({
      text: value,
      folded: shape.folded,
      key: shape.key,
      start,
      end: start + value.length,
      cap: shape.cap,
      upper: shape.upper,
      sentenceStart,
    });
    prevEnd = start + value.length;
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of `words` (folded, single tokens or phrases) occurs in tokens [from, to). */
export function windowHas(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  const lo = Math.max(0, from);
  const hi = Math.min(tokens.length, to);
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!.key;
    if (words.has(t)) return true;
    const next = tokens[i + 1];
    if (next && i + 1 < hi && words.has(`${t} ${next.key}`)) return true;
  }
  return false;
}
