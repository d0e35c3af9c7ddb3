/**
 * Approving minutes: the approval date (default today, never before the meeting nor in the
 * future) and, optionally, the later meeting that adopted them — then the record is frozen.
 */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ISO_DATE_PATTERN } from '../../components/validationFields';
import { todayIso } from '../../components/workspaceDay';
import { DayInput } from '../../components/DayInput';

export interface ApprovalChoice {
  approvalDate: string;
  adoptedAtMeetingId?: string;
}

interface ApprovalModalProps {
  meeting: MeetingDetail;
  opened: boolean;
  loading: boolean;
  error?: unknown;
  onClose: () => void;
  onConfirm: (choice: ApprovalChoice) => void;
}

export function ApprovalModal({
  meeting,
  opened,
  loading,
  error,
  onClose,
  onConfirm,
}: ApprovalModalProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso);
  const [adoptedAt, setAdoptedAt] = useState<string | null>(null);
  const next = meeting.nextMeeting;
  const dateError = !ISO_DATE_PATTERN.test(date)
    ? t('meetings.form.errors.date')
    : date < meeting.date
      ? t('meetings.approval.errors.beforeMeeting')
      : date > todayIso()
        ? t('meetings.approval.errors.future')
        : null;
  return (
    <AppModal
      confirmDiscard={false}
      opened={opened}
      onClose={onClose}
      title={t('meetings.workflow.confirmTitle')}
      size="md"
    >
      <Stack gap="md">
        <Text>{t('meetings.workflow.confirmText')}</Text>
        <DayInput
          label={t('meetings.approval.date')}
          value={date}
          onChange={(value) => setDate(value)}
          error={dateError}
          required
        />
        <Select
          label={t('meetings.approval.adoptedAt')}
          placeholder={t('meetings.approval.adoptedAtNone')}
          clearable
          data={next && next.date <= date ? [{ value: next.id, label: next.title }] : []}
          value={adoptedAt}
          onChange={setAdoptedAt}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="teal"
            loading={loading}
            disabled={Boolean(dateError)}
            onClick={() =>
              onConfirm({
                approvalDate: date,
                ...(adoptedAt ? { adoptedAtMeetingId: adoptedAt } : {}),
              })
            }
          >
            {t('meetings.workflow.confirmSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
