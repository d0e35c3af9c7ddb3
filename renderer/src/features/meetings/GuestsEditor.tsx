/** Guests and observers of a meeting (name, organisation, role), edited as a list and saved at once. */
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { useMeetingVocabulary } from '../../app/meetings/meetingVocabulary';

type Guest = MeetingDetail['guests'][number];

export function GuestsEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useMeetingVocabulary();
  const save = useMeetingMutation('attendance:setGuests');
  const [guests, setGuests] = useState<Guest[]>(meeting.guests);
  const dirty = JSON.stringify(guests) !== JSON.stringify(meeting.guests);
  const update = (index: number, patch: Partial<Guest>) =>
    setGuests((list) => list.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  const valid = guests.every((g) => g.name.trim() !== '');

  return (
    <Stack gap="sm" w="100%">
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
            value={guest.name}
            onChange={(event) => update(index, { name: event.currentTarget.value })}
            disabled={meeting.locked}
            required
            maxLength={200}
          />
          <TextInput
            label={t('meetings.attendance.guestOrganisation')}
            value={guest.organisation}
            onChange={(event) => update(index, { organisation: event.currentTarget.value })}
            disabled={meeting.locked}
            maxLength={200}
          />
          <Select
            label={t('meetings.attendance.guestRole')}
            data={vocab.guestRoles}
            value={guest.role}
            onChange={(value) => update(index, { role: (value ?? 'guest') as Guest['role'] })}
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
            onClick={() => setGuests((list) => list.filter((_, i) => i !== index))}
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
            setGuests((list) => [...list, { name: '', organisation: '', role: 'guest' }])
          }
        >
          {t('meetings.attendance.addGuest')}
        </Button>
        <Button
          disabled={meeting.locked || !dirty || !valid}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              {
                meetingId: meeting.id,
                guests: guests.map((g) => ({
                  name: g.name.trim(),
                  organisation: g.organisation.trim(),
                  role: g.role,
                })),
              },
              {
                onSuccess: (saved) => {
                  setGuests(saved.guests);
                  notify.success(t('meetings.attendance.guestsSaved'), saved.title);
                },
              },
            )
          }
        >
          {t('meetings.attendance.saveGuests')}
        </Button>
      </Group>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
    </Stack>
  );
}
