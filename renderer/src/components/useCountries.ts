/**
 * Country names and Select data for the case, cooperation, agreement and dashboard screens,
 * in the UI language: the same maintained dataset as the country picker
 * (components/countryOptions.ts, i18n-iso-countries), so a code reads the same everywhere.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, searchCountries } from './countryOptions';

/** A country-name function, Select data sorted by name, and the picker's search. */
export function useCountries() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const all = countryOptions(language);
    const byCode = new Map(all.map((o) => [o.value, o.label]));
    const nameOf = (code: string) => (code ? (byCode.get(code.toUpperCase()) ?? code) : '');
    const options = all.map(({ value, label }) => ({ value, label }));
    /** For a Mantine Select/MultiSelect `filter`: names in the three languages and codes. */
    const filter = ({ search }: { search: string }) =>
      searchCountries(all, search).map(({ value, label }) => ({ value, label }));
    return { nameOf, options, filter };
  }, [language]);
}
