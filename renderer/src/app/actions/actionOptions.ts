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

/**
 * What a new action can point at within one meeting (none until a meeting is picked): its agenda
 * items, numbered as the agenda, and its decisions by register reference (with their item).
 */
export function useMeetingOriginOptions(meetingId: string) {
  const meeting = useQuery({
    queryKey: meetingKeys.detail(meetingId),
    queryFn: () => call('meetings:get', { id: meetingId }),
    enabled: meetingId !== '',
  });
  return useMemo(() => {
    const agenda = meeting.data?.agenda ?? [];
    const decisions = meeting.data?.decisions ?? [];
    return {
      agendaItems: agenda.map((item, index) => ({
        value: item.id,
        label: `${index + 1}. ${item.title}`,
      })),
      decisions: decisions.map((decision) => ({
        value: decision.id,
        label: `${decision.reference} — ${shorten(decision.text, 80)}`,
      })),
      /** The agenda item a decision was taken under, by decision id. */
      itemOfDecision: new Map(decisions.map((d) => [d.id, d.agendaItem?.id ?? ''])),
    };
  }, [meeting.data]);
}

function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
