/**
 * One action in a side drawer (opened by the `action` URL parameter): what and who, its origin,
 * the "Record update" form and the whole history.
 */
import { Anchor, Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionDetail } from '../../../../shared/contract/actions';
import { CenteredLoader } from '../CenteredLoader';
import { ErrorAlert } from '../ErrorAlert';
import { formatDay } from '../formatDay';
import { DueDate, PriorityBadge, StatusBadge } from './ActionBadges';
import { ActionFormModal } from './ActionFormModal';
import { ActionHistory } from './ActionHistory';
import { useActionDetail } from '../../app/actions/actionQueries';
import { useMeetingLabel } from '../../app/actions/actionVocabulary';
import { RecordUpdateForm } from './RecordUpdateForm';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={150} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <div style={{ minWidth: 0 }}>{children}</div>
    </Group>
  );
}

function ActionFacts({ action }: { action: ActionDetail }) {
  const { t, i18n } = useTranslation();
  const meetingLabel = useMeetingLabel();
  const none = (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
  return (
    <Stack gap={6}>
      <Field label={t('actions.detail.owner')}>
        <Anchor component={Link} to={`/agencies/${action.ownerAgency.id}`} size="sm">
          {action.ownerAgency.name}
        </Anchor>
      </Field>
      <Field label={t('actions.detail.focalPoint')}>
        {action.focalPoint ? <Text size="sm">{action.focalPoint.name}</Text> : none}
      </Field>
      <Field label={t('actions.detail.supporting')}>
        {action.supportingAgencies.length ? (
          <Text size="sm">
            {action.supportingAgencies.map((a) => a.acronym || a.name).join(', ')}
          </Text>
        ) : (
          none
        )}
      </Field>
      <Field label={t('actions.detail.due')}>
        <DueDate dueDate={action.dueDate} daysOverdue={action.daysOverdue} />
      </Field>
      <Field label={t('actions.detail.body')}>
        {action.body ? <Text size="sm">{action.body.name}</Text> : none}
      </Field>
      <Field label={t('actions.detail.meeting')}>
        {action.meeting ? (
          <Anchor component={Link} to={`/meetings/${action.meeting.id}`} size="sm">
            {meetingLabel(action.meeting)}
          </Anchor>
        ) : (
          none
        )}
      </Field>
      {action.agendaItem ? (
        <Field label={t('actions.detail.agendaItem')}>
          <Text size="sm">{action.agendaItem.title}</Text>
        </Field>
      ) : null}
      {action.decision ? (
        <Field label={t('actions.detail.decision')}>
          <Text size="sm">{`${action.decision.reference} — ${action.decision.text}`}</Text>
        </Field>
      ) : null}
      {action.timesCarriedOver > 0 ? (
        <Field label={t('actions.detail.carriedOver')}>
          <Text size="sm">
            {t('actions.detail.carriedOverTimes', { count: action.timesCarriedOver })}
          </Text>
        </Field>
      ) : null}
      {action.completedAt ? (
        <Field label={t('actions.detail.completed')}>
          <Text size="sm">{formatDay(action.completedAt, i18n.language)}</Text>
        </Field>
      ) : null}
    </Stack>
  );
}

function ActionDetailBody({ action }: { action: ActionDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Group gap="xs">
          <StatusBadge status={action.status} />
          <PriorityBadge priority={action.priority} />
        </Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={() => setEditing(true)}
        >
          {t('actions.detail.edit')}
        </Button>
      </Group>
      {action.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {action.description}
        </Text>
      ) : null}
      <ActionFacts action={action} />
      <Divider />
      <Title order={3} size="h5">
        {t('actions.record.title')}
      </Title>
      <RecordUpdateForm key={action.id} action={action} />
      <Divider />
      <Title order={3} size="h5">
        {t('actions.detail.history')}
      </Title>
      <ActionHistory action={action} />
      <ActionFormModal opened={editing} action={action} onClose={() => setEditing(false)} />
    </Stack>
  );
}

export function ActionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useActionDetail(id);
  const body = () => {
    if (detail.isPending) return <CenteredLoader minHeight={200} />;
    if (detail.isError) return <ErrorAlert error={detail.error} />;
    return <ActionDetailBody action={detail.data} />;
  };
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h4">
          {detail.data?.title ?? t('actions.detail.title')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {id !== null ? body() : null}
    </Drawer>
  );
}
