/**
 * A person's name chosen from the focal points in post (grouped by agency), or typed for a
 * guest: the chair, the minute-taker, a presenter. The stored value stays the name as text.
 */
import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { agencyKeys } from '../app/agencies/agencyQueries';

/** The focal points in post, one group per agency (agencies and names in order). */
export function useFocalPointNames() {
  const focalPoints = useQuery({
    queryKey: [...agencyKeys.all, 'focalPoints', 'all', 'current'],
    queryFn: () => call('focalPoints:list', {}),
  });
  return useMemo(() => {
    const groups = new Map<string, Set<string>>();
    for (const fp of focalPoints.data?.items ?? []) {
      const names = groups.get(fp.agencyName) ?? new Set<string>();
      names.add(fp.name);
      groups.set(fp.agencyName, names);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, names]) => ({ group, items: [...names].sort((a, b) => a.localeCompare(b)) }));
  }, [focalPoints.data]);
}

export function PersonInput(props: Omit<AutocompleteProps, 'data'>) {
  const { t } = useTranslation();
  const data = useFocalPointNames();
  return (
    <Autocomplete
      description={t('meetings.form.personDescription')}
      {...props}
      data={data}
      limit={30}
      maxDropdownHeight={280}
    />
  );
}
