/** Colours and translated option lists of action statuses and priorities. */
import type { MantineColor } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  type ActionPriority,
  type ActionStatus,
} from '../../../../shared/domain/actions';

export const STATUS_COLORS: Record<ActionStatus, MantineColor> = {
  open: 'blue',
  in_progress: 'cyan',
  blocked: 'orange',
  done: 'teal',
  cancelled: 'gray',
};

export const PRIORITY_COLORS: Record<ActionPriority, MantineColor> = {
  low: 'gray',
  medium: 'yellow',
  high: 'red',
};

export function useActionVocabulary() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      statuses: ACTION_STATUSES.map((value) => ({
        value,
        label: t(`actions.status.${value}`),
      })),
      priorities: ACTION_PRIORITIES.map((value) => ({
        value,
        label: t(`actions.priority.${value}`),
      })),
    }),
    [t],
  );
}
