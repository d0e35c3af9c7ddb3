/**
 * Reads an activity's timeframe as ministries write it — "2º semestre 2026", "Q3 2026",
 * "T1 2027", "2025–2027", "marzo 2026", "31/12/2026", an Excel date, "Permanente" — into a
 * start and end date when it can be read. A bare year (2027) is the whole year, never a date.
 */
import { textKey } from '../../db/sql';
import type { GridCell } from './napGrid';

export interface Span {
  start: string | null;
  end: string | null;
}

const NONE: Span = { start: null, end: null };

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  'january|jan|enero|ene|janvier|janv',
  'february|feb|febrero|fevrier|fevr|fev',
  'march|mar|marzo|mars',
  'april|apr|abril|abr|avril|avr',
  'may|mayo|mai',
  'june|jun|junio|juin',
  'july|jul|julio|juillet|juil',
  'august|aug|agosto|ago|aout',
  'september|sep|sept|septiembre|setiembre|set|septembre',
  'october|oct|octubre|octobre',
  'november|nov|noviembre|novembre',
  'december|dec|diciembre|dic|decembre',
];
MONTH_NAMES.forEach((names, i) => names.split('|').forEach((n) => (MONTHS[n] = i + 1)));

const ORDINALS: Record<string, number> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  primer: 1,
  primero: 1,
  premier: 1,
  first: 1,
  segundo: 2,
  second: 2,
  deuxieme: 2,
  tercer: 3,
  tercero: 3,
  third: 3,
  troisieme: 3,
  cuarto: 4,
  fourth: 4,
  quatrieme: 4,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function months(year: number, from: number, to: number): Span {
  return { start: `${year}-${pad(from)}-01`, end: `${year}-${pad(to)}-${pad(lastDay(year, to))}` };
}

function validDay(year: number, month: number, day: number): Span | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { start: iso, end: iso };
}

/** One side of a range, or a whole timeframe: the span it names, or null. */
function readPart(text: string): Span | null {
  const key = textKey(
    text.replace(/(\d)\s*(º|ª|°|er|nd|rd|st|th|eme|e|o|a)\.?(?=[\s\-–—/]|$)/giu, '$1'),
  );
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(key))) {
    return validDay(+m[1]!, +m[2]!, +m[3]!);
  }
  if ((m = /^(\d{1,2}) (\d{1,2}) (\d{4})$/.exec(key))) return validDay(+m[3]!, +m[2]!, +m[1]!);
  if ((m = /^(\d{1,2}) (?:de )?([a-z]+)\.? (?:de )?(\d{4})$/.exec(key)) && MONTHS[m[2]!]) {
    return validDay(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  }
  if ((m = /^(\d{1,2}) (\d{4})$/.exec(key)) || (m = /^(\d{4}) (\d{1,2})$/.exec(key))) {
    const [month, year] = m[1]!.length === 4 ? [+m[2]!, +m[1]!] : [+m[1]!, +m[2]!];
    return month >= 1 && month <= 12 ? months(year, month, month) : null;
  }
  if (
    (m =
      /^(?:(?:fin|finales|end|fin de|end of|a finales de|hasta)\s+)?(?:de\s+)?([a-z]+) (?:de |del )?(\d{4})$/.exec(
        key,
      )) &&
    MONTHS[m[1]!]
  ) {
    return months(+m[2]!, MONTHS[m[1]!]!, MONTHS[m[1]!]!);
  }
  if (
    (m = /^(?:q|t|trim|trimestre|quarter)\s?([1-4])\s?(?:de |del )?(\d{4})$/.exec(key)) ||
    (m = /^([1-4]|[a-z]+) (?:q|t|trimestre|quarter|trim)\s?(?:de |del )?(\d{4})$/.exec(key))
  ) {
    const q = ORDINALS[m[1]!] ?? Number(m[1]);
    if (q >= 1 && q <= 4) return months(+m[2]!, q * 3 - 2, q * 3);
  }
  if (
    (m = /^(?:s|h|sem|semester|semestre)\s?([12])\s?(?:de |del )?(\d{4})$/.exec(key)) ||
    (m = /^([12]|[a-z]+) (?:s|h|sem|semester|semestre|half)\s?(?:de |del |of )?(\d{4})$/.exec(key))
  ) {
    const h = ORDINALS[m[1]!] ?? Number(m[1]);
    if (h === 1 || h === 2) return months(+m[2]!, h * 6 - 5, h * 6);
  }
  if (
    (m =
      /^(?:ano |year |annee |en |in |during |durante |fin |fin de |finales de |end |end of |a finales de |hasta |before |antes de |avant )?(\d{4})$/.exec(
        key,
      ))
  ) {
    const year = +m[1]!;
    return year >= 1900 && year <= 2100 ? months(year, 1, 12) : null;
  }
  return null;
}

const ONGOING =
  /^(permanente?|continuo|continua|continu|en continu|ongoing|continuous|continuing|recurrent|recurrente|anual|annual|annuel|annuelle|todo el periodo|tout au long du plan|whole period|during the plan|durante la vigencia del plan|a lo largo del plan)$/;

/** Splits "2025–2027", "Q1 2026 - Q4 2027", "enero 2026 a junio 2027", "2025/2027". */
function splitRange(text: string): [string, string] | null {
  const m =
    /^(.+?)\s*(?:–|—|-|\/|\bto\b|\ba\b|\bal\b|\bau\b|\bhasta\b|\bjusqu'?à\b|\buntil\b)\s*(.+)$/iu.exec(
      text.trim(),
    );
  if (!m) return null;
  return [m[1]!.replace(/^(de|del|desde|from|du|de)\s+/i, ''), m[2]!];
}

export function readTimeframeText(raw: string): Span {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || ONGOING.test(textKey(text))) return NONE;
  const whole = readPart(text);
  if (whole) return whole;
  const range = splitRange(text);
  if (range) {
    const right = range[1];
    let left = range[0];
    // "1er-2º semestre 2026", "marzo-junio 2026": the year written once, on the right.
    const year = /\b(19|20)\d{2}\b/.exec(right)?.[0];
    if (year && !/\b(19|20)\d{2}\b/.test(left) && !/^\d{1,2}$/.test(left.trim())) {
      left = `${left} ${year}`;
    } else if (year && /^\d{1,2}\s*(º|ª|°|er|e)?$/u.test(left.trim())) {
      left = right.replace(/^\d{1,2}/, left.trim());
    }
    const from = readPart(left);
    const to = readPart(right);
    if (from && to) return { start: from.start, end: to.end };
  }
  return NONE;
}

/** From a cell: an Excel date is that day (read in UTC, as exceljs gives it), a number 2027 a year. */
export function readTimeframe(cell: GridCell): Span {
  if (cell.value instanceof Date) {
    const iso = cell.value.toISOString().slice(0, 10);
    return { start: iso, end: iso };
  }
  if (typeof cell.value === 'number') {
    return Number.isInteger(cell.value) ? readTimeframeText(String(cell.value)) : NONE;
  }
  return readTimeframeText(cell.text.replace(/\n/g, ' '));
}
