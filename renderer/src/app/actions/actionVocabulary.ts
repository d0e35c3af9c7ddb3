/** Colours and translated option lists of action statuses and priorities. */
import type { MantineColor } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  type ActionPriority,
  type ActionStatus,
} from '../../../../shared/domain/actions';
import { meetingTitle } from '../../../../shared/domain/meetings';
import { formatDay } from '../../components/formatDay';
import { isLanguage } from '../../i18n';

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

/**
 * "3rd meeting · 12 Oct 2026": how a meeting an action points at reads. The action's meeting
 * reference carries the meeting's own title, empty for the default one ("3rd meeting").
 */
export function useMeetingLabel() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return useCallback(
    (meeting: { title: string; number: number; date: string }) =>
      `${meetingTitle({ customTitle: meeting.title, number: meeting.number }, language)} · ${formatDay(meeting.date, i18n.language)}`,
    [language, i18n.language],
  );
}
