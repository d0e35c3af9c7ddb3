/**
 * The reply state the response tracker shows per agency: returned wins; a closed round's
 * missing forms are "not returned" rather than late or awaited; otherwise late or awaited as
 * the core says.
 */
import { describe, expect, it } from 'vitest';
import { replyState } from '../../renderer/src/components/roundTrip/replyState';

describe('reply state', () => {
  it('tells returned, late, awaited and not returned apart', () => {
    const at = '2026-12-03T10:00:00.000Z';
    expect(replyState({ returnedAt: at, late: false })).toBe('returned');
    expect(replyState({ returnedAt: at, late: false }, true)).toBe('returned');
    expect(replyState({ returnedAt: null, late: true })).toBe('late');
    expect(replyState({ returnedAt: null, late: false })).toBe('waiting');
    expect(replyState({ returnedAt: null, late: true }, true)).toBe('missed');
    expect(replyState({ returnedAt: null, late: false }, true)).toBe('missed');
  });
});
