/**
 * Shown while rows are selected: set one status on all of them, with a note, after a
 * confirmation (the core applies it to all or none).
 */
import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../shared/domain/actions';
import { ACTION_STATUSES } from '../../../../shared/domain/actions';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { useNotify } from '../../components/useNotify';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useActionMutation } from '../../app/actions/actionQueries';
import { useActionVocabulary } from '../../app/actions/actionVocabulary';

interface BulkProps {
  ids: string[];
  onDone: () => void;
}

function BulkStatusModal(props: BulkProps & { status: ActionStatus; onClose: () => void }) {
  const { ids, status, onClose, onDone } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const bulk = useActionMutation('actions:bulkSetStatus');
  const [note, setNote] = useState('');
  const statusLabel = t(`actions.status.${status}`);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    bulk.mutate(
      { ids, status, note: note.trim() },
      {
        onSuccess: ({ updated }) => {
          notify.success(
            t('actions.bulk.doneTitle'),
            t('actions.bulk.doneMessage', { count: updated, status: statusLabel }),
          );
          onDone();
          onClose();
        },
      },
    );
  };
  return (
    <AppModal
      confirmDiscard={false}
      opened
      onClose={onClose}
      title={t('actions.bulk.confirmTitle')}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert variant="light" color="blue">
            {t('actions.bulk.confirmMessage', { count: ids.length, status: statusLabel })}
          </Alert>
          <Textarea
            label={t('actions.bulk.note')}
            description={t('actions.bulk.noteDescription')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={5000}
            data-autofocus
          />
          {bulk.isError ? <ErrorAlert error={bulk.error} /> : null}
          <FormActions
            onCancel={onClose}
            submitLabel={t('actions.bulk.apply', { count: ids.length })}
            loading={bulk.isPending}
          />
        </Stack>
      </form>
    </AppModal>
  );
}

export function BulkStatusBar({ ids, onDone }: BulkProps) {
  const { t } = useTranslation();
  const vocab = useActionVocabulary();
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (ids.length === 0) return null;
  return (
    <Paper withBorder p="sm" mb="sm" radius="md" bg="var(--mantine-color-blue-light)">
      <Group justify="space-between" gap="sm">
        <Text fw={600} size="sm" role="status">
          {t('actions.bulk.selected', { count: ids.length })}
        </Text>
        <Group gap="sm" align="flex-end">
          <Select
            aria-label={t('actions.bulk.newStatus')}
            placeholder={t('actions.bulk.newStatus')}
            data={vocab.statuses}
            value={status}
            onChange={(value) => setStatus(isOneOf(ACTION_STATUSES, value) ? value : null)}
            w={200}
            size="sm"
          />
          <Button size="sm" disabled={status === null} onClick={() => setConfirming(true)}>
            {t('actions.bulk.setStatus')}
          </Button>
          <Button size="sm" variant="default" onClick={onDone}>
            {t('actions.bulk.clear')}
          </Button>
        </Group>
      </Group>
      {confirming && status ? (
        <BulkStatusModal
          ids={ids}
          status={status}
          onDone={onDone}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </Paper>
  );
}
