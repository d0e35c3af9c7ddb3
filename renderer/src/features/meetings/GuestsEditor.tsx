/** Guests and observers of a meeting (name, organisation, role), edited as a list and saved at once. */
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { useNotify } from '../../components/useNotify';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { useMeetingVocabulary } from '../../app/meetings/meetingVocabulary';

type Guest = MeetingDetail['guests'][number];

/** The list as 'attendance:setGuests' takes it (the meeting is given). */
const guestsFields = contract['attendance:setGuests'].input.pick({ guests: true });
const guestShape = guestsFields.shape.guests.element.shape;

const toGuestsInput = ({ guests }: { guests: Guest[] }) => ({
  guests: guests.map((g) => ({
    name: g.name.trim(),
    organisation: g.organisation.trim(),
    role: g.role,
  })),
});

export function GuestsEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useMeetingVocabulary();
  const save = useMeetingMutation('attendance:setGuests');
  const form = useForm<{ guests: Guest[] }>({
    initialValues: { guests: meeting.guests },
    validate: contractRules(t, {
      schema: guestsFields,
      toInput: toGuestsInput,
      fields: ['guests'],
    }),
  });
  const { guests } = form.values;
  const dirty = JSON.stringify(guests) !== JSON.stringify(meeting.guests);
  const submit = (values: { guests: Guest[] }) =>
    save.mutate(
      { meetingId: meeting.id, ...toGuestsInput(values) },
      {
        onSuccess: (saved) => {
          form.setValues({ guests: saved.guests });
          notify.success(t('meetings.attendance.guestsSaved'), saved.title);
        },
      },
    );

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} style={{ width: '100%' }}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('meetings.attendance.guests')}
        </Title>
        {guests.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetings.attendance.noGuests')}
          </Text>
        ) : null}
        {guests.map((guest, index) => (
          <Group key={index} gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label={t('meetings.attendance.guestName')}
              {...form.getInputProps(`guests.${index}.name`)}
              disabled={meeting.locked}
              required
              maxLength={maxLengthOf(guestShape.name)}
            />
            <TextInput
              label={t('meetings.attendance.guestOrganisation')}
              {...form.getInputProps(`guests.${index}.organisation`)}
              disabled={meeting.locked}
              maxLength={maxLengthOf(guestShape.organisation)}
            />
            <Select
              label={t('meetings.attendance.guestRole')}
              data={vocab.guestRoles}
              value={guest.role}
              onChange={(value) =>
                form.setFieldValue(`guests.${index}.role`, (value ?? 'guest') as Guest['role'])
              }
              allowDeselect={false}
              disabled={meeting.locked}
              w={160}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('meetings.attendance.removeGuest', { name: guest.name })}
              disabled={meeting.locked}
              onClick={() => form.removeListItem('guests', index)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={meeting.locked}
            onClick={() =>
              form.insertListItem('guests', { name: '', organisation: '', role: 'guest' })
            }
          >
            {t('meetings.attendance.addGuest')}
          </Button>
          <Button type="submit" disabled={meeting.locked || !dirty} loading={save.isPending}>
            {t('meetings.attendance.saveGuests')}
          </Button>
        </Group>
        {save.isError ? <ErrorAlert error={save.error} /> : null}
      </Stack>
    </form>
  );
}
