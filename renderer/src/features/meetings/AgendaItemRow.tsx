/**
 * One agenda item as a sortable row: drag handle, estimated start, title, kind, presenter, time,
 * and "Add action" for what the meeting agrees under it.
 */
import { ActionIcon, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconGripVertical, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/contract/meetings';
import { STANDING_TITLES } from '../../../../shared/domain/agendaTemplate';
import type { Language } from '../../../../shared/domain/languages';
import { agencyLabel } from '../../app/bodies/bodyQueries';
import { ActionReview, PreviousMinutesLink } from './ActionReview';
import { AddActionButton } from './AddActionButton';
import { CaseDiscussionsItem } from './CaseDiscussionsItem';
import { NapProgressItem } from './NapProgressItem';

interface AgendaItemRowProps {
  item: AgendaItem;
  language: Language;
  index: number;
  locked: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onAddAction: () => void;
  /** The meeting, for the NAP progress item. */
  meetingId?: string;
  /** The meeting's date, for the review of action items (overdue on that day or today). */
  meetingDate?: string;
}

export function AgendaItemRow(props: AgendaItemRowProps) {
  const { item, index, locked, onEdit, onRemove } = props;
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: locked,
  });
  const style = {
    transform: CSS.Transform.toString(transform),
    transition,
    zIndex: isDragging ? 1 : undefined,
    position: 'relative' as const,
  };

  return (
    <Paper
      ref={setNodeRef}
      style={style}
      withBorder
      radius="md"
      p="sm"
      shadow={isDragging ? 'md' : undefined}
      component="li"
      aria-label={item.title}
      data-testid="agenda-item"
      data-focus-id={item.id}
    >
      {/* On a narrow window the buttons wrap below the item rather than squeeze its text. */}
      <Group wrap="wrap" align="flex-start" gap="sm">
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('meetings.agenda.move', { title: item.title })}
          disabled={locked}
          style={{ cursor: locked ? undefined : 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} aria-hidden />
        </ActionIcon>
        <Text fw={600} ff="monospace" size="sm" w={48} pt={4} c="dimmed">
          {item.estimatedStart}
        </Text>
        <Stack gap={4} style={{ flex: '1 1 10rem', minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} lang={props.language}>
              {index + 1}. {item.title}
            </Text>
            {/* A standing item's title already says its kind. */}
            {STANDING_TITLES[props.language][item.kind] === item.title ? null : (
              <Badge variant="light" color="gray" size="sm">
                {t(`meetings.kinds.${item.kind}`)}
              </Badge>
            )}
            {item.restricted ? (
              <Badge variant="light" color="red" size="sm">
                {t('meetings.agenda.restricted')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {[
              t('meetings.agenda.minutesAllocated', { count: item.minutes }),
              item.presenterAgency || item.presenterName
                ? t('meetings.agenda.presentedBy', {
                    agency: [
                      item.presenterName,
                      item.presenterAgency ? agencyLabel(item.presenterAgency) : '',
                    ]
                      .filter(Boolean)
                      .join(', '),
                  })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {item.previousMeeting ? <PreviousMinutesLink previous={item.previousMeeting} /> : null}
          {item.actionReview ? (
            <Box mt={4}>
              <ActionReview entries={item.actionReview} meetingDate={props.meetingDate ?? ''} />
            </Box>
          ) : null}
          {item.kind === 'case_discussion' && item.restricted && props.meetingId ? (
            <Box mt={4}>
              <CaseDiscussionsItem meetingId={props.meetingId} locked={locked} />
            </Box>
          ) : null}
          {item.kind === 'nap_progress' && props.meetingId ? (
            <Box mt={4}>
              <NapProgressItem meetingId={props.meetingId} />
            </Box>
          ) : null}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <AddActionButton
            compact
            locked={locked}
            ariaLabel={t('meetings.actions.addUnder', { title: item.title })}
            onClick={props.onAddAction}
          />
          <ActionIcon
            variant="subtle"
            aria-label={t('meetings.agenda.edit', { title: item.title })}
            disabled={locked}
            onClick={onEdit}
          >
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('meetings.agenda.remove', { title: item.title })}
            disabled={locked}
            onClick={onRemove}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}
