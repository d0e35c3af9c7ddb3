/**
 * The meeting's workflow: the next step as a button ("Circulate agenda", "Mark as held"…),
 * one step back to correct a mistake, and a confirmation before approval (which locks).
 */
import { Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconArrowRight, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import type { MeetingStatus } from '../../../../shared/domain/meetings';
import { useNotify } from '../../components/useNotify';
import { flushPendingSaves } from '../workspace/pendingSaves';
import { ConfirmModal } from './ConfirmModal';
import { useMeetingMutation } from './meetingQueries';
import { nextStatus, previousStatus } from './meetingVocabulary';

export function StatusControl({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const setStatus = useMeetingMutation('meetings:setStatus');
  const [confirming, setConfirming] = useState(false);
  if (meeting.locked) return null;
  const next = nextStatus(meeting.status);
  const back = previousStatus(meeting.status);
  const move = async (status: MeetingStatus) => {
    // Notes still being typed are saved before the meeting moves on (approval locks them).
    await flushPendingSaves();
    setStatus.mutate(
      { id: meeting.id, status },
      { onSuccess: () => setConfirming(false), onError: (error) => notify.error(error) },
    );
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
      {next ? (
        <Button
          leftSection={
            next === 'minutes_approved' ? (
              <IconLock size={16} aria-hidden />
            ) : (
              <IconArrowRight size={16} aria-hidden />
            )
          }
          loading={setStatus.isPending && !confirming}
          onClick={() => (next === 'minutes_approved' ? setConfirming(true) : void move(next))}
        >
          {t(`meetings.workflow.next.${next}`)}
        </Button>
      ) : null}
      <ConfirmModal
        opened={confirming}
        title={t('meetings.workflow.confirmTitle')}
        message={t('meetings.workflow.confirmText')}
        confirmLabel={t('meetings.workflow.confirmSubmit')}
        color="teal"
        loading={setStatus.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => void move('minutes_approved')}
      />
    </Group>
  );
}
