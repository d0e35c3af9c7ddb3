/** The one "today" of the product: the calendar day in the workspace's time zone. */
import { describe, expect, it } from 'vitest';
import { effectiveTimeZone, todayIn } from '../../shared/domain/timeZone';

const at = (iso: string) => new Date(iso);

describe('todayIn', () => {
  it('in Los Angeles (UTC−7 in June) the evening is still the local day while UTC has moved on', () => {
    // 23:30 UTC on 15 June = 16:30 in Los Angeles, same day.
    expect(todayIn('America/Los_Angeles', at('2026-06-15T23:30:00Z'))).toBe('2026-06-15');
    // 06:59 UTC on 16 June = 23:59 on 15 June in Los Angeles.
    expect(todayIn('America/Los_Angeles', at('2026-06-16T06:59:00Z'))).toBe('2026-06-15');
    // 07:00 UTC on 16 June = midnight, 16 June.
    expect(todayIn('America/Los_Angeles', at('2026-06-16T07:00:00Z'))).toBe('2026-06-16');
  });

  it('in winter Los Angeles is UTC−8: the day turns at 08:00 UTC', () => {
    expect(todayIn('America/Los_Angeles', at('2026-12-06T07:59:59Z'))).toBe('2026-12-05');
    expect(todayIn('America/Los_Angeles', at('2026-12-06T08:00:00Z'))).toBe('2026-12-06');
  });

  it('in UTC the day turns at midnight UTC', () => {
    expect(todayIn('UTC', at('2026-06-15T23:59:59Z'))).toBe('2026-06-15');
    expect(todayIn('UTC', at('2026-06-16T00:00:00Z'))).toBe('2026-06-16');
  });

  it('in Brisbane (UTC+10) the local day starts at 14:00 UTC of the day before', () => {
    expect(todayIn('Australia/Brisbane', at('2026-06-15T13:59:59Z'))).toBe('2026-06-15');
    expect(todayIn('Australia/Brisbane', at('2026-06-15T14:00:00Z'))).toBe('2026-06-16');
    expect(todayIn('Australia/Brisbane', at('2026-12-31T14:30:00Z'))).toBe('2027-01-01');
  });

  it('asked again within the same second it answers the same; a second later, the new day', () => {
    expect(todayIn('UTC', at('2026-06-15T23:59:59.100Z'))).toBe('2026-06-15');
    expect(todayIn('UTC', at('2026-06-15T23:59:59.900Z'))).toBe('2026-06-15');
    expect(todayIn('UTC', at('2026-06-16T00:00:00.000Z'))).toBe('2026-06-16');
    // Another zone asked in the same second keeps its own day.
    expect(todayIn('Australia/Brisbane', at('2026-06-16T00:00:00.000Z'))).toBe('2026-06-16');
    expect(todayIn('America/Los_Angeles', at('2026-06-16T00:00:00.500Z'))).toBe('2026-06-15');
    // Going back in time (a test clock, a corrected system clock) is not served from the cache.
    expect(todayIn('UTC', at('2026-06-15T12:00:00Z'))).toBe('2026-06-15');
  });

  it('an unknown zone counts as UTC; an empty setting means this computer', () => {
    expect(todayIn('Nowhere/Atlantis', at('2026-06-15T23:30:00Z'))).toBe('2026-06-15');
    expect(todayIn('', at('2026-06-16T00:30:00Z'))).toBe('2026-06-16');
    expect(effectiveTimeZone('Australia/Brisbane')).toBe('Australia/Brisbane');
    expect(effectiveTimeZone('')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
