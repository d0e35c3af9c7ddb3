/**
 * Attendance in seconds: "Everyone present" (one write for every agency listed) and "Copy
 * from the last meeting" (the same body's previous meeting, one write in the core), which
 * asks first when it would replace what is already recorded.
 */
import { Button, Group } from '@mantine/core';
import { IconCopy, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { errorCodeOf } from '../../api';
import { useNotify } from '../../components/useNotify';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';

export function AttendanceQuickActions({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const setMany = useMeetingMutation('attendance:setMany');
  const copy = useMeetingMutation('attendance:copyPrevious');
  const [confirming, setConfirming] = useState(false);
  const previous = meeting.previousMeeting;
  const anyRecorded = meeting.attendance.some((e) => e.status !== null);

  const everyonePresent = () =>
    setMany.mutate(
      {
        meetingId: meeting.id,
        entries: meeting.attendance.map((e) => ({
          agencyId: e.agency.id,
          status: 'present' as const,
          person: e.person,
        })),
      },
      {
        onSuccess: (saved) =>
          notify.success(t('meetings.attendance.quick.everyoneDone'), saved.title),
        onError: (error) => notify.error(error),
      },
    );
  const copyPrevious = () =>
    copy.mutate(
      { meetingId: meeting.id },
      {
        onSuccess: (saved) => {
          setConfirming(false);
          notify.success(
            t('meetings.attendance.quick.copied', { meeting: previous?.title ?? '' }),
            saved.title,
          );
        },
        onError: (error) => {
          setConfirming(false);
          if (errorCodeOf(error) === 'VALIDATION') {
            notify.info(t('meetings.attendance.quick.nothingToCopy'), previous?.title ?? '');
          } else notify.error(error);
        },
      },
    );

  return (
    <Group gap="sm">
      <Button
        variant="light"
        leftSection={<IconUsersGroup size={16} aria-hidden />}
        loading={setMany.isPending}
        disabled={meeting.attendance.length === 0}
        onClick={everyonePresent}
      >
        {t('meetings.attendance.quick.everyone')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconCopy size={16} aria-hidden />}
        loading={copy.isPending && !confirming}
        disabled={!previous}
        title={previous ? previous.title : t('meetings.attendance.quick.noPrevious')}
        onClick={() => (anyRecorded ? setConfirming(true) : copyPrevious())}
      >
        {t('meetings.attendance.quick.copy')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('meetings.attendance.quick.confirmTitle')}
        message={t('meetings.attendance.quick.confirmMessage', { meeting: previous?.title ?? '' })}
        confirmLabel={t('meetings.attendance.quick.confirm')}
        color="blue"
        loading={copy.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={copyPrevious}
      />
    </Group>
  );
}
