/** The three UI catalogues stay complete: same keys, no empty strings, every error code translated. */
import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';
import fr from '../../renderer/src/i18n/fr.json';
import { ERROR_CODES } from '../../shared/errors';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const catalogues = { en: flatten(en as Tree), es: flatten(es as Tree), fr: flatten(fr as Tree) };

describe('UI translations', () => {
  it('have the same keys in English, Spanish and French', () => {
    const keys = [...catalogues.en.keys()].sort();
    expect([...catalogues.es.keys()].sort()).toEqual(keys);
    expect([...catalogues.fr.keys()].sort()).toEqual(keys);
  });

  it('have no empty strings and are really translated', () => {
    for (const [lang, map] of Object.entries(catalogues)) {
      for (const [key, value] of map) expect(value.trim(), `${lang}:${key}`).not.toBe('');
    }
    const same = [...catalogues.en].filter(([k, v]) => catalogues.es.get(k) === v && v.length > 12);
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('translate every error code that can cross the boundary', () => {
    for (const code of ERROR_CODES) {
      for (const [lang, map] of Object.entries(catalogues)) {
        expect(map.has(`errors.${code}`), `${lang}: errors.${code}`).toBe(true);
      }
    }
  });
});
