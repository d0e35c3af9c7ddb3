/** IANA time zones, checked and resolved with Intl (no time-zone database of our own). */

/** True for a name Intl knows, e.g. "Europe/Madrid" or "UTC". */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.trim() === name && name.length > 0;
  } catch {
    return false;
  }
}

/** This computer's time zone ("UTC" if Intl cannot tell). */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone to use: the workspace setting, or this computer's when it is empty. */
export function effectiveTimeZone(setting: string): string {
  return setting && isTimeZone(setting) ? setting : machineTimeZone();
}

const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) that `now` falls on in `timeZone` — the one "today" of the
 * product: the core and the renderer both decide overdue, future and due-soon with it, in the
 * workspace's effective time zone (an unknown zone counts as UTC).
 */
export function todayIn(timeZone: string, now: Date): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  let format = DAY_FORMATS.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DAY_FORMATS.set(zone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
