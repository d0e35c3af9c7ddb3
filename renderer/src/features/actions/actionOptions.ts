/** Select data the action screens share: coordination bodies and their meetings. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { formatDay } from '../../components/formatDay';
import { agencyKeys } from '../agencies/agencyQueries';
import { useBodyList } from '../bodies/bodyQueries';
import { meetingKeys, useMeetingList } from '../meetings/meetingQueries';

export function useBodyOptions() {
  const bodies = useBodyList();
  return useMemo(
    () => (bodies.data?.items ?? []).map((body) => ({ value: body.id, label: body.name })),
    [bodies.data],
  );
}

/**
 * Meetings, newest first, of one body or of all (labelled with the body then). `openOnly`
 * leaves out meetings whose minutes are approved (they take no new actions).
 */
export function useMeetingOptions(bodyId?: string | null, openOnly = false) {
  const { i18n } = useTranslation();
  const meetings = useMeetingList(bodyId ? { bodyId } : {});
  return useMemo(
    () =>
      (meetings.data?.items ?? [])
        .filter((meeting) => !openOnly || !meeting.locked)
        .map((meeting) => {
          const when = formatDay(meeting.date, i18n.language);
          const label = `${meeting.title} — ${when}`;
          return { value: meeting.id, label: bodyId ? label : `${meeting.bodyName}: ${label}` };
        }),
    [meetings.data, bodyId, openOnly, i18n.language],
  );
}

/** The current focal points of one agency (none until an agency is picked). */
export function useFocalPointOptions(agencyId: string) {
  const focalPoints = useQuery({
    queryKey: [...agencyKeys.all, 'focalPoints', agencyId, 'current'],
    queryFn: () => call('focalPoints:list', { agencyId }),
    enabled: agencyId !== '',
  });
  return useMemo(
    () =>
      (focalPoints.data?.items ?? []).map((fp) => ({
        value: fp.id,
        label: fp.title ? `${fp.name} — ${fp.title}` : fp.name,
      })),
    [focalPoints.data],
  );
}

/** The agenda items of one meeting (none until a meeting is picked). */
export function useAgendaItemOptions(meetingId: string) {
  const meeting = useQuery({
    queryKey: meetingKeys.detail(meetingId),
    queryFn: () => call('meetings:get', { id: meetingId }),
    enabled: meetingId !== '',
  });
  return useMemo(
    () =>
      (meeting.data?.agenda ?? []).map((item, index) => ({
        value: item.id,
        label: `${index + 1}. ${item.title}`,
      })),
    [meeting.data],
  );
}
