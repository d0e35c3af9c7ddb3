/** Translated labels and colours of the meeting enums (statuses, item kinds, attendance). */
import type { MantineColor } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENDA_ITEM_KINDS,
  ATTENDANCE_STATUSES,
  GUEST_ROLES,
  MEETING_STATUSES,
  type MeetingStatus,
} from '../../../../shared/domain/meetings';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../../../../shared/domain/languages';

export const STATUS_COLORS: Record<MeetingStatus, MantineColor> = {
  draft: 'gray',
  agenda_circulated: 'blue',
  held: 'cyan',
  minutes_drafted: 'orange',
  minutes_approved: 'teal',
};

/** The status after `status`, or null at the end of the workflow. */
export function nextStatus(status: MeetingStatus): Exclude<MeetingStatus, 'draft'> | null {
  const next = MEETING_STATUSES[MEETING_STATUSES.indexOf(status) + 1];
  return next && next !== 'draft' ? next : null;
}

/** The status before `status`, or null at the start of the workflow. */
export function previousStatus(status: MeetingStatus): MeetingStatus | null {
  return MEETING_STATUSES[MEETING_STATUSES.indexOf(status) - 1] ?? null;
}

export function useMeetingVocabulary() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      statuses: MEETING_STATUSES.map((value) => ({
        value,
        label: t(`meetings.status.${value}`),
      })),
      kinds: AGENDA_ITEM_KINDS.map((value) => ({ value, label: t(`meetings.kinds.${value}`) })),
      attendance: ATTENDANCE_STATUSES.map((value) => ({
        value,
        label: t(`meetings.attendance.statuses.${value}`),
      })),
      guestRoles: GUEST_ROLES.map((value) => ({
        value,
        label: t(`meetings.attendance.roles.${value}`),
      })),
      languages: LANGUAGES.map((value) => ({ value, label: LANGUAGE_NATIVE_NAMES[value] })),
    }),
    [t],
  );
}
