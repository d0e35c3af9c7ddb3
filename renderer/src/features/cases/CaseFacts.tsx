/**
 * What a case is, read-only, for the case page: victim profiles in bands, the facts (suspects,
 * NRM referral, assistance, agencies) and the dated stage timeline.
 */
import { Anchor, Group, Stack, Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { Section } from '../../components/Section';
import { formatMonth, useCaseVocabulary } from './caseVocabulary';
import { useCountries } from '../../components/useCountries';
import { TableScroll } from '../../components/TableScroll';

export function CaseProfiles({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const vocab = useCaseVocabulary();
  const countries = useCountries();
  return (
    <Section title={t('cases.detail.profiles', { count: detail.victimCount })}>
      <TableScroll minWidth={480}>
        <Table striped aria-label={t('cases.detail.profilesLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.fields.count')}</Table.Th>
              <Table.Th>{t('cases.fields.ageBand')}</Table.Th>
              <Table.Th>{t('cases.fields.sex')}</Table.Th>
              <Table.Th>{t('cases.fields.nationality')}</Table.Th>
              <Table.Th>{t('cases.fields.forms')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.profiles.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td>{p.count}</Table.Td>
                <Table.Td>{vocab.label('ageBands', p.ageBand)}</Table.Td>
                <Table.Td>{vocab.label('sexes', p.sex)}</Table.Td>
                <Table.Td>
                  {p.nationality
                    ? countries.nameOf(p.nationality)
                    : t('cases.fields.unknownCountry')}
                </Table.Td>
                <Table.Td>
                  {p.exploitationForms.map((f) => vocab.label('forms', f)).join(', ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const vocab = useCaseVocabulary();
  const countries = useCountries();
  const row = (label: string, value: React.ReactNode) => (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text size="sm" c="dimmed" miw={170}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Group>
  );
  return (
    <Section title={t('cases.detail.facts')}>
      <Stack gap={6}>
        {row(
          t('cases.detail.suspects'),
          detail.suspects.count === 0
            ? t('cases.detail.noSuspects')
            : `${detail.suspects.count}${
                detail.suspects.nationalities.length
                  ? ` · ${detail.suspects.nationalities.map((n) => countries.nameOf(n)).join(', ')}`
                  : ''
              }`,
        )}
        {row(
          t('cases.fields.nrmReferral'),
          detail.nrmReferral
            ? detail.nrmReferralMonth
              ? t('cases.detail.referredIn', {
                  month: formatMonth(detail.nrmReferralMonth, i18n.language),
                })
              : t('cases.detail.yes')
            : t('cases.detail.no'),
        )}
        {row(
          t('cases.fields.assistance'),
          detail.assistance.length
            ? detail.assistance.map((a) => vocab.label('assistance', a)).join(', ')
            : t('cases.detail.none'),
        )}
        {row(
          t('cases.form.agencies'),
          detail.agencies.length ? (
            <Stack gap={2}>
              {detail.agencies.map((a) => (
                <Text size="sm" key={a.id}>
                  <Anchor component={Link} to={`/agencies/${a.id}`} size="sm">
                    {a.acronym || a.name}
                  </Anchor>
                  {` — ${vocab.label('roles', a.role)}`}
                </Text>
              ))}
            </Stack>
          ) : (
            t('cases.detail.none')
          ),
        )}
      </Stack>
    </Section>
  );
}

export function CaseStageTimeline({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const history = detail.stageHistory;
  return (
    <Section title={t('cases.detail.timeline')}>
      <Timeline active={history.length - 1} bulletSize={16} lineWidth={2}>
        {history.map((h, i) => (
          <Timeline.Item key={`${h.stage}-${i}`} title={t(`cases.vocab.stages.${h.stage}`)}>
            <Text size="xs" c="dimmed">
              {formatMonth(h.month, i18n.language)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}
