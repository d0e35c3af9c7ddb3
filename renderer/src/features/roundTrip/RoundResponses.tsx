/**
 * The response tracker of the latest round of update forms (of one body, or of any): which
 * agencies have returned their form (imported), which have not yet, and which are late. Shown
 * in the forms dialog and, as a section, on the dashboard once a round was issued.
 */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { formatDay } from '../../components/formatDay';
import { Section } from '../../components/Section';

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
  const list = (
    <List size="sm" listStyleType="none" spacing={2}>
      {round.agencies.map((a) => (
        <List.Item key={a.agencyId}>
          <Group gap="xs">
            <Text size="sm">{a.name}</Text>
            <Badge
              size="sm"
              variant="light"
              color={a.returnedAt ? 'teal' : a.late ? 'red' : 'gray'}
            >
              {t(
                a.returnedAt
                  ? 'roundTrip.responses.returned'
                  : a.late
                    ? 'roundTrip.responses.late'
                    : 'roundTrip.responses.waiting',
              )}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
  if (asSection) {
    return (
      <Section title={t('roundTrip.responses.title')}>
        <Stack gap={4}>
          <Text size="sm" fw={600}>{`${round.body.name} · ${summary}`}</Text>
          {list}
        </Stack>
      </Section>
    );
  }
  return (
    <Stack gap={4} role="region" aria-label={t('roundTrip.responses.title')}>
      <Text size="sm" fw={600}>
        {summary}
      </Text>
      {list}
    </Stack>
  );
}
