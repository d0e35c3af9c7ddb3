/**
 * Street addresses (a street with a house number; a city or a country alone is not personal
 * data) and vehicle plates (distinctive national formats, others only near a vehicle word).
 */
import { VEHICLE_WORDS } from '../lexicon/contextWords';
import { tokenAt, windowHas, matches } from '../text';
import type { Candidate, ScanInput } from './types';

/** Street types in either case: "Close" or "close", "C/" or "c/". */
const ci = (types: string) =>
  types.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
const NAME_WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}'’.-]*";
const LINK =
  "(?:\\s+(?:de|del|de la|de los|de las|du|de l'|des|d'|la|le|les|the|of|y|et)\\s*|\\s+|-)";
const STREET_NAME = `(?:(?:de la|de l'|du|des|de|d'|del|de los|de las)\\s*)?${NAME_WORD}(?:${LINK}${NAME_WORD}){0,5}`;
const ES_TYPES = ci(
  'calle|c/|avda\\.?|avenida|av\\.|plaza|pza\\.?|paseo|p[º°]|camino|carretera|ctra\\.?|ronda|traves[ií]a|glorieta|urbanizaci[oó]n|urb\\.|pasaje|barrio|carrera|cra\\.?|diagonal|jir[oó]n',
);
const FR_TYPES = ci(
  'rue|avenue|av\\.|boulevard|bd|bld|blvd|all[ée]e|impasse|place|chemin|route|quai|cours|square|passage|r[ée]sidence|cit[ée]|lotissement|faubourg',
);
const EN_TYPES = ci(
  'street|st\\.?|road|rd\\.?|avenue|ave\\.?|lane|ln\\.?|close|drive|dr\\.?|way|crescent|place|terrace|court|ct\\.?|grove|gardens|square|boulevard|blvd|hill|park|row|mews|walk|estate',
);
const EE_TYPES = ci('rruga|strada|str\\.|bulevardul|bd\\.|vul\\.|vulytsia|ulitsa|ul\\.|ulica');
const POSTCODE =
  '(?:,?\\s*(?:\\d{5}|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})(?:\\s+\\p{Lu}[\\p{L}-]+)?)?';
const FLOOR =
  '(?:,?\\s*(?:\\d{1,2}\\s?[º°ªo]\\.?\\s?[A-Za-z0-9]?|izda\\.?|dcha\\.?|izq\\.?|bajo|piso\\s+\\d+|puerta\\s+\\w+|apt\\.?\\s*\\w+|flat\\s+\\w+|bâtiment\\s+\\w+|[ée]tage\\s+\\d+))*';

const ADDRESS = new RegExp(
  [
    // calle Mayor 12 / c/ San Bernardo, nº 4, 2º B / Rruga e Durrësit 45 / strada Lalelelor nr. 7
    `(?<![\\p{L}])(?:${ES_TYPES}|${EE_TYPES})\\s+(?:de\\s+(?:la\\s+|los\\s+|las\\s+)?|del\\s+|e\\s+)?${STREET_NAME},?\\s*(?:n[º°o]?\\.?|nr\\.?|núm\\.?|num\\.?)?\\s*\\d{1,4}(?:\\s?[A-Za-z](?![\\p{L}]))?${FLOOR}${POSTCODE}`,
    // 12 rue de la Paix, 75002 Paris / 14 bis avenue Jean Jaurès
    `(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter|[A-Za-z](?![\\p{L}])))?,?\\s+(?:${FR_TYPES})\\s+${STREET_NAME}${POSTCODE}`,
    // 221B Baker Street, London NW1 6XE
    `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?,?\\s+(?:${NAME_WORD}\\s+){1,4}(?:${EN_TYPES})(?![\\p{L}])${POSTCODE}`,
  ].join('|'),
  'gu',
);

export function findAddresses(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ADDRESS, input.text)) {
    const value = m[0].replace(/[\s,.]+$/, '');
    out.push({ kind: 'address', start: m.index, end: m.index + value.length });
  }
  return out;
}

/** Formats distinctive enough to need no context: ES 1234 BCD, FR AB-123-CD, UK AB12 CDE. */
const PLATE_STRONG =
  /(?<![\p{L}\p{N}])(?:\d{4}[\s-]?[BCDFGHJKLMNPRSTVWXYZ]{3}|[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}|[A-Z]{2}\d{2}\s[A-Z]{3})(?![\p{L}\p{N}])/gu;
/** Other plates (RO B 123 ABC, BG CA 1234 AB, old ES M-1234-XY, DE B-AB 1234…) near a vehicle word. */
const PLATE_WEAK =
  /(?<![\p{L}\p{N}])(?=[A-Z0-9\s-]{0,19}\d)(?=[A-Z0-9\s-]{0,19}[A-Z])[A-Z0-9]{1,4}(?:[\s-]?[A-Z0-9]{1,4}){1,3}(?![\p{L}\p{N}])/gu;

export function findPlates(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = input;
  for (const m of matches(PLATE_STRONG, text)) {
    if (
      /^(?:19|20)\d{2}/.test(m[0]) &&
      !windowHas(tokens, tokenAt(tokens, m.index) - 6, tokenAt(tokens, m.index), VEHICLE_WORDS)
    )
      continue;
    out.push({ kind: 'vehicle_plate', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matches(PLATE_WEAK, text)) {
    const compact = m[0].replace(/[\s-]/g, '');
    if (compact.length < 5 || compact.length > 9) continue;
    const i = tokenAt(tokens, m.index);
    if (windowHas(tokens, i - 5, i, VEHICLE_WORDS))
      out.push({ kind: 'vehicle_plate', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
