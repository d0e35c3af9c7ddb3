/**
 * The response tracker on a body's page: every round of update forms issued for the body
 * (newest first), and per agency whether its form was returned, is awaited or is late — with
 * "Send update forms", which opens the round-trip dialog with this body chosen.
 */
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '../../../../shared/contract/roundTrip';
import { call } from '../../api';
import { CenteredLoader } from '../CenteredLoader';
import { ErrorAlert } from '../ErrorAlert';
import { formatDay, formatMoment } from '../formatDay';
import { Section } from '../Section';
import { TableScroll } from '../TableScroll';
import { AgencyFormsDialog } from './AgencyFormsDialog';
import { ReplyBadge } from './ReplyBadge';
import { replyState } from './replyState';

function RoundTable({ round, latest }: { round: RoundStatus; latest: boolean }) {
  const { t, i18n } = useTranslation();
  const issued = formatDay(round.issuedOn, i18n.language);
  const closed = Boolean(round.closedAt);
  const count = (state: string) =>
    round.agencies.filter((a) => replyState(a, closed) === state).length;
  const returned = count('returned');
  const late = count('late');
  return (
    <Stack gap={4} data-testid="body-round">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{t('bodyDetail.updateForms.round', { date: issued })}</Text>
        {latest ? (
          <Badge size="sm" variant="outline">
            {t('bodyDetail.updateForms.latest')}
          </Badge>
        ) : null}
        {round.closedAt ? (
          <Badge
            size="sm"
            variant="outline"
            color="gray"
            leftSection={<IconLock size={12} aria-hidden />}
          >
            {t('bodyDetail.updateForms.closed', {
              date: formatMoment(round.closedAt, i18n.language),
            })}
          </Badge>
        ) : null}
        {round.napPeriod ? (
          <Text size="sm">
            {t('bodyDetail.updateForms.napPeriod', { label: round.napPeriod.label })}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {round.replyBy
            ? t('bodyDetail.updateForms.replyBy', {
                date: formatDay(round.replyBy, i18n.language),
              })
            : t('bodyDetail.updateForms.noReplyBy')}
        </Text>
      </Group>
      <Text size="sm">
        {t('bodyDetail.updateForms.summary', { returned, total: round.agencies.length })}
        {late > 0 ? ` · ${t('bodyDetail.updateForms.lateCount', { count: late })}` : ''}
      </Text>
      <TableScroll minWidth={520}>
        <Table verticalSpacing={6} aria-label={t('bodyDetail.updateForms.table', { date: issued })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bodyDetail.updateForms.agency')}</Table.Th>
              <Table.Th w={110}>{t('bodyDetail.updateForms.actions')}</Table.Th>
              <Table.Th w={140}>{t('bodyDetail.updateForms.reply')}</Table.Th>
              <Table.Th w={220}>{t('bodyDetail.updateForms.returnedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.agencies.map((a) => (
              <Table.Tr key={a.agencyId}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{a.actions}</Table.Td>
                <Table.Td>
                  <ReplyBadge agency={a} roundClosed={closed} />
                </Table.Td>
                <Table.Td>
                  {a.returnedAt ? formatMoment(a.returnedAt, i18n.language) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

export function BodyRounds({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const status = useQuery({
    queryKey: ['roundTrip', 'status', bodyId],
    queryFn: () => call('roundTrip:status', { bodyId }),
  });
  const rounds = status.data?.rounds ?? [];

  const content = () => {
    if (status.isPending) return <CenteredLoader minHeight={120} />;
    if (status.isError) return <ErrorAlert error={status.error} />;
    if (rounds.length === 0) return <Text c="dimmed">{t('bodyDetail.updateForms.none')}</Text>;
    return (
      <Stack gap="lg">
        {rounds.map((r, i) => (
          <RoundTable key={r.id} round={r} latest={i === 0} />
        ))}
      </Stack>
    );
  };

  return (
    <Section
      title={t('bodyDetail.updateForms.title')}
      actions={
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onClick={() => setSending(true)}
        >
          {t('bodyDetail.updateForms.send')}
        </Button>
      }
    >
      {content()}
      <AgencyFormsDialog opened={sending} onClose={() => setSending(false)} bodyId={bodyId} />
    </Section>
  );
}
