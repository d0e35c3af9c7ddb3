/** On an agency's page: the open actions it owns (the most urgent few) and a link to all of them. */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../ErrorAlert';
import { Section } from '../Section';
import { DueDate, StatusBadge } from './ActionBadges';
import { actionsHref, openActionsOf } from '../../app/actions/actionFilterParams';
import { useActionList } from '../../app/actions/actionQueries';

const SHOWN = 5;

export function AgencyOpenActions({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const filter = openActionsOf(agencyId);
  const list = useActionList({ ...filter, sortBy: 'dueDate', sortDir: 'asc', limit: SHOWN });
  const total = list.data?.total ?? 0;
  const href = actionsHref(filter);

  return (
    <Section
      title={t('actions.agency.title')}
      actions={
        total > 0 ? (
          <Anchor component={Link} to={href} size="sm">
            {t('actions.agency.all', { count: total })}
          </Anchor>
        ) : null
      }
    >
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data && total === 0 ? (
        <Text c="dimmed" size="sm">
          {t('actions.agency.none')}
        </Text>
      ) : null}
      <Stack gap="xs">
        {list.data?.items.map((action) => (
          <Group key={action.id} justify="space-between" wrap="nowrap" gap="sm">
            <Anchor component={Link} to={`${href}&action=${action.id}`} size="sm" lineClamp={1}>
              {action.title}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <DueDate dueDate={action.dueDate} daysOverdue={action.daysOverdue} />
              <StatusBadge status={action.status} />
            </Group>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
