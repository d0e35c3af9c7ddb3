/**
 * Under "Review of action items": the body's open and overdue actions (owner, due date, days
 * overdue, latest update); under "Approval of the previous minutes": a link to that meeting.
 */
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem } from '../../../../shared/contract/meetings';
import { reviewDue } from '../../../../shared/domain/actions';
import { formatDay } from '../../components/formatDay';
import { todayIso } from '../../components/workspaceDay';
import { TableScroll } from '../../components/TableScroll';

export function ActionReview({
  entries,
  meetingDate,
}: {
  entries: NonNullable<AgendaItem['actionReview']>;
  meetingDate: string;
}) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('meetings.agenda.review.none')}
      </Text>
    );
  }
  return (
    <TableScroll minWidth={640}>
      <Table verticalSpacing={4} fz="sm" aria-label={t('meetings.agenda.review.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.agenda.review.action')}</Table.Th>
            <Table.Th>{t('meetings.agenda.review.owner')}</Table.Th>
            <Table.Th>{t('meetings.agenda.review.due')}</Table.Th>
            <Table.Th>{t('meetings.agenda.review.latest')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td>{a.ownerAgency.acronym || a.ownerAgency.name}</Table.Td>
              <Table.Td>
                {a.dueDate ? formatDay(a.dueDate, i18n.language) : '—'}
                <ReviewDueBadge due={reviewDue(a, meetingDate || today, today)} />
              </Table.Td>
              <Table.Td>
                {a.latestUpdate
                  ? `${formatDay(a.latestUpdate.date, i18n.language)}: ${a.latestUpdate.note}`
                  : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function ReviewDueBadge({ due }: { due: ReturnType<typeof reviewDue> }) {
  const { t } = useTranslation();
  if (due.overdueDays > 0) {
    return (
      <Badge color="red" variant="light" size="sm" ml="xs">
        {t('meetings.agenda.review.overdue', { count: due.overdueDays })}
      </Badge>
    );
  }
  if (due.dueInDays === null) return null;
  return (
    <Badge color="gray" variant="light" size="sm" ml="xs">
      {t('meetings.agenda.review.dueIn', { count: due.dueInDays })}
    </Badge>
  );
}

export function PreviousMinutesLink({
  previous,
}: {
  previous: NonNullable<AgendaItem['previousMeeting']>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor component={Link} to={`/meetings/${previous.id}/minutes`} size="sm">
      {t('meetings.agenda.previousMinutes', {
        title: previous.title,
        date: formatDay(previous.date, i18n.language),
      })}
    </Anchor>
  );
}
