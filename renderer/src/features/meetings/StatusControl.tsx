/**
 * The meeting's workflow: the next step as a button ("Circulate agenda", "Mark as held"…),
 * one step back to correct a mistake. Circulating the agenda produces the distribution (.eml
 * with invitation, agenda and .ics) and records it; marking a future meeting held asks to
 * confirm it was held early; approval asks for its date and adopting meeting (it locks).
 */
import { Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconArrowRight, IconLock, IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import type { MeetingStatus } from '../../../../shared/domain/meetings';
import { call } from '../../api';
import { useNotify } from '../../components/useNotify';
import { todayIso } from '../../components/workspaceDay';
import { saveExportedFile } from '../../components/exports/saveFile';
import { flushPendingSaves } from '../../app/workspace/pendingSaves';
import { ApprovalModal, type ApprovalChoice } from './ApprovalModal';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { nextStatus, previousStatus } from '../../app/meetings/meetingVocabulary';

export function StatusControl({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const setStatus = useMeetingMutation('meetings:setStatus');
  const circulate = useMutation({
    mutationFn: (kind: 'agenda' | 'draft_minutes') =>
      call('exports:circulate', { meetingId: meeting.id, kind }),
    onSuccess: (file) => {
      saveExportedFile(file);
      notify.success(
        t('meetings.circulation.done'),
        t('meetings.circulation.doneMessage', { count: file.recipients }),
      );
    },
    onError: (error) => notify.error(error),
  });
  const [confirming, setConfirming] = useState<'approve' | 'early' | null>(null);
  if (meeting.locked) return null;
  const next = nextStatus(meeting.status);
  const back = previousStatus(meeting.status);
  const move = async (
    status: MeetingStatus,
    extra: Partial<ApprovalChoice> & { heldEarly?: boolean } = {},
  ) => {
    // Notes still being typed are saved before the meeting moves on (approval locks them).
    await flushPendingSaves();
    setStatus.mutate(
      { id: meeting.id, status, ...extra },
      { onSuccess: () => setConfirming(null), onError: (error) => notify.error(error) },
    );
  };
  const goNext = (status: MeetingStatus) => {
    if (status === 'agenda_circulated') circulate.mutate('agenda');
    else if (status === 'minutes_approved') setConfirming('approve');
    else if (status === 'held' && meeting.date > todayIso()) setConfirming('early');
    else void move(status);
  };

  return (
    <Group gap="xs">
      {back ? (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          disabled={setStatus.isPending}
          onClick={() => void move(back)}
        >
          {t('meetings.workflow.back', { status: t(`meetings.status.${back}`) })}
        </Button>
      ) : null}
      {meeting.status === 'minutes_drafted' ? (
        <Button
          variant="default"
          leftSection={<IconSend size={16} aria-hidden />}
          loading={circulate.isPending}
          onClick={() => circulate.mutate('draft_minutes')}
        >
          {t('meetings.circulation.draftMinutes')}
        </Button>
      ) : null}
      {next ? (
        <Button
          leftSection={
            next === 'minutes_approved' ? (
              <IconLock size={16} aria-hidden />
            ) : (
              <IconArrowRight size={16} aria-hidden />
            )
          }
          loading={(setStatus.isPending && !confirming) || circulate.isPending}
          onClick={() => goNext(next)}
        >
          {t(`meetings.workflow.next.${next}`)}
        </Button>
      ) : null}
      <ConfirmModal
        opened={confirming === 'early'}
        title={t('meetings.workflow.earlyTitle')}
        message={t('meetings.workflow.earlyText')}
        confirmLabel={t('meetings.workflow.earlySubmit')}
        color="orange"
        loading={setStatus.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => void move('held', { heldEarly: true })}
      />
      {confirming === 'approve' ? (
        <ApprovalModal
          meeting={meeting}
          opened
          loading={setStatus.isPending}
          error={setStatus.error}
          onClose={() => setConfirming(null)}
          onConfirm={(choice) => void move('minutes_approved', choice)}
        />
      ) : null}
    </Group>
  );
}
