/**
 * What the kit declares about a document's language and handling: the Word language tag (so
 * Word spell-checks Spanish as Spanish and screen readers pick the right voice) and the band
 * printed on every page of a version that contains restricted items.
 */
import type { Language } from '../../../../shared/domain/languages';

/** BCP 47 tags written as `w:lang` in the document defaults and every style. */
export const LANGUAGE_TAG: Record<Language, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR' };

/** The band on every page (header, footer) and on the title page of a restricted version. */
export const RESTRICTED_BAND: Record<Language, string> = {
  en: 'RESTRICTED — contains restricted items; do not forward',
  es: 'RESERVADO — contiene puntos reservados; no reenviar',
  fr: 'DIFFUSION RESTREINTE — contient des points restreints ; ne pas transférer',
};

/** The word added to a restricted version's file name (kept ASCII for every language). */
export const RESTRICTED_SUFFIX = 'restricted';
