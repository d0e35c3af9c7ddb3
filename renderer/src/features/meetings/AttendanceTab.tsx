/**
 * Attendance per agency (present, represented by an alternate, apologies, absent) with the
 * person who attended, a live quorum indicator, and the guests and observers.
 */
import {
  Alert,
  Badge,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import type { AttendanceStatus } from '../../../../shared/domain/meetings';
import { useNotify } from '../../components/useNotify';
import { agencyLabel } from '../bodies/bodyQueries';
import { GuestsEditor } from './GuestsEditor';
import { useMeetingMutation } from './meetingQueries';
import { useMeetingVocabulary } from './meetingVocabulary';
import { TableScroll } from '../../components/TableScroll';

type Entry = MeetingDetail['attendance'][number];
const NOT_RECORDED = 'none';

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

function AttendanceRow({ meeting, entry }: { meeting: MeetingDetail; entry: Entry }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useMeetingVocabulary();
  const set = useMeetingMutation('attendance:set');
  const [person, setPerson] = useState(entry.person);
  const label = agencyLabel(entry.agency);
  const save = (status: AttendanceStatus | null, who: string) =>
    set.mutate(
      { meetingId: meeting.id, agencyId: entry.agency.id, status, person: status ? who : '' },
      { onError: (error) => notify.error(error) },
    );

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
        <SegmentedControl
          size="xs"
          aria-label={t('meetings.attendance.statusOf', { agency: label })}
          value={entry.status ?? NOT_RECORDED}
          disabled={meeting.locked}
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
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={t('meetings.attendance.personOf', { agency: label })}
          placeholder={t('meetings.attendance.personPlaceholder')}
          value={person}
          disabled={meeting.locked || entry.status === null}
          onChange={(event) => setPerson(event.currentTarget.value)}
          onBlur={() => {
            if (entry.status !== null && person.trim() !== entry.person) {
              save(entry.status, person.trim());
            }
          }}
          maxLength={200}
        />
      </Table.Td>
    </Table.Tr>
  );
}

export function AttendanceTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <QuorumIndicator quorum={meeting.quorum} />
      {meeting.attendance.length === 0 ? (
        <Text c="dimmed">{t('meetings.attendance.noMembers')}</Text>
      ) : (
        <TableScroll minWidth={760}>
          <Table verticalSpacing="xs" aria-label={t('meetings.attendance.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meetings.attendance.agency')}</Table.Th>
                <Table.Th>{t('meetings.attendance.status')}</Table.Th>
                <Table.Th>{t('meetings.attendance.person')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.attendance.map((entry) => (
                <AttendanceRow key={entry.agency.id} meeting={meeting} entry={entry} />
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
