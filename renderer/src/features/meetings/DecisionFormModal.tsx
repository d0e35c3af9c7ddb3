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
import type { Decision, MeetingDetail } from '../../../../shared/contract/meetings';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { ModalForm } from '../../components/ModalForm';
import { GuardedTextarea } from '../../components/privacy/GuardedField';
import { isPiiRefusal, PiiRefusal } from '../../components/privacy/PiiRefusal';

interface DecisionFormProps {
  meeting: MeetingDetail;
  decision: Decision | null;
  onClose: () => void;
  /** Opens the follow-up action dialog of a decision just recorded; absent = not offered. */
  onFollowUp?: (decision: Decision) => void;
}

function DecisionForm({ meeting, decision, onClose, onFollowUp }: DecisionFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [text, setText] = useState(decision?.text ?? '');
  const [agendaItemId, setAgendaItemId] = useState<string | null>(decision?.agendaItem?.id ?? null);
  const offerFollowUp = onFollowUp !== undefined && decision === null;
  const [followUp, setFollowUp] = useState(false);
  const error = text.trim() ? null : t('decisions.form.textRequired');
  const save = useMutation({
    mutationFn: (override: PrivacyOverride | null) =>
      decision
        ? call('decisions:update', {
            id: decision.id,
            patch: { text: text.trim(), agendaItemId },
            privacyOverride: override,
          })
        : call('decisions:create', {
            meetingId: meeting.id,
            agendaItemId,
            text: text.trim(),
            privacyOverride: override,
          }),
  });
  const submit = (override: PrivacyOverride | null) =>
    save.mutate(override, {
      onSuccess: (saved) => {
        notify.success(t('decisions.form.saved'), saved.reference);
        onClose();
        if (offerFollowUp && followUp) onFollowUp(saved);
      },
    });

  return (
    <ModalForm
      errors={{ text: error }}
      onValid={() => submit(null)}
      onCancel={onClose}
      submitLabel={t(decision ? 'decisions.form.submitEdit' : 'decisions.form.submitCreate')}
      loading={save.isPending}
      failure={isPiiRefusal(save.error) ? null : save.error}
    >
      {(shown) => (
        <>
          <Select
            label={t('decisions.form.agendaItem')}
            placeholder={t('decisions.form.noAgendaItem')}
            data={meeting.agenda.map((item, index) => ({
              value: item.id,
              label: `${index + 1}. ${item.title}`,
            }))}
            value={agendaItemId}
            onChange={setAgendaItemId}
            clearable
          />
          <GuardedTextarea
            label={t('decisions.form.text')}
            description={t('decisions.form.textDescription')}
            value={text}
            onValueChange={setText}
            privacyLanguage={meeting.language}
            error={shown('text')}
            autosize
            minRows={3}
            maxLength={5000}
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
          <PiiRefusal error={save.error} loading={save.isPending} onOverride={submit} />
        </>
      )}
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
