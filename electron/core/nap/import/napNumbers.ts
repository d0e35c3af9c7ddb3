/**
 * Reads numbers as ministries write them in English, Spanish and French: "1.250.000 €",
 * "12,5 %", NBSP or narrow-NBSP thousands, "≥ 40 %", "$2.5M", "1,2 M€", and the words that
 * mean "no value yet" ("n/d", "TBD", "à définir").
 */
import { textKey } from '../../db/sql';
import type { GridCell } from './napGrid';

export interface ReadNumber {
  value: number;
  percent: boolean;
  currency: string;
}

/** null: empty or "no value yet"; 'invalid': text that is not a number. */
export type NumberReading = ReadNumber | null | 'invalid';

const NO_VALUE = new Set([
  'n d',
  'nd',
  'n a',
  'na',
  'tbd',
  'tbc',
  'to be determined',
  'to be defined',
  'pending',
  'unknown',
  's d',
  'sd',
  'sin datos',
  'por definir',
  'por determinar',
  'a definir',
  'pendiente',
  'no disponible',
  'no aplica',
  'nc',
  'n c',
  'non disponible',
  'a determiner',
  'inconnu',
  'sans objet',
  'so',
  'nsp',
  'none',
  'ninguno',
  'aucun',
  'x',
]);
const DASHES = /^[-–—‐]+$/;

const CURRENCIES: [RegExp, string][] = [
  [/€|\beur(os?)?\b/i, 'EUR'],
  [/us\$|\busd\b|\bdollars?\b|\bd[oó]lares\b/i, 'USD'],
  [/£|\bgbp\b/i, 'GBP'],
  [/\bf\s?cfa\b|\bxof\b/i, 'XOF'],
  [/\bxaf\b/i, 'XAF'],
  [/\bmxn\b/i, 'MXN'],
  [/\bcop\b/i, 'COP'],
  [/\bchf\b/i, 'CHF'],
  [/\$/, 'USD'],
];

const MULTIPLIERS: [RegExp, number][] = [
  [/\b(bn|billion|mil millones|milliards?)\b/i, 1e9],
  [/(\d|\s)(m|mn|mio|mill?\.?|millones|millions?|million|m€|meur)(\s|€|\$|$)/i, 1e6],
  [/(\d|\s)(k|mil|miles|k€)(\s|€|\$|$)/i, 1e3],
];

/** "1.250.000" / "1,250,000" / "12,5" / "2.5" / "1 250 000,50" → a number. */
export function parseDecimal(raw: string): number | null {
  let s = raw.replace(/[\s\u00A0\u202F\u2009']/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (dots + commas > 1) {
    const sep = dots > 0 ? '.' : ',';
    if (!new RegExp(`^[+-]?\\d{1,3}(\\${sep}\\d{3})+$`).test(s)) return null;
    s = s.split(sep).join('');
  } else if (dots + commas === 1) {
    const sep = dots > 0 ? '.' : ',';
    const [whole, fraction] = s.split(sep) as [string, string];
    // "1.250" and "1,250" are thousands; "12,5", "2.5" and "0,125" decimals.
    const thousands = fraction.length === 3 && /^[+-]?[1-9]\d{0,2}$/.test(whole);
    s = thousands ? whole + fraction : `${whole}.${fraction}`;
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

export function isNoValue(text: string): boolean {
  const key = textKey(text);
  return key === '' ? DASHES.test(text.trim()) || text.trim() === '' : NO_VALUE.has(key);
}

/** The currency a text names ("€", "USD", "Budget (USD)"), or ''. */
export function currencyOf(text: string): string {
  return CURRENCIES.find(([pattern]) => pattern.test(text))?.[1] ?? '';
}

/** A number from a cell: typed numbers as they are, text in any of the three locales. */
export function readNumber(cell: GridCell): NumberReading {
  if (typeof cell.value === 'number') {
    return {
      value: cell.percent ? round(cell.value * 100) : cell.value,
      percent: cell.percent,
      currency: '',
    };
  }
  const text = cell.text.split('\n')[0]!.trim();
  if (text === '' || isNoValue(text) || isNoValue(cell.text)) return null;
  const match = /[+-]?\d[\d.,\s\u00A0\u202F\u2009']*/.exec(text);
  if (!match) return 'invalid';
  const number = parseDecimal(match[0].trim());
  if (number === null) return 'invalid';
  const rest = (text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length))
    .replace(/[≥≤><~≈±]|approx\.?|aprox\.?|env\.?|environ|al menos|at least|au moins|min\.?/gi, ' ')
    .trim();
  let multiplier = 1;
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(`${match[0]}${rest} `) || pattern.test(` ${rest} `)) {
      multiplier = factor;
      break;
    }
  }
  const percent = /%/.test(rest);
  const currency = currencyOf(rest);
  const leftover = textKey(
    rest
      .replace(/%|€|\$|£/g, ' ')
      .replace(/\b(eur(os?)?|usd|us|gbp|xof|xaf|mxn|cop|chf|f ?cfa|dollars?|d[oó]lares)\b/gi, ' ')
      .replace(
        /\b(bn|billion|mil millones|milliards?|m|mn|mio|mill?|millones|millions?|k|mil|miles)\b/gi,
        ' ',
      ),
  );
  // A number inside a sentence ("3 talleres anuales") is still read: the unit words are kept
  // by the caller; only text with letters before the first digit is refused.
  if (leftover && /[\p{L}]/u.test(text.slice(0, match.index))) return 'invalid';
  return { value: round(number * multiplier), percent, currency };
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** A year written alone (2027) or the first year in a text ("dic. 2027"), else null. */
export function readYear(cell: GridCell): number | null {
  if (cell.value instanceof Date) return cell.value.getUTCFullYear();
  if (typeof cell.value === 'number') {
    return Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2100
      ? cell.value
      : null;
  }
  const match = /\b(19|20)\d{2}\b/.exec(cell.text);
  return match ? Number(match[0]) : null;
}
