/**
 * Country names for the case module's pickers, from the browser's own CLDR data
 * (Intl.DisplayNames), in the UI language. The codes are the ISO 3166-1 alpha-2 regions CLDR
 * names, less deprecated aliases (UK, ZR…), groupings (EU, UN…) and private-use codes, with
 * Kosovo (XK) kept.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Codes CLDR names that are not ISO 3166-1 countries (reserved or exceptional). */
const NOT_COUNTRIES = /^(AC|CP|CQ|DG|EA|EU|EZ|IC|TA|UN|QO|Q[M-Z]|X[A-JL-Z]|ZZ|AA)$/;

function computeCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.test(code) || names.of(code) === undefined) continue;
      // Deprecated codes canonicalise to their successor (UK → GB, ZR → CD).
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      codes.push(code);
    }
  }
  return codes;
}

let cached: string[] | null = null;
export function countryCodes(): string[] {
  cached ??= computeCodes();
  return cached;
}

/** The name of a country code in `language`; the code itself when unknown or empty. */
export function countryName(code: string, language: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country-name function and Select data in the UI language, sorted by name. */
export function useCountries() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    const nameOf = (code: string) => (code ? (names.of(code) ?? code) : '');
    const options = countryCodes()
      .map((code) => ({ value: code, label: nameOf(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
    return { nameOf, options };
  }, [language]);
}
