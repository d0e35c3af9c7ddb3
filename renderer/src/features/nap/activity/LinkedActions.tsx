/**
 * The action items linked to a NAP activity (status, owner, due) and the meetings where its
 * progress was recorded, shown on the activity page.
 */
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DueDate, StatusBadge } from '../../../components/actions/ActionBadges';
import { agencyLabel } from '../../../app/bodies/bodyQueries';
import { useActivityLinks } from '../../../app/nap/napLinkQueries';

export interface LinkedActionsProps {
  activityId: string;
}

export function LinkedActions({ activityId }: LinkedActionsProps) {
  const { t } = useTranslation();
  const links = useActivityLinks(activityId);
  if (links.isError) return <ErrorAlert error={links.error} />;
  if (!links.data) return null;
  const { actions, meetings } = links.data;
  return (
    <Stack gap="sm" data-testid="nap-linked-actions">
      <Title order={4}>{t('nap.links.actionsTitle')}</Title>
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('nap.links.noActions')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nap.links.action')}</Table.Th>
              <Table.Th>{t('nap.links.status')}</Table.Th>
              <Table.Th>{t('nap.links.owner')}</Table.Th>
              <Table.Th>{t('nap.links.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>
                  <StatusBadge status={a.status} />
                </Table.Td>
                <Table.Td>{agencyLabel(a.ownerAgency)}</Table.Td>
                <Table.Td>
                  <DueDate dueDate={a.dueDate} daysOverdue={a.daysOverdue} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={4}>{t('nap.links.meetingsTitle')}</Title>
      {meetings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('nap.links.noMeetings')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 20 }}>
          {meetings.map((m) => (
            <li key={m.id}>
              <Anchor component={Link} to={`/meetings/${m.id}`} size="sm">
                {m.title}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {t('nap.links.meetingUpdates', { date: m.date, count: m.updates })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
