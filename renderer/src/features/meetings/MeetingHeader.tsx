/** The top of a meeting page: number, title, body, date and time, status and what to do next. */
import { Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconCalendarDown, IconLock, IconPencil } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { formatClock, parseClock } from '../../../../shared/domain/meetings';
import { call } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { formatDay } from '../../components/formatDay';
import { useNotify } from '../../components/useNotify';
import { ExportMenu } from '../../components/exports/ExportMenu';
import { CaseAnnexDialog } from './CaseAnnexDialog';
import { saveTextFile } from '../../components/exports/saveFile';
import { MeetingFormModal } from '../../components/meetings/MeetingFormModal';
import { STATUS_COLORS } from '../../app/meetings/meetingVocabulary';
import { RecordLines } from './RecordLines';
import { StatusControl } from './StatusControl';

export function MeetingHeader({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const [annexOpen, setAnnexOpen] = useState(false);
  const ics = useMutation({
    mutationFn: () => call('meetings:exportIcs', { id: meeting.id }),
    onSuccess: (file) => saveTextFile(file.fileName, file.content, 'text/calendar'),
    onError: (error) => notify.error(error),
  });
  const facts = [
    meeting.body.name,
    formatDay(meeting.date, i18n.language),
    // The planned time: an agenda that runs longer is flagged on the agenda, not hidden here.
    `${meeting.startTime}–${formatClock(parseClock(meeting.startTime) + meeting.durationMinutes)}`,
    meeting.location,
  ].filter(Boolean);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <PageTitle lang={meeting.language}>{meeting.title}</PageTitle>
            <Badge
              color={STATUS_COLORS[meeting.status]}
              variant="light"
              data-testid="meeting-status"
            >
              {t(`meetings.status.${meeting.status}`)}
            </Badge>
          </Group>
          <Text c="dimmed">
            {t('meetings.header.number', { number: meeting.number })} · {facts.join(' · ')}
          </Text>
          {meeting.chairName || meeting.minuteTaker ? (
            <Text size="sm" c="dimmed">
              {[
                meeting.chairName && t('meetings.header.chair', { name: meeting.chairName }),
                meeting.minuteTaker &&
                  t('meetings.header.minuteTaker', { name: meeting.minuteTaker }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          ) : null}
          <RecordLines meeting={meeting} />
        </Stack>
        <Group gap="xs">
          <ExportMenu
            documents={['agenda', 'minutes', 'distributionEmail']}
            meeting={meeting}
            extraItems={
              <Menu.Item
                color="red"
                leftSection={<IconLock size={16} aria-hidden />}
                onClick={() => setAnnexOpen(true)}
              >
                {t('caseMeeting.annex.menu')}
              </Menu.Item>
            }
          />
          <CaseAnnexDialog
            opened={annexOpen}
            onClose={() => setAnnexOpen(false)}
            meetingId={meeting.id}
            language={meeting.language}
          />
          <Button
            variant="default"
            leftSection={<IconCalendarDown size={16} aria-hidden />}
            loading={ics.isPending}
            onClick={() => ics.mutate()}
          >
            {t('meetings.header.ics')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            disabled={meeting.locked}
            onClick={() => setEditing(true)}
          >
            {t('meetings.header.edit')}
          </Button>
        </Group>
      </Group>
      <StatusControl meeting={meeting} />
      <MeetingFormModal meeting={meeting} opened={editing} onClose={() => setEditing(false)} />
    </Stack>
  );
}
