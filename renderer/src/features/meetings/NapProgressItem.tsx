/**
 * The "NAP progress" standing agenda item: the active plan's activities due in the coming
 * period or at risk/delayed, each with its latest update, and a form to record a progress
 * update at this meeting (not once its minutes are approved).
 */
import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { napAddProgressUpdateSchema } from '../../../../shared/contract/nap';
import {
  NAP_ACTIVITY_STATUSES,
  NAP_STATUSES_WITH_REASON,
  type NapActivityStatus,
} from '../../../../shared/domain/nap';
import { ErrorAlert } from '../../components/ErrorAlert';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { formatDay } from '../../components/formatDay';
import { workspaceDayOf } from '../../components/workspaceDay';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useAddNapProgress, useMeetingNapProgress } from '../../app/nap/napLinkQueries';

type Activity = ChannelOutput<'nap:meetingProgress'>['plans'][number]['activities'][number];

/** What the form shows of 'nap:addProgressUpdate' (the activity, period and meeting are given). */
const progressFields = napAddProgressUpdateSchema.pick({
  status: true,
  statusReason: true,
  narrative: true,
});
const PROGRESS_FIELDS = ['status', 'statusReason', 'narrative'] as const;

interface ProgressValues {
  status: NapActivityStatus;
  statusReason: string;
  narrative: string;
}

const needsReason = (status: NapActivityStatus) => NAP_STATUSES_WITH_REASON.includes(status);

function toProgressFields(values: ProgressValues) {
  return {
    status: values.status,
    statusReason: needsReason(values.status) ? values.statusReason.trim() : '',
    narrative: values.narrative.trim(),
  };
}

function RecordForm(props: {
  activity: Activity;
  meetingId: string;
  periodId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddNapProgress();
  const form = useForm<ProgressValues>({
    initialValues: { status: props.activity.status, statusReason: '', narrative: '' },
    validate: contractRules(t, {
      schema: progressFields,
      toInput: toProgressFields,
      fields: PROGRESS_FIELDS,
      // The core's rule: an at-risk or delayed activity says why.
      extra: (values) => ({
        statusReason:
          needsReason(values.status) && !values.statusReason.trim()
            ? t('nap.activity.errors.reason')
            : null,
      }),
    }),
  });
  const submit = (values: ProgressValues) =>
    add.mutate(
      {
        activityId: props.activity.id,
        periodId: props.periodId,
        meetingId: props.meetingId,
        ...toProgressFields(values),
      },
      { onSuccess: props.onDone },
    );
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="xs">
        <Select
          {...form.getInputProps('status')}
          label={t('nap.links.newStatus')}
          data={NAP_ACTIVITY_STATUSES.map((s) => ({
            value: s,
            label: t(`nap.links.statuses.${s}`),
          }))}
          onChange={(v) => isOneOf(NAP_ACTIVITY_STATUSES, v) && form.setFieldValue('status', v)}
          allowDeselect={false}
        />
        {needsReason(form.values.status) ? (
          <Textarea
            {...form.getInputProps('statusReason')}
            label={t('nap.links.reason')}
            required
            maxLength={maxLengthOf(progressFields.shape.statusReason)}
          />
        ) : null}
        <Textarea
          {...form.getInputProps('narrative')}
          label={t('nap.links.narrative')}
          maxLength={maxLengthOf(progressFields.shape.narrative)}
          autosize
          minRows={2}
        />
        {add.isError ? <ErrorAlert error={add.error} /> : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('nap.links.save')}
          </Button>
          <Button size="xs" variant="subtle" onClick={props.onDone}>
            {t('nap.links.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NapProgressItem({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const review = useMeetingNapProgress(meetingId);
  const [recording, setRecording] = useState<string | null>(null);
  if (review.isError) return <ErrorAlert error={review.error} />;
  if (!review.data) return null;
  const { plans, locked } = review.data;
  if (plans.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('nap.links.noActivePlan')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="nap-progress-item">
      {locked ? (
        <Text size="sm" c="dimmed">
          {t('nap.links.locked')}
        </Text>
      ) : null}
      {plans.map((plan) => (
        <Stack key={plan.id} gap={6}>
          <Text size="sm" fw={600}>
            {plan.title}
          </Text>
          {plan.activities.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('nap.links.nothingDue')}
            </Text>
          ) : null}
          {plan.activities.map((a) => (
            <Stack key={a.id} gap={4} data-testid={`nap-progress-${a.code}`}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">
                  <b>{a.code}</b> {a.text}
                </Text>
                <Badge size="sm" variant="light" color={a.reason === 'due' ? 'blue' : 'orange'}>
                  {t(`nap.links.reasons.${a.reason}`)}
                </Badge>
                <Badge size="sm" variant="outline">
                  {t(`nap.links.statuses.${a.status}`)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {a.latestUpdate
                  ? t('nap.links.latest', {
                      date: formatDay(workspaceDayOf(a.latestUpdate.createdAt), i18n.language),
                      text:
                        a.latestUpdate.narrative ||
                        a.latestUpdate.statusReason ||
                        t(`nap.links.statuses.${a.latestUpdate.status}`),
                    })
                  : t('nap.links.noUpdate')}
              </Text>
              {recording === a.id && plan.periodId ? (
                <RecordForm
                  activity={a}
                  meetingId={meetingId}
                  periodId={plan.periodId}
                  onDone={() => setRecording(null)}
                />
              ) : !locked && plan.periodId ? (
                <Group>
                  <Button size="compact-xs" variant="light" onClick={() => setRecording(a.id)}>
                    {t('nap.links.record', { code: a.code })}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
