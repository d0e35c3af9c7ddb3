/** An action's history, oldest first: each progress note and status change, with its meeting. */
import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconArrowRight, IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/contract/actions';
import { formatDay } from '../formatDay';
import { StatusBadge } from './ActionBadges';
import { useMeetingLabel } from '../../app/actions/actionVocabulary';

export function ActionHistory({ action }: { action: ActionDetail }) {
  const { t, i18n } = useTranslation();
  const meetingLabel = useMeetingLabel();
  if (action.updates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('actions.detail.noHistory')}
      </Text>
    );
  }
  return (
    <Timeline
      active={action.updates.length - 1}
      bulletSize={22}
      lineWidth={2}
      aria-label={t('actions.detail.history')}
    >
      {action.updates.map((update) => {
        const changed = update.statusFrom !== update.statusTo;
        return (
          <Timeline.Item
            key={update.id}
            bullet={
              changed ? (
                <IconArrowRight size={12} aria-hidden />
              ) : (
                <IconMessage size={12} aria-hidden />
              )
            }
            title={
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {formatDay(update.date, i18n.language)}
                </Text>
                {changed ? (
                  <>
                    <StatusBadge status={update.statusFrom} />
                    <IconArrowRight size={12} aria-label={t('actions.detail.changedTo')} />
                    <StatusBadge status={update.statusTo} />
                  </>
                ) : null}
              </Group>
            }
          >
            {update.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {update.note}
              </Text>
            ) : null}
            {update.meeting ? (
              <Badge variant="outline" color="gray" size="sm" mt={4}>
                {t('actions.detail.reportedAt', { meeting: meetingLabel(update.meeting) })}
              </Badge>
            ) : null}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
