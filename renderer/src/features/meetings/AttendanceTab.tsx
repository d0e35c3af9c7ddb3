/**
 * Attendance per agency (present, represented by an alternate, apologies, absent) with the
 * person who attended, a live quorum indicator, and the guests and observers.
 */
import {
  Alert,
  Autocomplete,
  Badge,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import type { AttendanceStatus } from '../../../../shared/domain/meetings';
import { call } from '../../api';
import { useNotify } from '../../components/useNotify';
import { maxLengthOf } from '../../components/form/contractRules';
import { todayIso } from '../../components/workspaceDay';
import { agencyKeys } from '../../app/agencies/agencyQueries';
import { agencyLabel } from '../../app/bodies/bodyQueries';
import { AttendanceQuickActions } from './AttendanceQuickActions';
import { GuestsEditor } from './GuestsEditor';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { useMeetingVocabulary } from '../../app/meetings/meetingVocabulary';
import { TableScroll } from '../../components/TableScroll';

type Entry = MeetingDetail['attendance'][number];
const NOT_RECORDED = 'none';
/** The longest "attended by" 'attendance:set' accepts (saved as typed, no submit). */
const PERSON_MAX = maxLengthOf(contract['attendance:set'].input.shape.person);

const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  represented: 'blue',
  apologies: 'yellow',
  absent: 'red',
};

/**
 * "Name, title" of each agency's focal points, by agency: those in post on the meeting's date
 * first, then those in post today (a register set up after the meeting still helps).
 */
function useFocalPointNames(meetingDate: string) {
  const today = todayIso();
  const onDate = useQuery({
    queryKey: agencyKeys.focalPointsAsOf('all', meetingDate),
    queryFn: () => call('focalPoints:list', { asOf: meetingDate }),
  });
  const current = useQuery({
    queryKey: agencyKeys.focalPointsAsOf('all', today),
    queryFn: () => call('focalPoints:list', { asOf: today }),
  });
  return useMemo(() => {
    const byAgency = new Map<string, string[]>();
    for (const fp of [...(onDate.data?.items ?? []), ...(current.data?.items ?? [])]) {
      const name = fp.title ? `${fp.name}, ${fp.title}` : fp.name;
      const names = byAgency.get(fp.agencyId) ?? [];
      if (!names.includes(name)) names.push(name);
      byAgency.set(fp.agencyId, names);
    }
    return byAgency;
  }, [onDate.data, current.data]);
}

function QuorumIndicator({ quorum }: { quorum: MeetingDetail['quorum'] }) {
  const { t } = useTranslation();
  const values = { attending: quorum.attending, required: quorum.required };
  return (
    <Alert
      color={quorum.quorate ? 'teal' : 'orange'}
      variant="light"
      icon={
        quorum.quorate ? (
          <IconCircleCheck size={20} aria-hidden />
        ) : (
          <IconAlertTriangle size={20} aria-hidden />
        )
      }
      role="status"
      aria-live="polite"
    >
      <Text fw={600} data-testid="meeting-quorum">
        {t(
          quorum.quorate ? 'meetings.attendance.quorate' : 'meetings.attendance.notQuorate',
          values,
        )}
      </Text>
      <Text size="sm" c="dimmed">
        {t('meetings.attendance.members', { count: quorum.memberCount })}
      </Text>
    </Alert>
  );
}

interface AttendanceRowProps {
  meeting: MeetingDetail;
  entry: Entry;
  /** The agency's focal points offered as "attended by" (free text still allowed). */
  focalPoints: string[];
}

function AttendanceRow({ meeting, entry, focalPoints }: AttendanceRowProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useMeetingVocabulary();
  const set = useMeetingMutation('attendance:set');
  const [person, setPerson] = useState(entry.person);
  // What was last sent: picking a focal point saves at once, and the blur after it must not.
  const [sent, setSent] = useState(entry.person);
  // A write elsewhere (everyone present, a copy from the last meeting) brings a new name.
  const [stored, setStored] = useState(entry.person);
  if (stored !== entry.person) {
    setStored(entry.person);
    setPerson(entry.person);
    setSent(entry.person);
  }
  const label = agencyLabel(entry.agency);
  const save = (status: AttendanceStatus | null, who: string) => {
    setSent(status ? who : '');
    set.mutate(
      { meetingId: meeting.id, agencyId: entry.agency.id, status, person: status ? who : '' },
      { onError: (error) => notify.error(error) },
    );
  };

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {label}
        {entry.member ? null : (
          <Badge size="xs" variant="outline" color="gray" ml="xs">
            {t('meetings.attendance.nonMember')}
          </Badge>
        )}
      </Table.Th>
      <Table.Td>
        {meeting.locked ? (
          <Badge
            size="lg"
            variant={entry.status ? 'filled' : 'outline'}
            color={entry.status ? ATTENDANCE_COLORS[entry.status] : 'gray'}
            data-testid="attendance-status"
          >
            {entry.status
              ? t(`meetings.attendance.statuses.${entry.status}`)
              : t('meetings.attendance.notRecorded')}
          </Badge>
        ) : (
          <SegmentedControl
            size="xs"
            aria-label={t('meetings.attendance.statusOf', { agency: label })}
            value={entry.status ?? NOT_RECORDED}
            color={entry.status ? ATTENDANCE_COLORS[entry.status] : undefined}
            onChange={(value) => {
              const status = value === NOT_RECORDED ? null : (value as AttendanceStatus);
              if (status === null) setPerson('');
              save(status, person);
            }}
            data={[
              ...vocab.attendance,
              { value: NOT_RECORDED, label: t('meetings.attendance.notRecorded') },
            ]}
          />
        )}
      </Table.Td>
      <Table.Td>
        {meeting.locked ? (
          <Text size="sm">{entry.person || '—'}</Text>
        ) : (
          <Autocomplete
            size="xs"
            aria-label={t('meetings.attendance.personOf', { agency: label })}
            placeholder={t('meetings.attendance.personPlaceholder')}
            data={focalPoints}
            value={person}
            disabled={entry.status === null}
            onChange={setPerson}
            onOptionSubmit={(value) => {
              setPerson(value);
              if (entry.status !== null && value !== sent) save(entry.status, value);
            }}
            onBlur={() => {
              if (entry.status !== null && person.trim() !== sent) {
                save(entry.status, person.trim());
              }
            }}
            maxLength={PERSON_MAX}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function AttendanceTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const focalPoints = useFocalPointNames(meeting.date);
  return (
    <Stack gap="lg">
      <QuorumIndicator quorum={meeting.quorum} />
      {meeting.locked ? null : <AttendanceQuickActions meeting={meeting} />}
      {meeting.attendance.length === 0 ? (
        <Text c="dimmed">{t('meetings.attendance.noMembers')}</Text>
      ) : (
        <TableScroll minWidth={900}>
          <Table verticalSpacing="xs" aria-label={t('meetings.attendance.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meetings.attendance.agency')}</Table.Th>
                <Table.Th>{t('meetings.attendance.status')}</Table.Th>
                <Table.Th miw={300} w="35%">
                  {t('meetings.attendance.person')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.attendance.map((entry) => (
                <AttendanceRow
                  key={entry.agency.id}
                  meeting={meeting}
                  entry={entry}
                  focalPoints={focalPoints.get(entry.agency.id) ?? []}
                />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Group>
        <GuestsEditor meeting={meeting} />
      </Group>
    </Stack>
  );
}
