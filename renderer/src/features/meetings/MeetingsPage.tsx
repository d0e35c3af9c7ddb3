/** Meetings of the task force and its bodies: filter by body, status and time; create one or a series. */
import { Anchor, Badge, Button, Group, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { IconCalendarEvent, IconCalendarPlus, IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MeetingStatus } from '../../../../shared/domain/meetings';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { PageHeader } from '../../components/PageHeader';
import { todayIso } from '../../components/workspaceDay';
import { useBodyList } from '../../app/bodies/bodyQueries';
import { useNewRequest } from '../../app/useNewRequest';
import { MeetingFormModal } from '../../components/meetings/MeetingFormModal';
import { useMeetingList, type MeetingListFilter } from '../../app/meetings/meetingQueries';
import { STATUS_COLORS, useMeetingVocabulary } from '../../app/meetings/meetingVocabulary';
import { SeriesFormModal } from './SeriesFormModal';
import { TableScroll } from '../../components/TableScroll';

type When = 'upcoming' | 'past' | 'all';

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const vocab = useMeetingVocabulary();
  const bodies = useBodyList();
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [status, setStatus] = useState<MeetingStatus | null>(null);
  const [when, setWhen] = useState<When>('upcoming');
  const [creating, setCreating] = useState(false);
  const [series, setSeries] = useState(false);
  useNewRequest(() => setCreating(true));
  const today = todayIso();
  const filter: MeetingListFilter = {
    ...(bodyId ? { bodyId } : {}),
    ...(status ? { status } : {}),
    ...(when === 'upcoming' ? { from: today } : when === 'past' ? { to: dayBefore(today) } : {}),
  };
  const meetings = useMeetingList(filter);
  const unfiltered = useMeetingList({});
  const items = meetings.data?.items ?? [];
  // Upcoming meetings read soonest first; past ones most recent first.
  const shown = when === 'upcoming' ? [...items].reverse() : items;
  const noMeetingsAtAll = unfiltered.data?.items.length === 0;

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconRepeat size={18} aria-hidden />}
              onClick={() => setSeries(true)}
            >
              {t('meetings.list.createSeries')}
            </Button>
            <Button
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('meetings.list.new')}
            </Button>
          </>
        }
      />
      {noMeetingsAtAll ? (
        <EmptyState
          icon={<IconCalendarEvent size={36} stroke={1.5} aria-hidden />}
          title={t('meetings.empty.title')}
          description={t('meetings.empty.description')}
        />
      ) : (
        <>
          <Group gap="md" align="flex-end" mb="md" wrap="wrap">
            <SegmentedControl
              aria-label={t('meetings.list.when')}
              value={when}
              onChange={(value) => setWhen(value as When)}
              data={(['upcoming', 'past', 'all'] as const).map((value) => ({
                value,
                label: t(`meetings.list.${value}`),
              }))}
            />
            <Select
              label={t('meetings.list.body')}
              placeholder={t('meetings.list.allBodies')}
              data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
              value={bodyId}
              onChange={setBodyId}
              clearable
              w={240}
            />
            <Select
              label={t('meetings.list.status')}
              placeholder={t('meetings.list.allStatuses')}
              data={vocab.statuses}
              value={status}
              onChange={(value) => setStatus(value as MeetingStatus | null)}
              clearable
              w={220}
            />
          </Group>
          {meetings.isPending ? (
            <CenteredLoader minHeight={200} />
          ) : meetings.isError ? (
            <ErrorAlert error={meetings.error} />
          ) : shown.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center">
              {t('meetings.list.noneMatch')}
            </Text>
          ) : (
            <TableScroll minWidth={700}>
              <Table highlightOnHover verticalSpacing="sm" aria-label={t('meetings.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('meetings.list.columns.date')}</Table.Th>
                    <Table.Th>{t('meetings.list.columns.meeting')}</Table.Th>
                    <Table.Th>{t('meetings.list.columns.body')}</Table.Th>
                    <Table.Th>{t('meetings.list.columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Text size="sm">{formatDay(m.date, i18n.language)}</Text>
                        <Text size="xs" c="dimmed">
                          {m.startTime}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/meetings/${m.id}`} fw={600}>
                          {m.title}
                        </Anchor>
                        {m.location ? (
                          <Text size="xs" c="dimmed">
                            {m.location}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{m.bodyName}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[m.status]} variant="light">
                          {t(`meetings.status.${m.status}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </>
      )}
      <MeetingFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(meeting) => void navigate(`/meetings/${meeting.id}`)}
      />
      <SeriesFormModal opened={series} onClose={() => setSeries(false)} />
    </>
  );
}
