/**
 * Creates or edits a training: dates, topic, organiser, trainer agency, NAP pillar, format,
 * hours per participant, and one row per agency trained with its participants by sex.
 * Organiser and notes are under the privacy guard.
 */
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import {
  TRAINING_FORMATS,
  trainedAgencySchema,
  trainingCreateSchema,
  type Training,
} from '../../../../shared/contract/trainings';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { invalidFields } from '../../components/validationFields';
import { todayIso } from '../../components/workspaceDay';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import { ModalForm } from '../../components/ModalForm';
import { contractRules, maxLengthOf, rangeOf } from '../../components/form/contractRules';
import { usePillarOptions, useTrainingMutation } from './trainingQueries';
import { DayInput } from '../../components/DayInput';

type Format = (typeof TRAINING_FORMATS)[number];

interface Row {
  agencyId: string;
  female: number;
  male: number;
  other: number;
}

export interface TrainingFormValues {
  date: string;
  endDate: string;
  topic: string;
  organiser: string;
  trainerAgencyId: string;
  napPillarId: string;
  format: Format;
  hours: number;
  agencies: Row[];
  notes: string;
}

const FIELDS = [
  'date',
  'endDate',
  'topic',
  'organiser',
  'trainerAgencyId',
  'napPillarId',
  'format',
  'hours',
  'agencies',
  'notes',
] as const;

function initialValues(tr: Training | null): TrainingFormValues {
  return {
    date: tr?.date ?? todayIso(),
    endDate: tr?.endDate ?? '',
    topic: tr?.topic ?? '',
    organiser: tr?.organiser ?? '',
    trainerAgencyId: tr?.trainerAgency?.id ?? '',
    napPillarId: tr?.napPillar?.id ?? '',
    format: tr?.format ?? 'in_person',
    hours: tr?.hours ?? 0,
    agencies:
      tr?.agencies.map((a) => ({
        agencyId: a.agency.id,
        female: a.female,
        male: a.male,
        other: a.other,
      })) ?? [],
    notes: tr?.notes ?? '',
  };
}

function toInput(v: TrainingFormValues) {
  return {
    ...v,
    topic: v.topic.trim(),
    endDate: v.endDate || null,
    trainerAgencyId: v.trainerAgencyId || null,
    napPillarId: v.napPillarId || null,
    agencies: v.agencies.filter((r) => r.agencyId),
  };
}

const count = (n: number | string) => (typeof n === 'number' && n >= 0 ? Math.floor(n) : 0);

interface TrainingFormProps {
  training: Training | null;
  onClose: () => void;
}

function TrainingForm({ training, onClose }: TrainingFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const keep = training
    ? [
        ...training.agencies.map((a) => a.agency),
        ...(training.trainerAgency ? [training.trainerAgency] : []),
      ]
    : undefined;
  const agencies = useAgencyOptions(keep);
  const pillars = usePillarOptions();
  const create = useTrainingMutation('trainings:create');
  const update = useTrainingMutation('trainings:update');
  const save = training ? update : create;
  const form = useForm<TrainingFormValues>({
    initialValues: initialValues(training),
    validate: contractRules(t, {
      schema: trainingCreateSchema,
      toInput,
      fields: FIELDS,
      required: {
        date: t('trainings.form.errors.dateRequired'),
        topic: t('trainings.form.errors.topicRequired'),
      },
      extra: (values) => {
        const ids = values.agencies.map((r) => r.agencyId).filter(Boolean);
        return {
          endDate:
            values.endDate && values.endDate < values.date
              ? t('trainings.form.errors.endBeforeStart')
              : null,
          agencies:
            new Set(ids).size === ids.length ? null : t('trainings.form.errors.duplicateAgency'),
        };
      },
    }),
  });
  const formats = TRAINING_FORMATS.map((value) => ({
    value,
    label: t(`trainings.formats.${value}`),
  }));

  const onError = (error: unknown) => {
    for (const field of invalidFields(error, FIELDS)) {
      form.setFieldError(field, t('trainings.form.errors.invalid'));
    }
  };
  const onSuccess = (saved: Training) => {
    notify.success(t('trainings.form.savedTitle'), saved.topic);
    onClose();
  };
  const submit = (values: TrainingFormValues, override: PrivacyOverride | null = null) => {
    if (training) {
      update.mutate(
        { id: training.id, ...toInput(values), privacyOverride: override },
        { onSuccess, onError },
      );
    } else {
      create.mutate({ ...toInput(values), privacyOverride: override }, { onSuccess, onError });
    }
  };
  const rows = form.values.agencies;
  const total = rows.reduce((s, r) => s + r.female + r.male + r.other, 0);

  return (
    <ModalForm
      form={form}
      onSubmit={(values) => submit(values)}
      onCancel={onClose}
      submitLabel={training ? t('trainings.form.saveChanges') : t('trainings.form.create')}
      save={save}
      fields={FIELDS}
      onOverride={(override) => submit(form.values, override)}
    >
      <TextInput
        {...form.getInputProps('topic')}
        label={t('trainings.form.topic')}
        required
        maxLength={maxLengthOf(trainingCreateSchema.shape.topic)}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DayInput {...form.getInputProps('date')} label={t('trainings.form.date')} required />
        <DayInput {...form.getInputProps('endDate')} label={t('trainings.form.endDate')} />
        <NumberInput
          {...form.getInputProps('hours')}
          onChange={(v) => form.setFieldValue('hours', typeof v === 'number' ? v : 0)}
          label={t('trainings.form.hours')}
          {...rangeOf(trainingCreateSchema.shape.hours)}
          decimalScale={1}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          {...form.getInputProps('organiser')}
          label={t('trainings.form.organiser')}
          maxLength={maxLengthOf(trainingCreateSchema.shape.organiser)}
        />
        <Select
          label={t('trainings.form.trainer')}
          data={agencies.data}
          value={form.values.trainerAgencyId || null}
          onChange={(id) => form.setFieldValue('trainerAgencyId', id ?? '')}
          error={form.errors.trainerAgencyId}
          searchable
          clearable
        />
        <Select
          label={t('trainings.form.pillar')}
          data={pillars}
          value={form.values.napPillarId || null}
          onChange={(id) => form.setFieldValue('napPillarId', id ?? '')}
          error={form.errors.napPillarId}
          searchable
          clearable
        />
        <Select
          label={t('trainings.form.format')}
          data={formats}
          value={form.values.format}
          onChange={(v) => isOneOf(TRAINING_FORMATS, v) && form.setFieldValue('format', v)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text fw={600} size="sm" id="trained-agencies">
          {t('trainings.form.agencies')}
        </Text>
        {rows.length > 0 ? (
          <Table aria-labelledby="trained-agencies" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainings.columns.agency')}</Table.Th>
                <Table.Th w={90}>{t('trainings.columns.female')}</Table.Th>
                <Table.Th w={90}>{t('trainings.columns.male')}</Table.Th>
                <Table.Th w={90}>{t('trainings.columns.other')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    <Select
                      aria-label={t('trainings.columns.agency')}
                      data={agencies.data}
                      value={row.agencyId || null}
                      onChange={(id) => form.setFieldValue(`agencies.${index}.agencyId`, id ?? '')}
                      searchable
                    />
                  </Table.Td>
                  {(['female', 'male', 'other'] as const).map((sex) => (
                    <Table.Td key={sex}>
                      <NumberInput
                        aria-label={`${t(`trainings.columns.${sex}`)} (${index + 1})`}
                        value={row[sex]}
                        onChange={(v) => form.setFieldValue(`agencies.${index}.${sex}`, count(v))}
                        {...rangeOf(trainedAgencySchema.shape[sex])}
                        allowDecimal={false}
                        allowNegative={false}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('trainings.form.removeRow')}
                      onClick={() => form.removeListItem('agencies', index)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('trainings.form.noAgencies')}
          </Text>
        )}
        {form.errors.agencies ? (
          <Text size="sm" c="red">
            {form.errors.agencies}
          </Text>
        ) : null}
        <Group justify="space-between">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              form.insertListItem('agencies', { agencyId: '', female: 0, male: 0, other: 0 })
            }
          >
            {t('trainings.form.addAgency')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('trainings.form.participants', { count: total })}
          </Text>
        </Group>
      </Stack>
      <Textarea
        {...form.getInputProps('notes')}
        label={t('trainings.form.notes')}
        autosize
        minRows={2}
        maxLength={maxLengthOf(trainingCreateSchema.shape.notes)}
      />
    </ModalForm>
  );
}

export function TrainingFormModal(props: TrainingFormProps & { opened: boolean }) {
  const { t } = useTranslation();
  const { opened, ...formProps } = props;
  return (
    <AppModal
      opened={opened}
      onClose={props.onClose}
      size="xl"
      title={props.training ? t('trainings.form.editTitle') : t('trainings.form.newTitle')}
    >
      <TrainingForm {...formProps} />
    </AppModal>
  );
}
