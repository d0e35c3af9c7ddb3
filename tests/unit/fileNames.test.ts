/** The one file-name builder: distinct per document type in every language, accents folded. */
import { describe, expect, it } from 'vitest';
import { EXPORT_KINDS, exportFileName, slug } from '../../electron/core/exports/fileNames';

describe('exportFileName', () => {
  it.each(['en', 'es', 'fr'] as const)('gives every document type its own name in %s', (lang) => {
    const names = EXPORT_KINDS.map((kind) => exportFileName(kind, lang, ['Body', 3, '2026-11-03']));
    expect(new Set(names).size).toBe(EXPORT_KINDS.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9.-]+$/);
  });

  it('folds accents instead of splitting letters', () => {
    expect(exportFileName('invitation', 'es', ['Mesa de Coordinación', 1, '2026-12-01'])).toBe(
      'Convocatoria-Mesa-de-Coordinacion-1-2026-12-01.ics',
    );
    expect(exportFileName('minutes', 'fr', ['Comité ñandú'], { restricted: true })).toBe(
      'Proces-verbal-Comite-nandu-restricted.docx',
    );
    expect(slug('  a / b \\ c: ..  ')).toBe('a-b-c-..');
  });
});
