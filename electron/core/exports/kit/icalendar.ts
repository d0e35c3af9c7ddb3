/**
 * iCalendar text (RFC 5545) written by hand, because the `ics` library has no TZID: escaped
 * values, quoted parameters, CRLF line ends and lines folded at 75 *octets* of UTF-8 (never
 * inside a character), and a VTIMEZONE built from what Intl knows of an IANA zone.
 */

/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** A parameter value: quoted, without the characters a parameter cannot hold. */
export function icsParam(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

/** One content line folded at 75 octets: continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The whole calendar: folded lines joined with CRLF, ending with CRLF. */
export function icsDocument(lines: string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Offset of `zone` at instant `ms`, in minutes east of UTC. */
function offsetAt(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** "YYYYMMDDTHHMMSS" of a UTC instant shifted by `offset` minutes (a local wall-clock time). */
function localStamp(ms: number, offset: number): string {
  const d = new Date(ms + offset * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

/**
 * VTIMEZONE lines for `zone`, with every offset change of the year before and the year of the
 * meeting (found by scanning days, then to the minute), or one fixed observance if none.
 */
export function vtimezone(zone: string, year: number): string[] {
  const start = Date.UTC(year - 1, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const out = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: string, at: number, from: number, to: number) =>
    out.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      `END:${kind}`,
    );
  const first = offsetAt(zone, start);
  let changes = 0;
  for (let day = start, before = first; day < end; day += 86_400_000) {
    const after = offsetAt(zone, day + 86_400_000);
    if (after === before) continue;
    let lo = day;
    let hi = day + 86_400_000;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    observance(after > before ? 'DAYLIGHT' : 'STANDARD', hi, before, after);
    changes++;
    before = after;
  }
  if (changes === 0) observance('STANDARD', Date.UTC(1970, 0, 1), first, first);
  out.push('END:VTIMEZONE');
  return out;
}
