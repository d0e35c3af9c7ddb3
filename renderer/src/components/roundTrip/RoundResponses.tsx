/**
 * The response tracker of the latest round of update forms (of one body, or of any): which
 * agencies have returned their form (imported), which have not yet, and which are late; the
 * NAP period it covers; and closing it (confirmed first: its forms are refused afterwards).
 * Shown in the forms dialog and, as a section, on the dashboard once a round was issued.
 */
import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '../../../../shared/contract/roundTrip';
import { call } from '../../api';
import { formatDay } from '../formatDay';
import { workspaceDayOf } from '../workspaceDay';
import { Section } from '../Section';
import { ConfirmModal } from '../ConfirmModal';
import { ReplyBadge } from './ReplyBadge';

/** The round's state line and its "Close round" button (with a confirmation). */
function RoundClosing({ round }: { round: RoundStatus }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const close = useMutation({
    mutationFn: () => call('roundTrip:closeRound', { roundId: round.id }),
    onSuccess: () => setConfirming(false),
  });
  if (round.closedAt) {
    return (
      <Badge variant="light" color="gray" leftSection={<IconLock size={12} aria-hidden />}>
        {t('roundTrip.responses.closed', {
          date: formatDay(workspaceDayOf(round.closedAt), i18n.language),
        })}
      </Badge>
    );
  }
  return (
    <>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconLock size={14} aria-hidden />}
        onClick={() => setConfirming(true)}
      >
        {t('roundTrip.responses.close')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('roundTrip.responses.closeTitle')}
        message={t('roundTrip.responses.closeMessage', {
          date: formatDay(round.issuedOn, i18n.language),
        })}
        confirmLabel={t('roundTrip.responses.close')}
        loading={close.isPending}
        error={close.error}
        onConfirm={() => close.mutate()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

export function RoundResponses({
  bodyId,
  asSection = false,
}: {
  bodyId: string | null;
  /** A titled dashboard section (with the body's name) instead of a plain region. */
  asSection?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const status = useQuery({
    queryKey: ['roundTrip', 'status', bodyId],
    queryFn: () => call('roundTrip:status', bodyId ? { bodyId } : {}),
  });
  const round = status.data?.rounds[0];
  if (!round) return null;
  const returned = round.agencies.filter((a) => a.returnedAt !== null).length;
  const summary = t('roundTrip.responses.summary', {
    date: formatDay(round.issuedOn, i18n.language),
    returned,
    total: round.agencies.length,
  });
  const head = (
    <Group gap="xs" justify="space-between">
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {asSection ? `${round.body.name} · ${summary}` : summary}
        </Text>
        {round.napPeriod ? (
          <Text size="xs" c="dimmed">
            {t('roundTrip.responses.napPeriod', {
              period: round.napPeriod.label,
              plan: round.napPeriod.planTitle,
            })}
          </Text>
        ) : null}
      </Stack>
      <RoundClosing round={round} />
    </Group>
  );
  const list = (
    <List size="sm" listStyleType="none" spacing={2}>
      {round.agencies.map((a) => (
        <List.Item key={a.agencyId}>
          <Group gap="xs">
            <Text size="sm">{a.name}</Text>
            <ReplyBadge agency={a} roundClosed={round.closedAt !== null} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
  if (asSection) {
    return (
      <Section title={t('roundTrip.responses.title')}>
        <Stack gap={4}>
          {head}
          {list}
        </Stack>
      </Section>
    );
  }
  return (
    <Stack gap={4} role="region" aria-label={t('roundTrip.responses.title')}>
      {head}
      {list}
    </Stack>
  );
}
