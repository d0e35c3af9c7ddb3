/**
 * The "NAP progress" standing agenda item: the active plan's activities due in the coming
 * period or at risk/delayed, each with its latest update, and a form to record a progress
 * update at this meeting (not once its minutes are approved).
 */
import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { NAP_ACTIVITY_STATUSES, type NapActivityStatus } from '../../../../shared/domain/nap';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { workspaceDayOf } from '../../components/workspaceDay';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useAddNapProgress, useMeetingNapProgress } from '../../app/nap/napLinkQueries';

type Activity = ChannelOutput<'nap:meetingProgress'>['plans'][number]['activities'][number];

function RecordForm(props: {
  activity: Activity;
  meetingId: string;
  periodId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddNapProgress();
  const [status, setStatus] = useState<NapActivityStatus>(props.activity.status);
  const [narrative, setNarrative] = useState('');
  const [reason, setReason] = useState('');
  const needsReason = status === 'at_risk' || status === 'delayed';
  return (
    <Stack gap="xs">
      <Select
        label={t('nap.links.newStatus')}
        data={NAP_ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`nap.links.statuses.${s}`) }))}
        value={status}
        onChange={(v) => isOneOf(NAP_ACTIVITY_STATUSES, v) && setStatus(v)}
        allowDeselect={false}
      />
      {needsReason ? (
        <Textarea
          label={t('nap.links.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          maxLength={2000}
        />
      ) : null}
      <Textarea
        label={t('nap.links.narrative')}
        value={narrative}
        onChange={(e) => setNarrative(e.currentTarget.value)}
        maxLength={10000}
        autosize
        minRows={2}
      />
      {add.isError ? <ErrorAlert error={add.error} /> : null}
      <Group gap="xs">
        <Button
          size="xs"
          loading={add.isPending}
          disabled={needsReason && !reason.trim()}
          onClick={() =>
            add.mutate(
              {
                activityId: props.activity.id,
                periodId: props.periodId,
                meetingId: props.meetingId,
                status,
                statusReason: needsReason ? reason.trim() : '',
                narrative: narrative.trim(),
              },
              { onSuccess: props.onDone },
            )
          }
        >
          {t('nap.links.save')}
        </Button>
        <Button size="xs" variant="subtle" onClick={props.onDone}>
          {t('nap.links.cancel')}
        </Button>
      </Group>
    </Stack>
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
