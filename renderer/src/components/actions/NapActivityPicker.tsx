/** The searchable picker of the NAP activity an action serves (code and text). */
import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNapActivityOptions } from '../../app/nap/napLinkQueries';

interface NapActivityPickerProps {
  value: string;
  onChange: (id: string) => void;
  error?: ReactNode;
  /** The linked activity, kept as an option even when its plan is closed. */
  current: { id: string; code: string; text: string } | null;
}

export function NapActivityPicker({ value, onChange, error, current }: NapActivityPickerProps) {
  const { t } = useTranslation();
  const groups = useNapActivityOptions();
  const known = groups.some((g) => g.items.some((i) => i.value === current?.id));
  const data =
    current && !known
      ? [
          ...groups,
          { group: '', items: [{ value: current.id, label: `${current.code} — ${current.text}` }] },
        ]
      : groups;
  return (
    <Select
      label={t('nap.links.activity')}
      placeholder={t('nap.links.activityPlaceholder')}
      description={t('nap.links.activityHint')}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      error={error}
      searchable
      clearable
      nothingFoundMessage={t('nap.links.noActivity')}
    />
  );
}
