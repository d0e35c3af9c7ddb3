/**
 * Dates of birth and exact ages. A date is personal data only next to a birth word (meeting
 * dates and deadlines are not); an age only when it is attached to a person's name.
 */
import { AGE_WORDS, BIRTH_WORDS } from '../lexicon/contextWords';
import { tokenAt, windowHas, matches } from '../text';
import type { Candidate, ScanInput } from './types';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janv|f[ée]vr?|avr|juil|d[ée]c';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|°)?';
const YEAR = '(?:19|20)\\d{2}';
const DATE = new RegExp(
  [
    `(?<![\\p{N}/.-])${DAY}[/.\\-]${'(?:1[0-2]|0?[1-9])'}[/.\\-](?:${YEAR}|\\d{2})(?![\\p{N}/.-]*\\d)`,
    `(?<![\\p{N}])${YEAR}-(?:1[0-2]|0[1-9])-(?:[12]\\d|3[01]|0[1-9])(?!\\p{N})`,
    `(?<![\\p{N}])${DAY}\\s+(?:de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+|del\\s+)?${YEAR}(?!\\p{N})`,
    `(?<![\\p{L}])(?:${MONTHS})\\.?\\s+${DAY},?\\s+${YEAR}(?!\\p{N})`,
  ].join('|'),
  'giu',
);
const AGE =
  /(?<![\p{L}\p{N}])(?:(?:aged|age|edad(?: de)?|âg[ée]e?(?: de)?)\s+\d{1,2}|\d{1,2}\s*(?:years?[\s-]old|year-old|yrs?|y\/o|años|anos|ans))(?![\p{L}\p{N}])|\(\s*\d{1,2}\s*\)/giu;

export function findBirthDates(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = input;
  for (const m of matches(DATE, text)) {
    const i = tokenAt(tokens, m.index);
    const j = tokenAt(tokens, m.index + m[0].length);
    if (windowHas(tokens, i - 6, i, BIRTH_WORDS) || windowHas(tokens, j, j + 2, BIRTH_WORDS))
      out.push({ kind: 'date_of_birth', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Exact ages within a few words of a found name ("Blessing O., 17 years old"). */
export function findAges(input: ScanInput, names: readonly Candidate[]): Candidate[] {
  if (names.length === 0) return [];
  const out: Candidate[] = [];
  const { text, tokens } = input;
  for (const m of matches(AGE, text)) {
    if (m[0].startsWith('(') && !AGE_WORDS.size) continue;
    const i = tokenAt(tokens, m.index);
    const near = names.some((n) => {
      const a = tokenAt(tokens, n.start);
      const b = tokenAt(tokens, n.end);
      return (i >= b && i - b <= 4) || (a > i && a - i <= 5);
    });
    if (near) out.push({ kind: 'date_of_birth', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export { AGE_WORDS };
