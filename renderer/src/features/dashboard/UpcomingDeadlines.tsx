/** Open actions due in the next 14 days, soonest first, each opening its detail. */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../../shared/contract/dashboard';
import { UPCOMING_DAYS } from '../../../../shared/domain/actions';
import { formatDay } from '../../components/formatDay';
import { Section } from '../../components/Section';

function daysLeftColor(days: number): string {
  if (days <= 2) return 'red';
  if (days <= 7) return 'orange';
  return 'gray';
}

export function UpcomingDeadlines({ summary }: { summary: DashboardSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('dashboard.upcoming.title', { days: UPCOMING_DAYS })}>
      {summary.upcoming.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.upcoming.none', { days: UPCOMING_DAYS })}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {summary.upcoming.map((action) => (
            <Group key={action.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/actions?action=${action.id}`}
                  size="sm"
                  fw={600}
                  lineClamp={2}
                >
                  {action.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {`${action.ownerAgency.acronym || action.ownerAgency.name} · ${formatDay(action.dueDate, i18n.language)}`}
                </Text>
              </Stack>
              <Badge variant="light" color={daysLeftColor(action.daysLeft)} miw="max-content">
                {action.daysLeft === 0
                  ? t('dashboard.upcoming.today')
                  : t('dashboard.upcoming.inDays', { count: action.daysLeft })}
              </Badge>
            </Group>
          ))}
          {summary.upcomingTotal > summary.upcoming.length ? (
            <Text size="xs" c="dimmed">
              {t('dashboard.upcoming.more', {
                count: summary.upcomingTotal - summary.upcoming.length,
              })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}
