/**
 * Cooperation requests pending longer than the workspace threshold (the oldest first), each
 * opening its case; the title links to the cross-case pending view.
 */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCooperationList } from '../../app/cases/caseQueries';
import { useCountries } from '../../components/useCountries';
import { byDaysPending } from '../../app/cases/cooperationOrder';

const SHOWN = 6;

/** `onlyWhenSome`: render nothing when no request is overdue (the empty dashboard). */
export function OverdueCooperation({ onlyWhenSome = false }: { onlyWhenSome?: boolean }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const list = useCooperationList({ overdueOnly: true });
  if (list.isPending) return null;
  const items = list.data ? [...list.data.items].sort(byDaysPending) : [];
  const days = list.data?.thresholdDays ?? 0;
  if (onlyWhenSome && items.length === 0) return null;
  return (
    <Section
      title={t('dashboard.cooperation.title')}
      actions={
        <Anchor component={Link} to="/cases?view=pending&overdue=1" size="sm">
          {t('dashboard.cooperation.viewAll')}
        </Anchor>
      }
    >
      {list.isError ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.cooperation.none', { count: days })}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          <Text size="sm" c="dimmed" component="li">
            {t('dashboard.cooperation.summary', { count: items.length, days })}
          </Text>
          {items.slice(0, SHOWN).map((r) => (
            <Group key={r.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/cases/${r.caseId}`}
                  size="sm"
                  fw={600}
                  ff="monospace"
                >
                  {r.caseCode}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {`${t(`cases.vocab.types.${r.type}`)} · ${countries.nameOf(r.country)}`}
                </Text>
              </Stack>
              <Badge variant="light" color="red" miw="max-content">
                {t('cases.cooperation.daysPending', { count: r.daysPending ?? 0 })}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
