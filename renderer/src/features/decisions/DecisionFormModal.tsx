/**
 * "Record decision" / "Edit decision": the text and the agenda item it was taken under. Recording
 * one can go straight on to its follow-up action (a checkbox, when the page offers it).
 */
import { Checkbox, Select, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, MeetingDetail } from '../../../../shared/contract/meetings';
import { call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { invalidateMeetings } from '../meetings/meetingQueries';
import { ModalForm } from '../meetings/ModalForm';

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
  const queryClient = useQueryClient();
  const [text, setText] = useState(decision?.text ?? '');
  const [agendaItemId, setAgendaItemId] = useState<string | null>(decision?.agendaItem?.id ?? null);
  const offerFollowUp = onFollowUp !== undefined && decision === null;
  const [followUp, setFollowUp] = useState(false);
  const error = text.trim() ? null : t('decisions.form.textRequired');
  const save = useMutation({
    mutationFn: () =>
      decision
        ? call('decisions:update', {
            id: decision.id,
            patch: { text: text.trim(), agendaItemId },
          })
        : call('decisions:create', { meetingId: meeting.id, agendaItemId, text: text.trim() }),
    onSuccess: () => invalidateMeetings(queryClient),
  });

  return (
    <ModalForm
      errors={{ text: error }}
      onValid={() => {
        save.mutate(undefined, {
          onSuccess: (saved) => {
            notify.success(t('decisions.form.saved'), saved.reference);
            onClose();
            if (offerFollowUp && followUp) onFollowUp(saved);
          },
        });
      }}
      onCancel={onClose}
      submitLabel={t(decision ? 'decisions.form.submitEdit' : 'decisions.form.submitCreate')}
      loading={save.isPending}
      failure={save.error}
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
          <Textarea
            label={t('decisions.form.text')}
            description={t('decisions.form.textDescription')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
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
