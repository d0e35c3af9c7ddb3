/**
 * The case page's cooperation requests: the table of requests with their status and days
 * pending, and the buttons that open the request form (new or update).
 */
import { Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CooperationRequest } from '../../../../shared/contract/cases';
import { formatDay } from '../../components/formatDay';
import { Section } from '../../components/Section';
import { CooperationStatusBadge, DaysPending } from './CaseBadges';
import { useCaseVocabulary } from './caseVocabulary';
import { useCountries } from '../../components/useCountries';
import { TableScroll } from '../../components/TableScroll';

export function CaseRequests({
  detail,
  onEdit,
  onAdd,
}: {
  detail: CaseDetail;
  onEdit: (r: CooperationRequest) => void;
  onAdd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const vocab = useCaseVocabulary();
  const countries = useCountries();
  return (
    <Section
      title={t('cases.cooperation.title')}
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={onAdd}
        >
          {t('cases.cooperation.new')}
        </Button>
      }
    >
      {detail.requests.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.cooperation.none')}
        </Text>
      ) : (
        <TableScroll minWidth={760}>
          <Table aria-label={t('cases.cooperation.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.cooperation.fields.type')}</Table.Th>
                <Table.Th>{t('cases.cooperation.fields.country')}</Table.Th>
                <Table.Th>{t('cases.cooperation.fields.legalBasis')}</Table.Th>
                <Table.Th>{t('cases.cooperation.fields.status')}</Table.Th>
                <Table.Th>{t('cases.cooperation.fields.sentOn')}</Table.Th>
                <Table.Th>{t('cases.cooperation.pending')}</Table.Th>
                <Table.Th>{t('cases.cooperation.fields.nextFollowUp')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.requests.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {vocab.label('types', r.type)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {vocab.label('directions', r.direction)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{countries.nameOf(r.country)}</Text>
                    {r.authority ? (
                      <Text size="xs" c="dimmed">
                        {r.authority}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{vocab.label('legalBases', r.legalBasis)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <CooperationStatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>{formatDay(r.sentOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    <DaysPending days={r.daysPending} overdue={r.overdue} />
                  </Table.Td>
                  <Table.Td>{formatDay(r.nextFollowUp, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => onEdit(r)}>
                      {t('cases.cooperation.update')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
