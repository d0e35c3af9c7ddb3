/**
 * The one country picker of the app: a searchable Select of every ISO 3166-1 country, named in
 * the UI language, that stores the alpha-2 code ('' when cleared).
 */
import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, searchCountries, type CountryOption } from './countryOptions';

export interface CountrySelectProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'filter' | 'searchable'
> {
  value?: string | null;
  onChange?: (code: string) => void;
}

export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const byCode = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  return (
    <Select
      clearable
      placeholder={t('countrySelect.placeholder')}
      nothingFoundMessage={t('countrySelect.nothingFound')}
      {...props}
      searchable
      data={options}
      value={value ? value.toUpperCase() : null}
      onChange={(code) => onChange?.(code ?? '')}
      filter={({ options: shown, search }) =>
        searchCountries(
          (shown as ComboboxItem[]).flatMap((o) => byCode.get(o.value) ?? []),
          search,
        ) satisfies CountryOption[]
      }
      limit={300}
    />
  );
}
