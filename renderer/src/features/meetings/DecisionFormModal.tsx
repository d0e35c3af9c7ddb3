/**
 * "Record decision" / "Edit decision": the text and the agenda item it was taken under. Recording
 * one can go straight on to its follow-up action (a checkbox, when the page offers it). The text
 * is under the privacy guard: personal data is highlighted, and a refused save can be made
 * anyway with a written reason.
 */
import { Checkbox, Select } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '@mantine/form';
import { contract } from '../../../../shared/contract';
import type { Decision, MeetingDetail } from '../../../../shared/contract/meetings';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { ModalForm } from '../../components/ModalForm';
import { GuardedTextarea } from '../../components/privacy/GuardedField';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';

interface DecisionFormProps {
  meeting: MeetingDetail;
  decision: Decision | null;
  onClose: () => void;
  /** Opens the follow-up action dialog of a decision just recorded; absent = not offered. */
  onFollowUp?: (decision: Decision) => void;
}

const decisionFields = contract['decisions:create'].input.pick({ text: true, agendaItemId: true });
const FIELDS = ['text', 'agendaItemId'] as const;
interface DecisionValues {
  text: string;
  agendaItemId: string | null;
}

function DecisionForm({ meeting, decision, onClose, onFollowUp }: DecisionFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useForm<DecisionValues>({
    initialValues: { text: decision?.text ?? '', agendaItemId: decision?.agendaItem?.id ?? null },
    validate: contractRules(t, {
      schema: decisionFields,
      fields: FIELDS,
      required: { text: t('decisions.form.textRequired') },
    }),
  });
  const offerFollowUp = onFollowUp !== undefined && decision === null;
  const [followUp, setFollowUp] = useState(false);
  const save = useMutation({
    mutationFn: ({
      values,
      override,
    }: {
      values: DecisionValues;
      override: PrivacyOverride | null;
    }) => {
      const fields = { text: values.text.trim(), agendaItemId: values.agendaItemId };
      return decision
        ? call('decisions:update', { id: decision.id, patch: fields, privacyOverride: override })
        : call('decisions:create', { meetingId: meeting.id, ...fields, privacyOverride: override });
    },
  });
  const submit = (values: DecisionValues, override: PrivacyOverride | null = null) =>
    save.mutate(
      { values, override },
      {
        onSuccess: (saved) => {
          notify.success(t('decisions.form.saved'), saved.reference);
          onClose();
          if (offerFollowUp && followUp) onFollowUp(saved);
        },
      },
    );

  return (
    <ModalForm
      form={form}
      onSubmit={(values) => submit(values)}
      onCancel={onClose}
      submitLabel={t(decision ? 'decisions.form.submitEdit' : 'decisions.form.submitCreate')}
      save={save}
      onOverride={(override) => submit(form.values, override)}
    >
      <Select
        {...form.getInputProps('agendaItemId')}
        label={t('decisions.form.agendaItem')}
        placeholder={t('decisions.form.noAgendaItem')}
        data={meeting.agenda.map((item, index) => ({
          value: item.id,
          label: `${index + 1}. ${item.title}`,
        }))}
        clearable
      />
      <GuardedTextarea
        label={t('decisions.form.text')}
        description={t('decisions.form.textDescription')}
        value={form.values.text}
        onValueChange={(value) => form.setFieldValue('text', value)}
        privacyLanguage={meeting.language}
        error={form.errors.text}
        autosize
        minRows={3}
        maxLength={maxLengthOf(decisionFields.shape.text)}
        required
        data-autofocus
      />
      {offerFollowUp ? (
        <Checkbox
          label={t('decisions.form.followUp')}
          description={t('decisions.form.followUpDescription')}
          checked={followUp}
          onChange={(event) => setFollowUp(event.currentTarget.checked)}
        />
      ) : null}
    </ModalForm>
  );
}

export function DecisionFormModal(props: DecisionFormProps & { opened: boolean }) {
  const { opened, decision, onClose, ...rest } = props;
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t(decision ? 'decisions.form.editTitle' : 'decisions.form.createTitle')}
    >
      <DecisionForm {...rest} decision={decision} onClose={onClose} />
    </AppModal>
  );
}
