/**
 * Notes per agenda item, in agenda order, each with its own autosaving rich-text editor and
 * "Add action" for what is agreed under it while the meeting runs.
 */
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { EmptyState } from '../../components/EmptyState';
import { AddActionButton } from './AddActionButton';
import { useAddActionDialog } from './useAddActionDialog';
import { lazyComponent } from '../../components/lazyComponent';

const NotesEditor = lazyComponent(() => import('./NotesEditor').then((m) => m.NotesEditor));

export function MinutesTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const addAction = useAddActionDialog(meeting);
  if (meeting.agenda.length === 0) {
    return (
      <EmptyState
        icon={<IconNotes size={36} stroke={1.5} aria-hidden />}
        title={t('meetings.minutes.emptyTitle')}
        description={t('meetings.minutes.emptyDescription')}
      />
    );
  }
  return (
    <Stack gap="md">
      {meeting.agenda.map((item, index) => (
        <Paper
          key={item.id}
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-label={item.title}
          data-focus-id={item.id}
        >
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Title order={2} size="h5" lang={meeting.language}>
              {index + 1}. {item.title}
            </Title>
            <Group gap="xs" wrap="nowrap">
              {item.restricted ? (
                <Badge color="red" variant="light" size="sm">
                  {t('meetings.agenda.restricted')}
                </Badge>
              ) : null}
              <Text size="xs" c="dimmed">
                {item.estimatedStart}
              </Text>
              <AddActionButton
                compact
                locked={meeting.locked}
                ariaLabel={t('meetings.actions.addUnder', { title: item.title })}
                onClick={() => addAction.open({ agendaItemId: item.id })}
              />
            </Group>
          </Group>
          <NotesEditor
            meetingId={meeting.id}
            item={item}
            locked={meeting.locked}
            language={meeting.language}
          />
        </Paper>
      ))}
      {addAction.dialog}
    </Stack>
  );
}
