/** iCalendar text: octet folding that never splits a character, and VTIMEZONE from Intl. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, icsDocument, vtimezone } from '../../electron/core/exports/kit/icalendar';

describe('icalendar', () => {
  it('folds at 75 octets of UTF-8 without splitting a character', () => {
    const line = `DESCRIPTION:${'Coordinación é ñ 🙂 '.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('describes a zone with summer time, read back by ical.js', () => {
    const text = icsDocument([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...vtimezone('Europe/Madrid', 2026),
      'END:VCALENDAR',
    ]);
    const zone = new ICAL.Timezone(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!,
    );
    const summer = ICAL.Time.fromData({ year: 2026, month: 7, day: 1, hour: 10, minute: 0 }, zone);
    const winter = ICAL.Time.fromData({ year: 2026, month: 12, day: 1, hour: 10, minute: 0 }, zone);
    expect(summer.toUnixTime()).toBe(Date.UTC(2026, 6, 1, 8) / 1000);
    expect(winter.toUnixTime()).toBe(Date.UTC(2026, 11, 1, 9) / 1000);
    expect(text).toContain('DTSTART:20260329T020000');
    expect(text).toContain('DTSTART:20261025T030000');
  });
});
