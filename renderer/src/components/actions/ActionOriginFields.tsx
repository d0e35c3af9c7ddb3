/**
 * Where a new action comes from: the meeting that agreed it and, within that meeting, the agenda
 * item and the decision it follows from. Opened from a meeting page, all three come pre-filled.
 */
import { Select, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ActionFormValues } from './actionFormValues';
import { useMeetingOptions, useMeetingOriginOptions } from '../../app/actions/actionOptions';

export function ActionOriginFields({ form }: { form: UseFormReturnType<ActionFormValues> }) {
  const { t } = useTranslation();
  const meetings = useMeetingOptions(null, true);
  const origin = useMeetingOriginOptions(form.values.meetingId);
  const noMeeting = !form.values.meetingId;
  return (
    <Stack gap="md">
      <Select
        label={t('actions.form.meeting')}
        description={t('actions.form.meetingDescription')}
        placeholder={t('actions.form.noMeeting')}
        data={meetings}
        value={form.values.meetingId || null}
        onChange={(id) => {
          form.setFieldValue('meetingId', id ?? '');
          form.setFieldValue('agendaItemId', '');
          form.setFieldValue('decisionId', '');
        }}
        error={form.errors.meetingId}
        searchable
        clearable
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('actions.form.agendaItem')}
          placeholder={t('actions.form.noAgendaItem')}
          data={origin.agendaItems}
          value={form.values.agendaItemId || null}
          onChange={(id) => form.setFieldValue('agendaItemId', id ?? '')}
          error={form.errors.agendaItemId}
          disabled={noMeeting}
          searchable
          clearable
        />
        <Select
          label={t('actions.form.decision')}
          placeholder={t('actions.form.noDecision')}
          data={origin.decisions}
          value={form.values.decisionId || null}
          onChange={(id) => {
            form.setFieldValue('decisionId', id ?? '');
            // A decision taken under an item brings its item along when none is chosen yet.
            const item = id ? origin.itemOfDecision.get(id) : '';
            if (item && !form.values.agendaItemId) form.setFieldValue('agendaItemId', item);
          }}
          error={form.errors.decisionId}
          disabled={noMeeting || origin.decisions.length === 0}
          searchable
          clearable
        />
      </SimpleGrid>
    </Stack>
  );
}
