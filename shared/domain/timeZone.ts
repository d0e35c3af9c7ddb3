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
