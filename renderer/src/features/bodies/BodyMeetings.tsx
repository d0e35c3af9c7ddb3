/**
 * The meetings of one body on its page — number, date, status, each linking to its meeting —
 * and "Schedule a meeting", which opens the new-meeting dialog with this body preselected.
 */
import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { Section } from '../../components/Section';
import { TableScroll } from '../../components/TableScroll';
import { MeetingFormModal } from '../../components/meetings/MeetingFormModal';
import { useMeetingList } from '../../app/meetings/meetingQueries';
import { STATUS_COLORS } from '../../app/meetings/meetingVocabulary';

export function BodyMeetings({ bodyId }: { bodyId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const meetings = useMeetingList({ bodyId });
  const [scheduling, setScheduling] = useState(false);
  const items = meetings.data?.items ?? [];

  const list = () => {
    if (meetings.isPending) return <CenteredLoader minHeight={120} />;
    if (meetings.isError) return <ErrorAlert error={meetings.error} />;
    if (items.length === 0) return <Text c="dimmed">{t('bodyDetail.meetings.none')}</Text>;
    return (
      <TableScroll minWidth={560}>
        <Table highlightOnHover verticalSpacing="xs" aria-label={t('bodyDetail.meetings.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('bodyDetail.meetings.number')}</Table.Th>
              <Table.Th>{t('meetings.list.columns.date')}</Table.Th>
              <Table.Th>{t('meetings.list.columns.meeting')}</Table.Th>
              <Table.Th>{t('meetings.list.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.number}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDay(m.date, i18n.language)} · {m.startTime}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/meetings/${m.id}`}>
                    {m.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[m.status]} variant="dot">
                    {t(`meetings.status.${m.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    );
  };

  return (
    <Section
      title={t('bodyDetail.meetings.title', { number: items.length })}
      actions={
        <Button
          variant="light"
          leftSection={<IconCalendarPlus size={16} aria-hidden />}
          onClick={() => setScheduling(true)}
        >
          {t('bodyDetail.meetings.schedule')}
        </Button>
      }
    >
      {list()}
      <MeetingFormModal
        opened={scheduling}
        bodyId={bodyId}
        onClose={() => setScheduling(false)}
        onSaved={(meeting) => void navigate(`/meetings/${meeting.id}`)}
      />
    </Section>
  );
}
