/** "New meeting" / "Edit details": body, date and time, place, language, chair, minute-taker. */
import { Checkbox, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  meetingCreateSchema,
  meetingPatchSchema,
  type MeetingDetail,
} from '../../../../shared/contract/meetings';
import { call } from '../../api';
import { AppModal } from '../AppModal';
import { ErrorAlert } from '../ErrorAlert';
import { ModalForm } from '../ModalForm';
import { contractRules, maxLengthOf, rangeOf } from '../form/contractRules';
import { useNotify } from '../useNotify';
import { invalidFields } from '../validationFields';
import { todayIso } from '../workspaceDay';
import { useBodyList } from '../../app/bodies/bodyQueries';
import { useWorkspaceStatus } from '../../app/workspace/workspaceQueries';
import {
  MEETING_FORM_FIELDS,
  toMeetingCreate,
  toMeetingFormValues,
  toMeetingPatch,
  type MeetingFormValues,
} from './meetingFormValues';
import { meetingKeys } from '../../app/meetings/meetingQueries';
import { useMeetingVocabulary } from '../../app/meetings/meetingVocabulary';
import { PersonInput } from '../PersonInput';
import { DayInput } from '../DayInput';

interface MeetingFormModalProps {
  opened: boolean;
  onClose: () => void;
  meeting?: MeetingDetail;
  /** A new meeting of this body (preselected, still changeable). */
  bodyId?: string;
  onSaved?: (meeting: MeetingDetail) => void;
}

function MeetingForm({ meeting, bodyId, onClose, onSaved }: Omit<MeetingFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useMeetingVocabulary();
  const queryClient = useQueryClient();
  const bodies = useBodyList();
  const status = useWorkspaceStatus();
  const save = useMutation({
    mutationFn: (values: MeetingFormValues) =>
      meeting
        ? call('meetings:update', { id: meeting.id, patch: toMeetingPatch(values) })
        : call('meetings:create', toMeetingCreate(values)),
    onSuccess: (saved) => queryClient.setQueryData(meetingKeys.detail(saved.id), saved),
  });
  const form = useForm<MeetingFormValues>({
    initialValues: toMeetingFormValues(meeting ?? null, {
      date: todayIso(),
      language: status.data?.defaultLanguage ?? 'en',
      bodyId,
    }),
    validate: contractRules(t, {
      schema: meeting ? meetingPatchSchema : meetingCreateSchema.required({ bodyId: true }),
      toInput: meeting ? toMeetingPatch : toMeetingCreate,
      fields: MEETING_FORM_FIELDS,
      required: { bodyId: t('meetings.form.errors.bodyRequired') },
      invalid: {
        date: t('meetings.form.errors.date'),
        startTime: t('meetings.form.errors.time'),
        durationMinutes: t(
          'meetings.form.errors.duration',
          rangeOf(meetingCreateSchema.shape.durationMinutes),
        ),
        videoLink: t('meetings.form.errors.videoLink'),
      },
    }),
  });
  const submit = (values: MeetingFormValues) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        notify.success(t('meetings.form.saved'), saved.title);
        onClose();
        onSaved?.(saved);
      },
      onError: (error) => {
        for (const field of invalidFields(error, MEETING_FORM_FIELDS)) {
          form.setFieldError(field, t('meetings.form.errors.invalid'));
        }
      },
    });
  const bodyOptions = (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));

  return (
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t(meeting ? 'meetings.form.submitEdit' : 'meetings.form.submitCreate')}
      save={save}
    >
      {meeting ? null : (
        <Select
          {...form.getInputProps('bodyId')}
          label={t('meetings.form.body')}
          placeholder={t('meetings.form.bodyPlaceholder')}
          data={bodyOptions}
          searchable
          required
          data-autofocus={bodyId ? undefined : true}
        />
      )}
      <TextInput
        {...form.getInputProps('title')}
        label={t('meetings.form.title')}
        description={t('meetings.form.titleDescription')}
        maxLength={maxLengthOf(meetingCreateSchema.shape.title)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DayInput {...form.getInputProps('date')} label={t('meetings.form.date')} required />
        <TextInput
          {...form.getInputProps('startTime')}
          type="time"
          label={t('meetings.form.startTime')}
          required
        />
        <NumberInput
          {...form.getInputProps('durationMinutes')}
          label={t('meetings.form.duration')}
          {...rangeOf(meetingCreateSchema.shape.durationMinutes)}
          allowDecimal={false}
          allowNegative={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          {...form.getInputProps('location')}
          label={t('meetings.form.location')}
          maxLength={maxLengthOf(meetingCreateSchema.shape.location)}
        />
        <TextInput
          {...form.getInputProps('videoLink')}
          label={t('meetings.form.videoLink')}
          placeholder="https://"
          maxLength={maxLengthOf(meetingCreateSchema.shape.videoLink)}
        />
        <PersonInput
          {...form.getInputProps('chairName')}
          label={t('meetings.form.chair')}
          maxLength={maxLengthOf(meetingCreateSchema.shape.chairName)}
        />
        <PersonInput
          {...form.getInputProps('minuteTaker')}
          label={t('meetings.form.minuteTaker')}
          maxLength={maxLengthOf(meetingCreateSchema.shape.minuteTaker)}
        />
        <Select
          {...form.getInputProps('language')}
          label={t('meetings.form.language')}
          description={t('meetings.form.languageDescription')}
          data={vocab.languages}
          allowDeselect={false}
        />
      </SimpleGrid>
      {meeting ? null : (
        <Checkbox
          {...form.getInputProps('applyTemplate', { type: 'checkbox' })}
          label={t('meetings.form.applyTemplate')}
        />
      )}
      {bodies.isError ? <ErrorAlert error={bodies.error} /> : null}
    </ModalForm>
  );
}

export function MeetingFormModal({
  opened,
  onClose,
  meeting,
  bodyId,
  onSaved,
}: MeetingFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t(meeting ? 'meetings.form.editTitle' : 'meetings.form.createTitle')}
      size="xl"
    >
      <MeetingForm meeting={meeting} bodyId={bodyId} onClose={onClose} onSaved={onSaved} />
    </AppModal>
  );
}
