/**
 * Approved minutes are locked: a banner says so, lists the corrigenda recorded since, and
 * offers "Add corrigendum" — the only change an approved record accepts.
 */
import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '@mantine/form';
import { contract } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { AppModal } from '../../components/AppModal';
import { formatDay } from '../../components/formatDay';
import { useNotify } from '../../components/useNotify';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { todayIso } from '../../components/workspaceDay';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { ModalForm } from '../../components/ModalForm';
import { DayInput } from '../../components/DayInput';

const corrigendumFields = contract['meetings:addCorrigendum'].input.pick({
  date: true,
  text: true,
});

function CorrigendumForm({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const add = useMeetingMutation('meetings:addCorrigendum');
  const form = useForm({
    // A corrigendum is dated on or after the meeting.
    initialValues: { date: todayIso() < meeting.date ? meeting.date : todayIso(), text: '' },
    validate: contractRules(t, {
      schema: corrigendumFields,
      fields: ['date', 'text'],
      required: { date: t('meetings.form.errors.date'), text: t('meetings.locked.errors.text') },
      invalid: { date: t('meetings.form.errors.date') },
      extra: ({ date }) => ({
        date: date && date < meeting.date ? t('meetings.locked.errors.beforeMeeting') : null,
      }),
    }),
  });
  return (
    <ModalForm
      form={form}
      onSubmit={({ date, text }) => {
        add.mutate(
          { meetingId: meeting.id, date, text: text.trim() },
          {
            onSuccess: () => {
              notify.success(t('meetings.locked.added'), t('meetings.locked.addedMessage'));
              onClose();
            },
          },
        );
      }}
      onCancel={onClose}
      submitLabel={t('meetings.locked.submit')}
      save={add}
    >
      <DayInput {...form.getInputProps('date')} label={t('meetings.locked.date')} required />
      <Textarea
        {...form.getInputProps('text')}
        label={t('meetings.locked.text')}
        description={t('meetings.locked.textDescription')}
        autosize
        minRows={3}
        maxLength={maxLengthOf(corrigendumFields.shape.text)}
        required
        data-autofocus
      />
    </ModalForm>
  );
}

export function LockedBanner({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconLock size={20} aria-hidden />}
      title={t('meetings.locked.title')}
      data-testid="meeting-locked"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Text size="sm">{t('meetings.locked.description')}</Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t('meetings.locked.add')}
          </Button>
        </Group>
        {meeting.corrigenda.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('meetings.locked.corrigenda')}
            </Text>
            <List size="sm" spacing={4} aria-label={t('meetings.locked.corrigenda')}>
              {meeting.corrigenda.map((c) => (
                <List.Item key={c.id}>
                  <Text span fw={600} size="sm">
                    {formatDay(c.date, i18n.language)}
                  </Text>{' '}
                  <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {c.text}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
      <AppModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('meetings.locked.addTitle')}
        size="md"
      >
        <CorrigendumForm meeting={meeting} onClose={() => setAdding(false)} />
      </AppModal>
    </Alert>
  );
}
