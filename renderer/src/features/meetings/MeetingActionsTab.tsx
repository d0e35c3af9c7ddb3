/**
 * The Actions tab: every action agreed at this meeting (origin meeting = this one), in agenda
 * order, with owner, due date, priority and status; "Add action" while the record is open; a
 * row opens the action's detail drawer, and the full list is one link away on the Actions page.
 */
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { IconChecklist, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ActionDrawer } from '../../components/actions/ActionDrawer';
import { useActionList } from '../../app/actions/actionQueries';
import { useActionDrawer } from '../../app/actions/useActionDrawer';
import { AddActionButton } from './AddActionButton';
import { MeetingActionsTable } from './MeetingActionsTable';
import { useAddActionDialog } from './useAddActionDialog';

/** The most actions the tab lists; more than that (rare) are on the Actions page. */
const TAB_LIMIT = 500;

export function MeetingActionsTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const addAction = useAddActionDialog(meeting);
  const drawer = useActionDrawer();
  const list = useActionList({
    meetingId: meeting.id,
    sortBy: 'createdAt',
    sortDir: 'asc',
    limit: TAB_LIMIT,
    offset: 0,
  });
  const total = list.data?.total ?? 0;

  const content = () => {
    // Another meeting's list (kept while this one loads) is never shown under this meeting.
    if (list.isPending || list.isPlaceholderData) return <CenteredLoader minHeight={200} />;
    if (list.isError) return <ErrorAlert error={list.error} />;
    if (total === 0) {
      return (
        <EmptyState
          icon={<IconChecklist size={36} stroke={1.5} aria-hidden />}
          title={t('meetings.actions.emptyTitle')}
          description={t(
            meeting.locked ? 'meetings.actions.emptyLocked' : 'meetings.actions.emptyDescription',
          )}
        />
      );
    }
    return <MeetingActionsTable meeting={meeting} actions={list.data.items} onOpen={drawer.open} />;
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        {/* With none yet, the empty state below says it. */}
        {total > 0 ? (
          <Text c="dimmed" size="sm" data-testid="meeting-actions-count">
            {t('meetings.actions.count', { count: total })}
          </Text>
        ) : (
          <div />
        )}
        <Group gap="md">
          {total > 0 ? (
            <Anchor component={Link} to={`/actions?meeting=${meeting.id}`} size="sm">
              {t(total > TAB_LIMIT ? 'meetings.actions.seeAll' : 'meetings.actions.openList', {
                count: total,
              })}
            </Anchor>
          ) : null}
          <AddActionButton locked={meeting.locked} onClick={() => addAction.open()} />
        </Group>
      </Group>
      {meeting.locked ? (
        <Alert variant="light" color="gray" icon={<IconLock size={18} aria-hidden />}>
          {t('meetings.actions.lockedHint')}
        </Alert>
      ) : null}
      {content()}
      {addAction.dialog}
      <ActionDrawer id={drawer.openId} onClose={drawer.close} />
    </Stack>
  );
}
