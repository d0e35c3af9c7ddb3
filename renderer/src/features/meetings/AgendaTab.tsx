/**
 * The agenda builder: items in order with estimated start times, drag (or keyboard) to
 * reorder, add / edit / remove, templates, and the estimated end of the meeting.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconClockExclamation, IconListDetails, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail } from '../../../../shared/contract/meetings';
import { agendaOverrun } from '../../../../shared/domain/meetings';
import { EmptyState } from '../../components/EmptyState';
import { useNotify } from '../../components/useNotify';
import { AgendaItemModal } from './AgendaItemModal';
import { AgendaItemRow } from './AgendaItemRow';
import { AgendaTemplates } from './AgendaTemplates';
import { ConfirmModal } from '../../components/ConfirmModal';
import { meetingKeys, useMeetingMutation } from '../../app/meetings/meetingQueries';
import { useAddActionDialog } from './useAddActionDialog';

function useAnnouncements(items: AgendaItem[]): Announcements {
  const { t } = useTranslation();
  return useMemo(() => {
    const title = (id: string | number) => items.find((i) => i.id === id)?.title ?? '';
    const position = (id: string | number | undefined) => items.findIndex((i) => i.id === id) + 1;
    return {
      onDragStart: ({ active }) => t('meetings.agenda.dnd.start', { title: title(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('meetings.agenda.dnd.over', { title: title(active.id), position: position(over.id) })
          : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? t('meetings.agenda.dnd.end', { title: title(active.id), position: position(over.id) })
          : undefined,
      onDragCancel: ({ active }) => t('meetings.agenda.dnd.cancel', { title: title(active.id) }),
    };
  }, [items, t]);
}

export function AgendaTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const reorder = useMeetingMutation('agenda:reorder');
  const remove = useMeetingMutation('agenda:removeItem');
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const addAction = useAddActionDialog(meeting);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useAnnouncements(meeting.agenda);
  const ids = meeting.agenda.map((i) => i.id);
  const overrun = agendaOverrun(
    meeting.startTime,
    meeting.durationMinutes,
    meeting.agenda.map((i) => i.minutes),
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    const agenda = arrayMove(meeting.agenda, from, to);
    // Show the new order at once; the core's answer brings the new start times.
    queryClient.setQueryData<MeetingDetail>(meetingKeys.detail(meeting.id), (m) =>
      m ? { ...m, agenda } : m,
    );
    reorder.mutate(
      { meetingId: meeting.id, itemIds: agenda.map((i) => i.id) },
      {
        onError: (error) => {
          notify.error(error);
          void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text c="dimmed" size="sm" data-testid="agenda-end">
          {t('meetings.agenda.times', {
            start: meeting.startTime,
            end: meeting.estimatedEnd,
            count: meeting.agenda.length,
          })}
        </Text>
        <Group gap="xs">
          <AgendaTemplates meeting={meeting} />
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={meeting.locked}
            onClick={() => setAdding(true)}
          >
            {t('meetings.agenda.add')}
          </Button>
        </Group>
      </Group>
      {meeting.agenda.length === 0 ? (
        <EmptyState
          icon={<IconListDetails size={36} stroke={1.5} aria-hidden />}
          title={t('meetings.agenda.emptyTitle')}
          description={t('meetings.agenda.emptyDescription')}
        />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          // Measure the items all through a drag: the page can still be settling (the case and
          // plan panels load after the agenda) and a move must land where the item now is.
          measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('meetings.agenda.dnd.instructions') },
          }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <Stack
              gap="xs"
              component="ol"
              aria-label={t('meetings.tabs.agenda')}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {meeting.agenda.map((item, index) => (
                <AgendaItemRow
                  key={item.id}
                  item={item}
                  meetingId={meeting.id}
                  meetingDate={meeting.date}
                  language={meeting.language}
                  index={index}
                  locked={meeting.locked}
                  onEdit={() => setEditing(item)}
                  onRemove={() => setRemoving(item)}
                  onAddAction={() => addAction.open({ agendaItemId: item.id })}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
      <Text size="sm" fw={600} ta="right">
        {t('meetings.agenda.estimatedEnd', { time: meeting.estimatedEnd })}
      </Text>
      {overrun.overMinutes > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconClockExclamation size={18} aria-hidden />}
          title={t('meetings.agenda.overrun.title', { count: overrun.overMinutes })}
          data-testid="agenda-overrun"
        >
          {t('meetings.agenda.overrun.body', {
            planned: overrun.plannedEnd,
            end: meeting.estimatedEnd,
          })}
        </Alert>
      )}
      <AgendaItemModal
        meetingId={meeting.id}
        opened={adding || editing !== null}
        item={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      {addAction.dialog}
      <ConfirmModal
        opened={removing !== null}
        title={t('meetings.agenda.removeTitle')}
        message={t('meetings.agenda.removeText', { title: removing?.title ?? '' })}
        confirmLabel={t('meetings.agenda.removeConfirm')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() =>
          removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })
        }
      />
    </Stack>
  );
}
