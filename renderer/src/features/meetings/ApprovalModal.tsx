/**
 * Approving minutes: the approval date (default today, never before the meeting nor in the
 * future) and, optionally, the later meeting that adopted them — then the record is frozen.
 */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { contractRules } from '../../components/form/contractRules';
import { todayIso } from '../../components/workspaceDay';
import { DayInput } from '../../components/DayInput';

/** What 'meetings:setStatus' takes of an approval; the dialog always gives a date. */
const approvalFields = contract['meetings:setStatus'].input
  .pick({ approvalDate: true, adoptedAtMeetingId: true })
  .required({ approvalDate: true });

interface ApprovalValues {
  approvalDate: string;
  adoptedAtMeetingId: string | null;
}

const toApprovalChoice = (values: ApprovalValues): ApprovalChoice => ({
  approvalDate: values.approvalDate,
  ...(values.adoptedAtMeetingId ? { adoptedAtMeetingId: values.adoptedAtMeetingId } : {}),
});

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
  const form = useForm<ApprovalValues>({
    initialValues: { approvalDate: todayIso(), adoptedAtMeetingId: null },
    // The date is judged as it is typed: the approval button waits for a valid one.
    validateInputOnChange: true,
    validate: contractRules(t, {
      schema: approvalFields,
      toInput: toApprovalChoice,
      fields: ['approvalDate'],
      required: { approvalDate: t('meetings.form.errors.date') },
      invalid: { approvalDate: t('meetings.form.errors.date') },
      // The core's rules, against the meeting the dialog shows: not before it, not in the future.
      extra: ({ approvalDate: date }) => ({
        approvalDate: !date
          ? null
          : date < meeting.date
            ? t('meetings.approval.errors.beforeMeeting')
            : date > todayIso()
              ? t('meetings.approval.errors.future')
              : null,
      }),
    }),
  });
  const next = meeting.nextMeeting;
  const date = form.values.approvalDate;
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
          {...form.getInputProps('approvalDate')}
          required
        />
        <Select
          label={t('meetings.approval.adoptedAt')}
          placeholder={t('meetings.approval.adoptedAtNone')}
          clearable
          data={next && next.date <= date ? [{ value: next.id, label: next.title }] : []}
          {...form.getInputProps('adoptedAtMeetingId')}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="teal"
            loading={loading}
            disabled={!form.isValid()}
            onClick={() => {
              if (!form.validate().hasErrors) onConfirm(toApprovalChoice(form.values));
            }}
          >
            {t('meetings.workflow.confirmSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
