/**
 * The response tracker of a body's latest round of update forms: which agencies have returned
 * their form (imported), which have not yet, and which are late.
 */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { formatDay } from '../../components/formatDay';

export function RoundResponses({ bodyId }: { bodyId: string }) {
  const { t, i18n } = useTranslation();
  const status = useQuery({
    queryKey: ['roundTrip', 'status', bodyId],
    queryFn: () => call('roundTrip:status', { bodyId }),
  });
  const round = status.data?.rounds[0];
  if (!round) return null;
  const returned = round.agencies.filter((a) => a.returnedAt !== null).length;
  return (
    <Stack gap={4} role="region" aria-label={t('roundTrip.responses.title')}>
      <Text size="sm" fw={600}>
        {t('roundTrip.responses.summary', {
          date: formatDay(round.issuedOn, i18n.language),
          returned,
          total: round.agencies.length,
        })}
      </Text>
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
    </Stack>
  );
}
