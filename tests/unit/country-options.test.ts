/** The country picker's data and search: localized names, alpha-2 values, accent-blind search. */
import { describe, expect, it } from 'vitest';
import { countryOptions, searchCountries } from '../../renderer/src/components/countryOptions';

const first = (language: string, query: string) =>
  searchCountries(countryOptions(language), query)[0];

describe('country picker options', () => {
  it('finds Nigeria as NG (not Nicaragua, NI) and Senegal as SN', () => {
    expect(first('en', 'Nigeria')).toMatchObject({ value: 'NG', label: 'Nigeria' });
    expect(first('en', 'nigeria')!.value).toBe('NG');
    expect(first('en', 'Senegal')).toMatchObject({ value: 'SN', label: 'Senegal' });
    expect(searchCountries(countryOptions('en'), 'Nigeria').map((o) => o.value)).not.toContain(
      'NI',
    );
  });

  it('matches French names with or without accents, and the code', () => {
    expect(first('fr', 'Sénégal')).toMatchObject({ value: 'SN', label: 'Sénégal' });
    expect(first('fr', 'senegal')!.value).toBe('SN');
    expect(first('fr', 'Nigeria')).toMatchObject({ value: 'NG', label: 'Nigéria' });
    expect(first('fr', 'ng')!.value).toBe('NG');
    expect(first('en', 'GH')).toMatchObject({ value: 'GH', label: 'Ghana' });
  });

  it('names countries in Spanish in the Spanish UI and sorts by that name', () => {
    const es = countryOptions('es');
    const byCode = new Map(es.map((o) => [o.value, o.label]));
    expect(byCode.get('DE')).toBe('Alemania');
    expect(byCode.get('GB')).toBe('Reino Unido');
    expect(byCode.get('CI')).toBe('Costa de Marfil');
    expect(first('es', 'Alemania')!.value).toBe('DE');
    const labels = es.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'es')));
    // Every value is an alpha-2 code, each once.
    expect(es.every((o) => /^[A-Z]{2}$/.test(o.value))).toBe(true);
    expect(new Set(es.map((o) => o.value)).size).toBe(es.length);
    expect(es.length).toBeGreaterThan(240);
  });
});
