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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextDates, type Recurrence } from '../../../../shared/domain/recurrence';
import { call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { formatDay } from '../../components/formatDay';
import { useNotify } from '../../components/useNotify';
import { todayIso } from '../../components/workspaceDay';
import { useBodyList } from '../../app/bodies/bodyQueries';
import { useWorkspaceStatus } from '../../app/workspace/workspaceQueries';
import { CLOCK_PATTERN } from '../../components/meetings/meetingFormValues';
import { useMeetingList } from '../../app/meetings/meetingQueries';
import { useTemplateOptions } from './useTemplateOptions';
import { ModalForm } from '../../components/ModalForm';

type Kind = Recurrence['kind'];
type Week = '1' | '2' | '3' | '4' | 'last';

const NO_TEMPLATE = 'none';

function whole(value: number | string, min: number, max: number): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max && value !== '' ? n : null;
}

function SeriesForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const bodies = useBodyList();
  const language = useWorkspaceStatus().data?.defaultLanguage ?? 'en';
  const templateOptions = useTemplateOptions(language);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>('monthly_weekday');
  const [day, setDay] = useState<number | string>(15);
  const [week, setWeek] = useState<Week>('1');
  const [weekday, setWeekday] = useState('2');
  const [intervalMonths, setIntervalMonths] = useState<number | string>(1);
  const [intervalWeeks, setIntervalWeeks] = useState<number | string>(2);
  const [count, setCount] = useState<number | string>(6);
  const [startTime, setStartTime] = useState('10:00');
  const [templateId, setTemplateId] = useState<string>('default');
  const existing = useMeetingList(bodyId ? { bodyId } : {});
  const after = (bodyId ? existing.data?.items[0]?.date : undefined) ?? todayIso();

  const months = whole(intervalMonths, 1, 12);
  const recurrence: Recurrence | null =
    kind === 'weekly'
      ? whole(intervalWeeks, 1, 26) !== null
        ? { kind, intervalWeeks: Number(intervalWeeks) }
        : null
      : months === null
        ? null
        : kind === 'monthly_day'
          ? whole(day, 1, 31) !== null
            ? { kind, day: Number(day), intervalMonths: months }
            : null
          : {
              kind,
              week: week === 'last' ? 'last' : (Number(week) as 1 | 2 | 3 | 4),
              weekday: Number(weekday),
              intervalMonths: months,
            };
  const total = whole(count, 1, 24);
  const preview = recurrence && total ? nextDates(recurrence, after, total) : [];
  const errors = {
    body: bodyId ? null : t('meetings.form.errors.bodyRequired'),
    recurrence: recurrence ? null : t('meetings.series.errors.recurrence'),
    count: total ? null : t('meetings.series.errors.count'),
    time: CLOCK_PATTERN.test(startTime) ? null : t('meetings.form.errors.time'),
  };
  const save = useMutation({
    mutationFn: () =>
      call('meetings:createSeries', {
        bodyId: bodyId ?? '',
        recurrence: recurrence!,
        count: total ?? 1,
        startTime,
        templateId: templateId === NO_TEMPLATE ? null : templateId,
      }),
  });
  const weekdayName = (d: number) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 7 + d)),
    );

  return (
    <ModalForm
      errors={errors}
      onValid={() => {
        save.mutate(undefined, {
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
      loading={save.isPending}
      failure={save.error}
    >
      {(shown) => (
        <>
          <Select
            label={t('meetings.form.body')}
            placeholder={t('meetings.form.bodyPlaceholder')}
            data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            value={bodyId}
            onChange={setBodyId}
            error={shown('body')}
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
              value={kind}
              onChange={(value) => setKind(value as Kind)}
              data={[
                { value: 'monthly_day', label: t('meetings.series.kinds.monthly_day') },
                { value: 'monthly_weekday', label: t('meetings.series.kinds.monthly_weekday') },
                { value: 'weekly', label: t('meetings.series.kinds.weekly') },
              ]}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {kind === 'monthly_day' ? (
              <NumberInput
                label={t('meetings.series.day')}
                value={day}
                onChange={setDay}
                min={1}
                max={31}
                allowDecimal={false}
              />
            ) : null}
            {kind === 'monthly_weekday' ? (
              <>
                <Select
                  label={t('meetings.series.week')}
                  value={week}
                  onChange={(value) => setWeek((value ?? '1') as Week)}
                  allowDeselect={false}
                  data={(['1', '2', '3', '4', 'last'] as const).map((w) => ({
                    value: w,
                    label: t(`meetings.series.weeks.${w}`),
                  }))}
                />
                <Select
                  label={t('meetings.series.weekday')}
                  value={weekday}
                  onChange={(value) => setWeekday(value ?? '1')}
                  allowDeselect={false}
                  data={[1, 2, 3, 4, 5, 6, 0].map((d) => ({
                    value: String(d),
                    label: weekdayName(d),
                  }))}
                />
              </>
            ) : null}
            {kind === 'weekly' ? (
              <NumberInput
                label={t('meetings.series.intervalWeeks')}
                value={intervalWeeks}
                onChange={setIntervalWeeks}
                min={1}
                max={26}
                allowDecimal={false}
              />
            ) : (
              <NumberInput
                label={t('meetings.series.intervalMonths')}
                value={intervalMonths}
                onChange={setIntervalMonths}
                min={1}
                max={12}
                allowDecimal={false}
              />
            )}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t('meetings.series.count')}
              value={count}
              onChange={setCount}
              min={1}
              max={24}
              allowDecimal={false}
              error={shown('count')}
            />
            <TextInput
              type="time"
              label={t('meetings.form.startTime')}
              value={startTime}
              onChange={(event) => setStartTime(event.currentTarget.value)}
              error={shown('time')}
            />
            <Select
              label={t('meetings.series.template')}
              value={templateId}
              onChange={(value) => setTemplateId(value ?? 'default')}
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
            {errors.recurrence ? (
              <Text size="sm" c="red">
                {errors.recurrence}
              </Text>
            ) : (
              <List size="sm" spacing={2}>
                {preview.map((date) => (
                  <List.Item key={date}>{formatDay(date, i18n.language)}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </>
      )}
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
