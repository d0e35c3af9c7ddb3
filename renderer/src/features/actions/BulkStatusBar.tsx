/**
 * Shown while rows are selected: set one status on all of them, with a note, after a
 * confirmation (the core applies it to all or none).
 */
import { Alert, Button, Group, Paper, Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { ActionStatus } from '../../../../shared/domain/actions';
import { ACTION_STATUSES } from '../../../../shared/domain/actions';
import { AppModal } from '../../components/AppModal';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { ModalForm } from '../../components/ModalForm';
import { useNotify } from '../../components/useNotify';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useActionMutation } from '../../app/actions/actionQueries';
import { useActionVocabulary } from '../../app/actions/actionVocabulary';

interface BulkProps {
  ids: string[];
  onDone: () => void;
}

/** The note a bulk change carries, as 'actions:bulkSetStatus' takes it. */
const bulkNoteFields = contract['actions:bulkSetStatus'].input.pick({ note: true });

function BulkStatusModal(props: BulkProps & { status: ActionStatus; onClose: () => void }) {
  const { ids, status, onClose, onDone } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const bulk = useActionMutation('actions:bulkSetStatus');
  const form = useForm({
    initialValues: { note: '' },
    validate: contractRules(t, { schema: bulkNoteFields, fields: ['note'] }),
  });
  const statusLabel = t(`actions.status.${status}`);
  const submit = ({ note }: { note: string }) => {
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
      <ModalForm
        form={form}
        onSubmit={submit}
        onCancel={onClose}
        submitLabel={t('actions.bulk.apply', { count: ids.length })}
        save={bulk}
      >
        <Alert variant="light" color="blue">
          {t('actions.bulk.confirmMessage', { count: ids.length, status: statusLabel })}
        </Alert>
        <Textarea
          {...form.getInputProps('note')}
          label={t('actions.bulk.note')}
          description={t('actions.bulk.noteDescription')}
          autosize
          minRows={2}
          maxLength={maxLengthOf(bulkNoteFields.shape.note)}
          data-autofocus
        />
      </ModalForm>
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
