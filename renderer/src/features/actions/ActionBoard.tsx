/**
 * The kanban view: one column per status. Dragging a card to another column (mouse or
 * keyboard: space, arrows, space) records a status change in the action's history; each card
 * also has a "Move to…" menu that does the same.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFilter, ActionListItem } from '../../../../shared/contract/actions';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/actions';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { DueDate, PriorityBadge } from '../../components/actions/ActionBadges';
import { todayIso } from '../../components/workspaceDay';
import { useActionList, useActionMutation } from '../../app/actions/actionQueries';
import { STATUS_COLORS } from '../../app/actions/actionVocabulary';
import { StatusMenu } from './StatusMenu';

const BOARD_LIMIT = 500;

interface CardProps {
  action: ActionListItem;
  onOpen: (id: string) => void;
  onMove: (action: ActionListItem, status: ActionStatus) => void;
}

function BoardCard({ action, onOpen, onMove }: CardProps) {
  const { t } = useTranslation();
  // The whole card can be dragged with the mouse; the grip is the keyboard's drag handle.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({ id: action.id });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      radius="md"
      shadow={isDragging ? 'md' : 'xs'}
      component="article"
      aria-label={action.title}
      style={{
        transform: CSS.Translate.toString(transform),
        opacity: isDragging ? 0.85 : 1,
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
        cursor: 'grab',
        borderLeft: action.overdue ? '3px solid var(--mantine-color-red-6)' : undefined,
      }}
      {...listeners}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            {...attributes}
            aria-label={t('actions.board.dragHandle', { title: action.title })}
            style={{ cursor: 'grab' }}
          >
            <IconGripVertical size={14} aria-hidden />
          </ActionIcon>
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={600}
            ta="left"
            style={{ flex: 1 }}
            onPointerDown={(event) => event.stopPropagation()}
            onKeyDown={(event) => event.stopPropagation()}
            onClick={() => onOpen(action.id)}
          >
            {action.title}
          </Anchor>
          <div
            onPointerDown={(event) => event.stopPropagation()}
            onKeyDown={(event) => event.stopPropagation()}
          >
            <StatusMenu
              title={action.title}
              status={action.status}
              onChange={(status) => onMove(action, status)}
            />
          </div>
        </Group>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {action.ownerAgency.acronym || action.ownerAgency.name}
          </Text>
          <PriorityBadge priority={action.priority} />
        </Group>
        <DueDate dueDate={action.dueDate} daysOverdue={action.daysOverdue} stacked />
      </Stack>
    </Paper>
  );
}

function BoardColumn(
  props: { status: ActionStatus; actions: ActionListItem[] } & Omit<CardProps, 'action'>,
) {
  const { status, actions, onOpen, onMove } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const headingId = `board-column-${status}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="sm"
      miw={200}
      style={{
        flex: '1 1 0',
        background: isOver ? 'var(--mantine-color-default-hover)' : 'var(--mantine-color-body)',
        borderTop: `3px solid var(--mantine-color-${STATUS_COLORS[status]}-6)`,
      }}
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h6" id={headingId}>
          {t(`actions.status.${status}`)}
        </Title>
        <Badge variant="light" color={STATUS_COLORS[status]} size="sm">
          {actions.length}
        </Badge>
      </Group>
      <Stack gap="sm" mih={80}>
        {actions.map((action) => (
          <BoardCard key={action.id} action={action} onOpen={onOpen} onMove={onMove} />
        ))}
        {actions.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('actions.board.emptyColumn')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function useBoardAnnouncements(items: ActionListItem[]): Announcements {
  const { t } = useTranslation();
  return useMemo(() => {
    const title = (id: string | number) => items.find((a) => a.id === id)?.title ?? '';
    const column = (id: string | number | undefined) =>
      isOneOf(ACTION_STATUSES, id) ? t(`actions.status.${id}`) : '';
    return {
      onDragStart: ({ active }) => t('actions.board.dragStart', { title: title(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('actions.board.dragOver', { title: title(active.id), column: column(over.id) })
          : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? t('actions.board.dragEnd', { title: title(active.id), column: column(over.id) })
          : undefined,
      onDragCancel: ({ active }) => t('actions.board.dragCancel', { title: title(active.id) }),
    };
  }, [items, t]);
}

export function ActionBoard({
  filter,
  onOpen,
}: {
  filter: ActionFilter;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { status: statuses, ...rest } = filter;
  const list = useActionList({ ...rest, limit: BOARD_LIMIT, sortBy: 'dueDate', sortDir: 'asc' });
  const addUpdate = useActionMutation('actions:addUpdate');
  // Where a card was just moved, until the list comes back from the core.
  const [moved, setMoved] = useState<Record<string, ActionStatus>>({});
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );
  const items = useMemo(
    () => (list.data?.items ?? []).map((a) => (moved[a.id] ? { ...a, status: moved[a.id]! } : a)),
    [list.data, moved],
  );
  const announcements = useBoardAnnouncements(items);

  const move = (action: ActionListItem, status: ActionStatus) => {
    if (action.status === status) return;
    setMoved((m) => ({ ...m, [action.id]: status }));
    addUpdate.mutate(
      { actionId: action.id, date: todayIso(), status, note: '' },
      {
        onSuccess: () =>
          notify.success(
            t('actions.board.movedTitle'),
            t('actions.board.movedMessage', {
              title: action.title,
              status: t(`actions.status.${status}`),
            }),
          ),
        onError: notify.error,
        onSettled: () =>
          setMoved((m) => {
            const { [action.id]: _, ...others } = m;
            return others;
          }),
      },
    );
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const action = items.find((a) => a.id === active.id);
    if (action && over && isOneOf(ACTION_STATUSES, over.id)) move(action, over.id);
  };

  if (list.isPending) return <CenteredLoader minHeight={240} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const columns = statuses?.length
    ? ACTION_STATUSES.filter((s) => statuses.includes(s))
    : ACTION_STATUSES;

  return (
    <>
      {list.data.total > BOARD_LIMIT ? (
        <Alert variant="light" color="yellow" mb="sm">
          {t('actions.board.truncated', { limit: BOARD_LIMIT, total: list.data.total })}
        </Alert>
      ) : null}
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('actions.board.instructions') },
        }}
      >
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
            {columns.map((status) => (
              <BoardColumn
                key={status}
                status={status}
                actions={items.filter((a) => a.status === status)}
                onOpen={onOpen}
                onMove={move}
              />
            ))}
          </Group>
        </ScrollArea>
      </DndContext>
    </>
  );
}
