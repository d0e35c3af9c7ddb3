/** Select options for the document/UI languages, each named in its own language. */
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../../../shared/domain/languages';

export const LANGUAGE_OPTIONS = LANGUAGES.map((language) => ({
  value: language,
  label: LANGUAGE_NATIVE_NAMES[language],
}));
