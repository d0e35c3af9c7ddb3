/** Agreements and SOPs due for review (from dashboard:summary), each opening its record. */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../../shared/contract/dashboard';
import { formatDay } from '../../components/formatDay';
import { Section } from '../../components/Section';

const SHOWN = 6;

/** `onlyWhenSome`: render nothing when nothing is due (the empty dashboard). */
export function AgreementsDue({
  summary,
  onlyWhenSome = false,
}: {
  summary: DashboardSummary;
  onlyWhenSome?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { total, items } = summary.agreementsDue;
  if (onlyWhenSome && total === 0) return null;
  return (
    <Section
      title={t('dashboard.agreementsDue.title')}
      actions={
        <Anchor component={Link} to="/agreements" size="sm">
          {t('dashboard.agreementsDue.viewAll')}
        </Anchor>
      }
    >
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.agreementsDue.none')}
        </Text>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="agreements-due"
        >
          <Text size="sm" c="dimmed" component="li">
            {t('dashboard.agreementsDue.summary', { count: total })}
          </Text>
          {items.slice(0, SHOWN).map((a) => (
            <Group key={a.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/agreements?focus=${a.id}`} size="sm" fw={600}>
                  {a.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {`${t(`agreements.types.${a.type}`)} · ${t('dashboard.agreementsDue.reviewOn', {
                    date: formatDay(a.reviewOn, i18n.language),
                  })}`}
                </Text>
              </Stack>
              <Badge variant="light" color="orange" miw="max-content">
                {t('agreements.reviewDue')}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
