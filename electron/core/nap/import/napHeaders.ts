/**
 * Recognises a NAP matrix's columns from their English, Spanish or French header names, finds
 * the header row under a title block, and picks the matrix sheet among cover, instructions and
 * lookup sheets.
 */
import { NAP_FIELDS, type NapField } from '../../../../shared/domain/nap';
import type { NapMapping } from '../../../../shared/contract/nap';
import { textKey } from '../../db/sql';
import type { Grid } from './napGrid';
import { NAP_HEADER_ALIASES as ALIASES } from './napHeaderAliases';

const YEAR_IN_HEADER = /\b(19|20)\d{2}\b/;

/** Each field's aliases, padded with spaces to find them as whole words inside a header. */
const PADDED = Object.fromEntries(
  NAP_FIELDS.map((f) => [f, ALIASES[f].filter((a) => a.length >= 3).map((a) => ` ${a} `)]),
) as Record<NapField, string[]>;
const EXACT = Object.fromEntries(NAP_FIELDS.map((f) => [f, new Set(ALIASES[f])])) as Record<
  NapField,
  Set<string>
>;

/** How well one header name fits a field: exact alias ≫ alias as whole words inside it. */
function fieldScore(key: string, field: NapField): number {
  const bare = key.replace(YEAR_IN_HEADER, '').replace(/\s+/g, ' ').trim();
  if (EXACT[field].has(key) || EXACT[field].has(bare)) return 1000;
  const padded = ` ${key} `;
  let best = 0;
  for (const alias of PADDED[field]) {
    if (alias.length - 2 > best && padded.includes(alias)) best = alias.length - 2;
  }
  return best;
}

/** Of "Meta 2026 | Meta 2027 | Meta 2028", the final target; of several baselines, the first. */
function yearPreference(field: NapField, key: string): number {
  const year = headerYear(key);
  if (year === null) return 0;
  if (field === 'target') return (year - 1900) / 1000;
  if (field === 'baseline') return (2100 - year) / 1000;
  return 0;
}

/** Field → column, each column used once, the best fits first. */
export function suggestNapMapping(headers: string[], hidden: boolean[] = []): NapMapping {
  const keys = headers.map((h) => (/^\s*(#|n\.?º|n°)\s*$/iu.test(h) ? 'no' : textKey(h)));
  const pairs: { field: NapField; column: number; score: number }[] = [];
  keys.forEach((key, column) => {
    if (!key || hidden[column] || key.length > 80) return;
    for (const field of NAP_FIELDS) {
      const score = fieldScore(key, field);
      if (score > 0) pairs.push({ field, column, score: score + yearPreference(field, key) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: NapMapping = {};
  const used = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  for (const field of NAP_FIELDS) mapping[field] ??= null;
  return mapping;
}

/** A year written in a header ("Meta 2027", "Línea base 2023"): the default year of its values. */
export function headerYear(header: string): number | null {
  const match = YEAR_IN_HEADER.exec(header);
  return match ? Number(match[0]) : null;
}

const CORE: NapField[] = ['activity', 'indicator', 'lead', 'objective', 'pillar'];

/** How much a row looks like the matrix's header: fields recognised, the core ones weighing more. */
function headerScore(headers: string[], hidden: boolean[]): number {
  const mapping = suggestNapMapping(headers, hidden);
  let score = 0;
  for (const field of NAP_FIELDS) {
    if (mapping[field] === null || mapping[field] === undefined) continue;
    score += CORE.includes(field) ? 3 : 1;
  }
  const mapped = NAP_FIELDS.filter((f) => mapping[f] !== null).length;
  return mapped >= 2 ? score : 0;
}

const SUB_HEADER = new Set([
  'valor',
  'value',
  'valeur',
  'ano',
  'year',
  'annee',
  'fecha',
  'date',
  'unidad',
  'unit',
  'unite',
  'importe',
  'amount',
  'montant',
  'fuente',
  'source',
  'moneda',
  'currency',
  'devise',
  'meta',
  'target',
  'cible',
  'linea base',
  'baseline',
  'inicio',
  'fin',
  'start',
  'end',
  'debut',
]);

/** Row texts, with a second header line ("Valor | Año" under a merged "Línea base") joined in. */
export function headerTexts(
  grid: Grid,
  headerRow: number,
): { headers: string[]; dataFrom: number } {
  const top = (grid.rows[headerRow - 1] ?? []).map((c) => c.text);
  const below = (grid.rows[headerRow] ?? []).map((c) => c.text);
  // Cells merged down from the top line repeat it: only the others count.
  const own = below.filter((t, i) => t !== '' && t !== top[i]);
  const subs = own.filter((t) => SUB_HEADER.has(textKey(t))).length;
  const filled = own.length;
  if (subs >= 2 && subs * 2 >= filled) {
    const headers = top.map((t, i) => {
      const sub = below[i] ?? '';
      return sub && sub !== t ? `${t} ${sub}`.trim() : t;
    });
    return { headers, dataFrom: headerRow + 2 };
  }
  return { headers: top, dataFrom: headerRow + 1 };
}

const HEADER_SEARCH_ROWS = 30;

/** The most header-like row of the first rows, and its score (0: none). */
const detected = new WeakMap<Grid, { headerRow: number; score: number }>();

export function detectHeaderRow(grid: Grid): { headerRow: number; score: number } {
  const known = detected.get(grid);
  if (known) return known;
  let best = { headerRow: 1, score: 0 };
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= limit; r++) {
    const texts = grid.rows[r - 1]!.filter((c) => c.text !== '' && c.value === null);
    if (texts.length < 2) continue;
    const score = headerScore(headerTexts(grid, r).headers, grid.hiddenColumns);
    if (score > best.score) best = { headerRow: r, score };
  }
  detected.set(grid, best);
  return best;
}

/** The matrix sheet: the visible sheet whose header fits best, then the one with most rows. */
export function chooseSheet(grids: Grid[]): Grid {
  const visible = grids.filter((g) => !g.hidden);
  const candidates = visible.length > 0 ? visible : grids;
  let best = candidates[0]!;
  let bestScore = -1;
  for (const grid of candidates) {
    const { score } = detectHeaderRow(grid);
    const filled = grid.rows.filter((r) => r.some((c) => c.text !== '')).length;
    const total = score * 10_000 + Math.min(filled, 9999);
    if (total > bestScore) {
      best = grid;
      bestScore = total;
    }
  }
  return best;
}
