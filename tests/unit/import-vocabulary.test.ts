/** The import understands the labels the app itself shows (EN/ES/FR), so exported lists re-import. */
import { describe, expect, it } from 'vitest';
import {
  FOCAL_ROLE_WORDS,
  LEVEL_WORDS,
  MEMBERSHIP_WORDS,
  PILLAR_ROLE_WORDS,
  SECTOR_WORDS,
  parseKind,
  parseWord,
} from '../../electron/core/agencies/import/importFields';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';
import fr from '../../renderer/src/i18n/fr.json';

const catalogues = { en, es, fr };

describe('import vocabulary', () => {
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    it(`reads every ${lang} label of kinds, sectors, levels, membership and roles`, () => {
      const v = catalogue.vocab;
      for (const [code, label] of Object.entries(v.agencyKinds))
        expect(parseKind(label), label).toBe(code);
      for (const [code, label] of Object.entries(v.sectors))
        expect(parseWord(label, SECTOR_WORDS), label).toBe(code);
      for (const [code, label] of Object.entries(v.levels))
        expect(parseWord(label, LEVEL_WORDS), label).toBe(code);
      for (const [code, label] of Object.entries(v.membership))
        expect(parseWord(label, MEMBERSHIP_WORDS), label).toBe(code);
      expect(parseWord(v.pillarRoles.lead, PILLAR_ROLE_WORDS)).toBe('lead');
      expect(parseWord(v.pillarRoles.support, PILLAR_ROLE_WORDS)).toBe('support');
      for (const [code, label] of Object.entries(v.focalPointRoles)) {
        expect(parseWord(label, FOCAL_ROLE_WORDS), label).toBe(code);
      }
    });
  }
});
