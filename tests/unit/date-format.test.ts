/**
 * How dates read in the renderer (per language and workspace country) and the renderer's
 * "today" in the workspace's time zone — the same day the core counts with.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  dateLocale,
  dayInputFormat,
  formatDay,
  formatMoment,
  parseDay,
} from '../../renderer/src/components/formatDay';
import {
  currentMonth,
  setWorkspaceCalendar,
  todayIso,
  workspaceDayOf,
} from '../../renderer/src/components/workspaceDay';
import { defaultReplyBy } from '../../renderer/src/components/exports/exportDocuments';

afterEach(() => setWorkspaceCalendar({ timeZone: '', country: '' }));

describe('date formatting per language and country', () => {
  it('Spanish and French read day first, whatever the country', () => {
    expect(dayInputFormat('es', 'US')).toBe('DD/MM/YYYY');
    expect(dayInputFormat('fr', 'US')).toBe('DD/MM/YYYY');
    expect(formatDay('2026-12-05', 'es', 'US')).toBe('5 dic 2026');
    expect(formatDay('2026-12-05', 'fr', '')).toBe('5 déc. 2026');
  });

  it('English reads day first (British style) unless the workspace is in the United States', () => {
    expect(dateLocale('en', 'GH')).toBe('en-GB');
    expect(dateLocale('en', '')).toBe('en-GB');
    expect(dateLocale('en', 'US')).toBe('en-US');
    expect(dayInputFormat('en', 'NG')).toBe('DD/MM/YYYY');
    expect(dayInputFormat('en', 'US')).toBe('MM/DD/YYYY');
    expect(formatDay('2026-12-05', 'en', 'KE')).toBe('5 Dec 2026');
    expect(formatDay('2026-12-05', 'en', 'US')).toBe('Dec 5, 2026');
  });

  it('takes the country from the open workspace when none is given', () => {
    setWorkspaceCalendar({ timeZone: 'UTC', country: 'US' });
    expect(formatDay('2026-01-31', 'en')).toBe('Jan 31, 2026');
    expect(dayInputFormat('en')).toBe('MM/DD/YYYY');
    setWorkspaceCalendar({ timeZone: 'UTC', country: 'PH' });
    expect(formatDay('2026-01-31', 'en')).toBe('31 Jan 2026');
  });

  it('shows an instant in the workspace time zone', () => {
    setWorkspaceCalendar({ timeZone: 'Australia/Brisbane', country: '' });
    expect(formatMoment('2026-06-15T23:30:00Z', 'en')).toBe('16 Jun 2026, 09:30');
    setWorkspaceCalendar({ timeZone: 'America/Los_Angeles', country: 'US' });
    expect(formatMoment('2026-06-15T23:30:00Z', 'en')).toBe('Jun 15, 2026, 4:30 PM');
    expect(formatMoment('not a date', 'en')).toBe('not a date');
  });
});

describe('typed dates', () => {
  it('reads the reader’s pattern and ISO dates, and refuses impossible ones', () => {
    expect(parseDay('05/12/2026', 'DD/MM/YYYY')).toBe('2026-12-05');
    expect(parseDay('5.12.2026', 'DD/MM/YYYY')).toBe('2026-12-05');
    expect(parseDay('12/05/2026', 'MM/DD/YYYY')).toBe('2026-12-05');
    expect(parseDay('2026-12-05', 'DD/MM/YYYY')).toBe('2026-12-05');
    expect(parseDay(' 2026-2-3 ', 'MM/DD/YYYY')).toBe('2026-02-03');
    expect(parseDay('31/02/2026', 'DD/MM/YYYY')).toBeNull();
    expect(parseDay('13/13/2026', 'DD/MM/YYYY')).toBeNull();
    expect(parseDay('05/12/26', 'DD/MM/YYYY')).toBeNull();
    expect(parseDay('December', 'DD/MM/YYYY')).toBeNull();
  });
});

describe('the renderer today', () => {
  const instant = new Date('2026-06-15T23:30:00Z');

  it('is the day in the workspace time zone, not the UTC day', () => {
    setWorkspaceCalendar({ timeZone: 'America/Los_Angeles', country: 'US' });
    expect(todayIso(instant)).toBe('2026-06-15');
    setWorkspaceCalendar({ timeZone: 'UTC', country: '' });
    expect(todayIso(instant)).toBe('2026-06-15');
    setWorkspaceCalendar({ timeZone: 'Australia/Brisbane', country: 'AU' });
    expect(todayIso(instant)).toBe('2026-06-16');
    expect(currentMonth(new Date('2026-06-30T14:00:00Z'))).toBe('2026-07');
  });

  it('dates a past instant (a round closed late in the evening) by the workspace day', () => {
    setWorkspaceCalendar({ timeZone: 'Australia/Brisbane', country: 'AU' });
    expect(workspaceDayOf('2026-06-15T23:30:00Z')).toBe('2026-06-16');
    setWorkspaceCalendar({ timeZone: 'America/Los_Angeles', country: 'US' });
    expect(workspaceDayOf('2026-06-16T03:00:00Z')).toBe('2026-06-15');
    expect(workspaceDayOf('2026-06-16')).toBe('2026-06-16');
  });

  it('counts the default reply date from the workspace day', () => {
    expect(defaultReplyBy('2026-12-25')).toBe('2027-01-08');
  });
});
