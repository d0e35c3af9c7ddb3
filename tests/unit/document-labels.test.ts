/**
 * The words of the exported documents: French strings use typographic apostrophes (’) and a
 * no-break space before the colon; French times read "10 h" / "10 h 30"; the one date style.
 */
import { describe, expect, it } from 'vitest';
import { RESTRICTED_BAND } from '../../electron/core/exports/kit/documentLanguage';
import { formatDate, formatTime, LABELS } from '../../electron/core/exports/kit/labels';
import { recordLabels } from '../../electron/core/exports/recordLabels';
import { STANDING_TITLES } from '../../shared/domain/agendaTemplate';

/** Every string a label set can print: strings as they are, functions called with samples. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const call = (...args: unknown[]) => {
      try {
        return (value as (...a: unknown[]) => unknown)(...args);
      } catch {
        return null; // a label that takes other arguments (e.g. a list)
      }
    };
    return [call('X', 'Y', 'Z', 'W'), call(3, 2, true), call(['X', 'Y'])].flatMap(strings);
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('document labels', () => {
  it('French strings use typographic apostrophes only', () => {
    const all = [
      ...strings(LABELS.fr),
      ...strings(recordLabels('fr')),
      RESTRICTED_BAND.fr,
      ...Object.values(STANDING_TITLES.fr),
    ];
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((s) => s.includes("'"))).toEqual([]);
    expect(LABELS.fr.noDecisions).toBe('Aucune décision n’a été prise.');
    expect(LABELS.fr.colon).toBe('\u00a0: ');
  });

  it('French times read "10 h" and "10 h 30"; English and Spanish keep 10:00', () => {
    expect(formatTime('10:00', 'fr')).toBe('10\u00a0h');
    expect(formatTime('09:05', 'fr')).toBe('9\u00a0h\u00a005');
    expect(formatTime('12:30', 'fr')).toBe('12\u00a0h\u00a030');
    expect(formatTime('10:00', 'en')).toBe('10:00');
    expect(formatTime('10:30', 'es')).toBe('10:30');
    expect(formatTime('', 'fr')).toBe('');
  });

  it('dates have one style per language, with the full month name', () => {
    expect(formatDate('2026-09-11', 'en')).toBe('11 September 2026');
    expect(formatDate('2026-09-11', 'es')).toBe('11 de septiembre de 2026');
    expect(formatDate('2026-09-11', 'fr')).toBe('11 septembre 2026');
  });
});
