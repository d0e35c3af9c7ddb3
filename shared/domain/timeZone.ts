/** IANA time zones, checked and resolved with Intl (no time-zone database of our own). */

/**
 * Names already asked about. Building an Intl.DateTimeFormat to test a name costs about as much
 * as a small read, and every read that needs "today" asks, so answers are kept (a few at most:
 * the workspace's zone, UTC, what someone typed in the settings form).
 */
const KNOWN_ZONES = new Map<string, boolean>();
const KNOWN_ZONES_MAX = 64;

/** True for a name Intl knows, e.g. "Europe/Madrid" or "UTC". */
export function isTimeZone(name: string): boolean {
  const known = KNOWN_ZONES.get(name);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    valid = name.trim() === name && name.length > 0;
  } catch {
    valid = false;
  }
  if (KNOWN_ZONES.size >= KNOWN_ZONES_MAX) KNOWN_ZONES.clear();
  KNOWN_ZONES.set(name, valid);
  return valid;
}

let machineZone: { tz: string | undefined; zone: string } | null = null;

/** The TZ variable where there is one (Node, when it sets the zone); undefined in a browser. */
function tzVariable(): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env.TZ;
}

/**
 * This computer's time zone ("UTC" if Intl cannot tell). Read again only when TZ changes: the
 * JavaScript engine keeps the zone it found at start-up and looks again only then.
 */
export function machineTimeZone(): string {
  const tz = tzVariable();
  if (machineZone?.tz !== tz || machineZone === null) {
    machineZone = { tz, zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
  }
  return machineZone.zone;
}

/** The zone to use: the workspace setting, or this computer's when it is empty. */
export function effectiveTimeZone(setting: string): string {
  return setting && isTimeZone(setting) ? setting : machineTimeZone();
}

/**
 * Per zone: its day formatter, and the last answer with the second it was asked in (zone offsets
 * are whole seconds, so a day always starts on one).
 */
const DAYS = new Map<string, { format: Intl.DateTimeFormat; second: number; day: string }>();

/**
 * The calendar day (YYYY-MM-DD) that `now` falls on in `timeZone` — the one "today" of the
 * product: the core and the renderer both decide overdue, future and due-soon with it, in the
 * workspace's effective time zone (an unknown zone counts as UTC).
 */
export function todayIn(timeZone: string, now: Date): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  // Every read that needs "today" asks, many times a second; the day changes once a day.
  const second = Math.floor(now.getTime() / 1000);
  let known = DAYS.get(zone);
  if (known?.second === second) return known.day;
  known ??= {
    format: new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }),
    second: Number.NaN,
    day: '',
  };
  const parts = known.format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  DAYS.set(zone, { format: known.format, second, day });
  return day;
}
