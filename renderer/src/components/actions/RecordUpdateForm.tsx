/**
 * "Record update": progress on an action — when, what happened, optionally a new status and the
 * meeting at which it was reported. Appended to the history; never edited afterwards. The note
 * is under the privacy guard (highlights; a refused save can be made anyway with a reason).
 */
import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { actionAddUpdateSchema, type ActionDetail } from '../../../../shared/contract/actions';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/actions';
import { ErrorAlert } from '../ErrorAlert';
import { useNotify } from '../useNotify';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { GuardedTextarea } from '../privacy/GuardedField';
import { isPiiRefusal, PiiRefusal } from '../privacy/PiiRefusal';
import { useMeetingOptions } from '../../app/actions/actionOptions';
import { todayIso } from '../workspaceDay';
import { useActionMutation } from '../../app/actions/actionQueries';
import { useActionVocabulary } from '../../app/actions/actionVocabulary';
import { DayInput } from '../DayInput';
import { contractRules, maxLengthOf } from '../form/contractRules';

interface UpdateValues {
  date: string;
  note: string;
  status: ActionStatus | '';
  meetingId: string;
}

const updateFields = actionAddUpdateSchema.omit({ actionId: true });
const FIELDS = ['date', 'note', 'status', 'meetingId'] as const;

function toInput(values: UpdateValues) {
  return {
    date: values.date,
    note: values.note.trim(),
    ...(values.status ? { status: values.status } : {}),
    meetingId: values.meetingId || null,
  };
}

export function RecordUpdateForm({ action }: { action: ActionDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useActionVocabulary();
  const addUpdate = useActionMutation('actions:addUpdate');
  const meetings = useMeetingOptions(action.body?.id ?? null);
  const today = todayIso();
  const form = useForm<UpdateValues>({
    initialValues: { date: today, note: '', status: '', meetingId: '' },
    validate: contractRules(t, {
      schema: updateFields,
      toInput,
      fields: FIELDS,
      required: { date: t('actions.record.errors.dateRequired') },
      // The core's rules, which the schema cannot state: not in the future (the core's
      // today), and a note or a new status.
      extra: (values) => ({
        date: values.date > today ? t('actions.record.errors.future') : null,
        note: values.note.trim() || values.status ? null : t('actions.record.errors.noteOrStatus'),
      }),
    }),
  });
  const statuses = vocab.statuses.filter((s) => s.value !== action.status);

  const submit = (values: UpdateValues, override: PrivacyOverride | null = null) => {
    addUpdate.mutate(
      { actionId: action.id, ...toInput(values), privacyOverride: override },
      {
        onSuccess: () => {
          notify.success(t('actions.record.savedTitle'), t('actions.record.savedMessage'));
          form.reset();
        },
      },
    );
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => submit(values))}
      noValidate
      aria-label={t('actions.record.title')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DayInput
            {...form.getInputProps('date')}
            label={t('actions.record.date')}
            max={today}
            required
          />
          <Select
            label={t('actions.record.status')}
            placeholder={t('actions.record.noChange')}
            data={statuses}
            value={form.values.status || null}
            onChange={(v) => form.setFieldValue('status', isOneOf(ACTION_STATUSES, v) ? v : '')}
            clearable
          />
        </SimpleGrid>
        <GuardedTextarea
          value={form.values.note}
          onValueChange={(value) => form.setFieldValue('note', value)}
          error={form.errors.note}
          label={t('actions.record.note')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={maxLengthOf(updateFields.shape.note)}
        />
        <Select
          label={t('actions.record.meeting')}
          placeholder={t('actions.record.noMeeting')}
          data={meetings}
          value={form.values.meetingId || null}
          onChange={(id) => form.setFieldValue('meetingId', id ?? '')}
          searchable
          clearable
        />
        {addUpdate.isError && !isPiiRefusal(addUpdate.error) ? (
          <ErrorAlert error={addUpdate.error} />
        ) : null}
        <PiiRefusal
          error={addUpdate.error}
          loading={addUpdate.isPending}
          onOverride={(override) => submit(form.values, override)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={addUpdate.isPending}>
            {t('actions.record.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
