/** How an action's status, priority and due date read everywhere: badges, and overdue in red. */
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionPriority, ActionStatus } from '../../../../shared/domain/actions';
import { formatDay } from '../formatDay';
import { PRIORITY_COLORS, STATUS_COLORS } from '../../app/actions/actionVocabulary';

export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content">
      {t(`actions.status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: ActionPriority }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={PRIORITY_COLORS[priority]} miw="max-content">
      {t(`actions.priority.${priority}`)}
    </Badge>
  );
}

export function OverdueBadge({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days <= 0) return null;
  return (
    <Badge color="red" variant="filled" size="sm" miw="max-content">
      {t('actions.overdueDays', { count: days })}
    </Badge>
  );
}

/** The due date (or "no due date") with the days-overdue badge beside it, or under it. */
export function DueDate(props: { dueDate: string | null; daysOverdue: number; stacked?: boolean }) {
  const { dueDate, daysOverdue, stacked } = props;
  const { t, i18n } = useTranslation();
  const Layout = stacked ? Stack : Group;
  return (
    <Layout gap={stacked ? 2 : 6} wrap="nowrap" align={stacked ? 'flex-start' : 'center'}>
      <Text
        size="sm"
        c={daysOverdue > 0 ? 'red' : dueDate ? undefined : 'dimmed'}
        fw={daysOverdue > 0 ? 600 : undefined}
      >
        {dueDate ? formatDay(dueDate, i18n.language) : t('actions.noDueDate')}
      </Text>
      <OverdueBadge days={daysOverdue} />
    </Layout>
  );
}
