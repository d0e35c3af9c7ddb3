/**
 * "Create series": several future meetings of one body on a recurrence (day N of the month,
 * the nth or last weekday, or every N weeks), with a preview of the dates they will take.
 */
import {
  List,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { recurrenceSchema } from '../../../../shared/contract/meetings';
import { nextDates, type Recurrence } from '../../../../shared/domain/recurrence';
import { call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { formatDay } from '../../components/formatDay';
import { useNotify } from '../../components/useNotify';
import { todayIso } from '../../components/workspaceDay';
import { useBodyList } from '../../app/bodies/bodyQueries';
import { useWorkspaceStatus } from '../../app/workspace/workspaceQueries';
import { useMeetingList } from '../../app/meetings/meetingQueries';
import { useTemplateOptions } from './useTemplateOptions';
import { ModalForm } from '../../components/ModalForm';
import { contractRules, numberOf, rangeOf } from '../../components/form/contractRules';

type Kind = Recurrence['kind'];
type Week = '1' | '2' | '3' | '4' | 'last';

const NO_TEMPLATE = 'none';
const seriesInput = contract['meetings:createSeries'].input;
const [byDay, byWeekday, weekly] = recurrenceSchema.options;
const FIELDS = ['bodyId', 'recurrence', 'count', 'startTime'] as const;

interface SeriesValues {
  bodyId: string | null;
  kind: Kind;
  day: number | string;
  week: Week;
  weekday: string;
  intervalMonths: number | string;
  intervalWeeks: number | string;
  count: number | string;
  startTime: string;
  templateId: string;
}

function toRecurrence(values: SeriesValues) {
  if (values.kind === 'weekly') {
    return { kind: values.kind, intervalWeeks: numberOf(values.intervalWeeks) };
  }
  const intervalMonths = numberOf(values.intervalMonths);
  if (values.kind === 'monthly_day') {
    return { kind: values.kind, day: numberOf(values.day), intervalMonths };
  }
  const week = values.week === 'last' ? 'last' : Number(values.week);
  return { kind: values.kind, week, weekday: Number(values.weekday), intervalMonths };
}

function toInput(values: SeriesValues) {
  return {
    bodyId: values.bodyId ?? '',
    recurrence: toRecurrence(values),
    count: numberOf(values.count),
    startTime: values.startTime,
    templateId: values.templateId === NO_TEMPLATE ? null : values.templateId,
  };
}

function SeriesForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const bodies = useBodyList();
  const language = useWorkspaceStatus().data?.defaultLanguage ?? 'en';
  const templateOptions = useTemplateOptions(language);
  const form = useForm<SeriesValues>({
    initialValues: {
      bodyId: null,
      kind: 'monthly_weekday',
      day: 15,
      week: '1',
      weekday: '2',
      intervalMonths: 1,
      intervalWeeks: 2,
      count: 6,
      startTime: '10:00',
      templateId: 'default',
    },
    validate: contractRules(t, {
      schema: seriesInput,
      toInput,
      fields: FIELDS,
      required: { bodyId: t('meetings.form.errors.bodyRequired') },
      invalid: {
        recurrence: t('meetings.series.errors.recurrence'),
        count: t('meetings.series.errors.count', rangeOf(seriesInput.shape.count)),
        startTime: t('meetings.form.errors.time'),
      },
    }),
  });
  const { values } = form;
  const existing = useMeetingList(values.bodyId ? { bodyId: values.bodyId } : {});
  const after = (values.bodyId ? existing.data?.items[0]?.date : undefined) ?? todayIso();

  const recurrence = seriesInput.shape.recurrence.safeParse(toRecurrence(values));
  const total = seriesInput.shape.count.safeParse(numberOf(values.count));
  const preview =
    recurrence.success && total.success ? nextDates(recurrence.data, after, total.data) : [];
  const save = useMutation({
    mutationFn: (input: SeriesValues) =>
      call('meetings:createSeries', seriesInput.parse(toInput(input))),
  });
  const weekdayName = (d: number) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 7 + d)),
    );
  const numberProps = (field: 'day' | 'intervalMonths' | 'intervalWeeks' | 'count') => {
    const schema = {
      day: byDay.shape.day,
      intervalMonths: byDay.shape.intervalMonths,
      intervalWeeks: weekly.shape.intervalWeeks,
      count: seriesInput.shape.count,
    }[field];
    return { ...form.getInputProps(field), ...rangeOf(schema), allowDecimal: false };
  };

  return (
    <ModalForm
      form={form}
      onSubmit={(input) => {
        save.mutate(input, {
          onSuccess: (result) => {
            notify.success(
              t('meetings.series.created'),
              t('meetings.series.createdMessage', { count: result.items.length }),
            );
            onClose();
          },
        });
      }}
      onCancel={onClose}
      submitLabel={t('meetings.series.submit')}
      save={save}
    >
      <Select
        {...form.getInputProps('bodyId')}
        label={t('meetings.form.body')}
        placeholder={t('meetings.form.bodyPlaceholder')}
        data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        searchable
        required
        data-autofocus
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="series-recurrence-label">
          {t('meetings.series.recurrence')}
        </Text>
        <SegmentedControl
          aria-labelledby="series-recurrence-label"
          value={values.kind}
          onChange={(value) => form.setFieldValue('kind', value as Kind)}
          data={[
            { value: 'monthly_day', label: t('meetings.series.kinds.monthly_day') },
            { value: 'monthly_weekday', label: t('meetings.series.kinds.monthly_weekday') },
            { value: 'weekly', label: t('meetings.series.kinds.weekly') },
          ]}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {values.kind === 'monthly_day' ? (
          <NumberInput {...numberProps('day')} label={t('meetings.series.day')} />
        ) : null}
        {values.kind === 'monthly_weekday' ? (
          <>
            <Select
              label={t('meetings.series.week')}
              value={values.week}
              onChange={(value) => form.setFieldValue('week', (value ?? '1') as Week)}
              allowDeselect={false}
              data={(['1', '2', '3', '4', 'last'] as const).map((w) => ({
                value: w,
                label: t(`meetings.series.weeks.${w}`),
              }))}
            />
            <Select
              label={t('meetings.series.weekday')}
              value={values.weekday}
              onChange={(value) => form.setFieldValue('weekday', value ?? '1')}
              allowDeselect={false}
              data={[1, 2, 3, 4, 5, 6, 0]
                .filter((d) => byWeekday.shape.weekday.safeParse(d).success)
                .map((d) => ({ value: String(d), label: weekdayName(d) }))}
            />
          </>
        ) : null}
        {values.kind === 'weekly' ? (
          <NumberInput
            {...numberProps('intervalWeeks')}
            label={t('meetings.series.intervalWeeks')}
          />
        ) : (
          <NumberInput
            {...numberProps('intervalMonths')}
            label={t('meetings.series.intervalMonths')}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NumberInput {...numberProps('count')} label={t('meetings.series.count')} />
        <TextInput
          {...form.getInputProps('startTime')}
          type="time"
          label={t('meetings.form.startTime')}
        />
        <Select
          label={t('meetings.series.template')}
          value={values.templateId}
          onChange={(value) => form.setFieldValue('templateId', value ?? 'default')}
          allowDeselect={false}
          data={[
            ...templateOptions,
            { value: NO_TEMPLATE, label: t('meetings.series.noTemplate') },
          ]}
        />
      </SimpleGrid>
      <Stack gap={4} aria-live="polite" data-testid="series-preview">
        <Text size="sm" fw={500}>
          {t('meetings.series.preview', { count: preview.length })}
        </Text>
        {recurrence.success ? (
          <List size="sm" spacing={2}>
            {preview.map((date) => (
              <List.Item key={date}>{formatDay(date, i18n.language)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="red">
            {t('meetings.series.errors.recurrence')}
          </Text>
        )}
      </Stack>
    </ModalForm>
  );
}

export function SeriesFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('meetings.series.title')} size="xl">
      <SeriesForm onClose={onClose} />
    </AppModal>
  );
}
