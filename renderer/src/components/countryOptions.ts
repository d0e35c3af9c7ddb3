/**
 * Countries for the country pickers: ISO 3166-1 alpha-2 codes with their names in the UI
 * language, from the maintained `i18n-iso-countries` dataset (registered in
 * shared/domain/places.ts), and the search the picker runs over them. A search matches the
 * name in the UI language, its aliases, the names in the other two languages (a French user
 * typing "Nigeria" finds Nigéria) and the code; accents and case do not matter.
 */
import countries from 'i18n-iso-countries';
import { countryName, type PlaceLanguage } from '../../../shared/domain/places';
import { textKey } from '../../../shared/domain/textKey';

const LANGUAGES: PlaceLanguage[] = ['en', 'es', 'fr'];

export interface CountryOption {
  value: string;
  label: string;
  /** Every name and the code, folded for search. */
  search: string;
}

export function placeLanguage(language: string): PlaceLanguage {
  const base = language.slice(0, 2).toLowerCase();
  return base === 'es' || base === 'fr' ? base : 'en';
}

/** Lower case, no accents, punctuation as spaces: "Côte d’Ivoire" → "cote d ivoire". */
const foldSearch = textKey;

const cache = new Map<PlaceLanguage, CountryOption[]>();

/** Every country, named in `language` and sorted by that name. */
export function countryOptions(language: string): CountryOption[] {
  const lang = placeLanguage(language);
  const cached = cache.get(lang);
  if (cached) return cached;
  countryName('FR', lang); // makes sure places.ts registered the three languages
  const all = LANGUAGES.map((l) => countries.getNames(l, { select: 'all' }));
  const options = Object.keys(countries.getAlpha2Codes())
    .map((code) => {
      const names = all.flatMap((byCode) => byCode[code] ?? []);
      return {
        value: code,
        label: countryName(code, lang),
        search: foldSearch([code, ...names].join(' | ')),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  cache.set(lang, options);
  return options;
}

/**
 * The options a query finds: the exact code first, then names that start with the query,
 * then names that contain it.
 */
export function searchCountries(options: CountryOption[], query: string): CountryOption[] {
  const folded = foldSearch(query);
  if (!folded) return options;
  const code = folded.toUpperCase();
  const exact: CountryOption[] = [];
  const starts: CountryOption[] = [];
  const contains: CountryOption[] = [];
  for (const option of options) {
    if (option.value === code) exact.push(option);
    else if (foldSearch(option.label).startsWith(folded)) starts.push(option);
    else if (option.search.includes(folded)) contains.push(option);
  }
  return [...exact, ...starts, ...contains];
}
