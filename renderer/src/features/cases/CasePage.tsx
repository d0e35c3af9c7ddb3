/**
 * One case (/cases/:id): its code and stage with a dated timeline, victim profiles in bands,
 * suspects, NRM referral and assistance, agencies, cooperation requests, the discussion log
 * and linked actions. Edit, change stage and add requests from here.
 */
import { Anchor, Badge, Button, Grid, Group, Stack, Table, Text, Timeline } from '@mantine/core';
import { IconArrowLeft, IconArrowsExchange, IconEdit, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseDetail, CooperationRequest } from '../../../../shared/contract/cases';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { workspaceDayOf } from '../../components/workspaceDay';
import { PageHeader } from '../../components/PageHeader';
import { RichTextView } from '../../components/RichTextView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/actions/ActionBadges';
import { CooperationStatusBadge, DaysPending, StageBadge } from './CaseBadges';
import { CaseFormModal } from './CaseFormModal';
import { useCaseDetail } from '../../app/cases/caseQueries';
import { formatMonth, useCaseVocabulary } from './caseVocabulary';
import { CooperationFormModal } from './CooperationFormModal';
import { useCountries } from '../../components/useCountries';
import { DiscussionForm } from './DiscussionForm';
import { StageModal } from './StageModal';
import { TableScroll } from '../../components/TableScroll';

function Profiles({ detail }: { detail: CaseDetail }) {
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

function Facts({ detail }: { detail: CaseDetail }) {
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

function StageTimeline({ detail }: { detail: CaseDetail }) {
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

function Requests({
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

function Discussions({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('cases.discussion.title')}>
      <Stack gap="sm">
        {detail.discussions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cases.discussion.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {detail.discussions.map((d) => (
              <li key={d.id} data-focus-id={d.id}>
                <Text size="xs" c="dimmed">
                  {d.meeting ? (
                    <Anchor component={Link} to={`/meetings/${d.meeting.id}`} size="xs">
                      {t('cases.discussion.atMeeting', {
                        number: d.meeting.number,
                        date: formatDay(d.meeting.date, i18n.language),
                      })}
                    </Anchor>
                  ) : (
                    formatDay(workspaceDayOf(d.createdAt), i18n.language)
                  )}
                </Text>
                <RichTextView doc={d.doc} />
              </li>
            ))}
          </Stack>
        )}
        <DiscussionForm caseId={detail.id} />
      </Stack>
    </Section>
  );
}

function LinkedActions({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('cases.detail.actions')}>
      {detail.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.detail.noActions')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {detail.actions.map((a) => (
            <Group key={a.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/actions?action=${a.id}`}
                  size="sm"
                  fw={600}
                  lineClamp={2}
                >
                  {a.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[
                    a.ownerAgency.acronym || a.ownerAgency.name,
                    formatDay(a.dueDate, i18n.language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <StatusBadge status={a.status} />
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const detail = useCaseDetail(id);
  const [editing, setEditing] = useState(false);
  const [changingStage, setChangingStage] = useState(false);
  const [request, setRequest] = useState<CooperationRequest | 'new' | null>(null);

  const back = (
    <Anchor component={Link} to="/cases" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('cases.detail.back')}
      </Group>
    </Anchor>
  );
  if (detail.isPending) return <CenteredLoader minHeight={300} />;
  if (detail.isError) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={detail.error} />
      </Stack>
    );
  }
  const c = detail.data;
  return (
    <>
      {back}
      <PageHeader
        title={t('cases.detail.title', { code: c.code })}
        subtitle={
          c.closedMonth
            ? t('cases.detail.openedClosed', {
                opened: formatMonth(c.openedMonth, i18n.language),
                closed: formatMonth(c.closedMonth, i18n.language),
              })
            : t('cases.list.opened', { month: formatMonth(c.openedMonth, i18n.language) })
        }
        actions={
          <>
            <Badge size="lg" variant="outline" color="red">
              {t('cases.detail.restricted')}
            </Badge>
            <StageBadge stage={c.stage} />
            <Button
              variant="default"
              leftSection={<IconArrowsExchange size={18} aria-hidden />}
              onClick={() => setChangingStage(true)}
            >
              {t('cases.stage.change')}
            </Button>
            <Button
              leftSection={<IconEdit size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('cases.detail.edit')}
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Profiles detail={c} />
            <Facts detail={c} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <StageTimeline detail={c} />
            <LinkedActions detail={c} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="lg" mt="lg">
        <Requests detail={c} onAdd={() => setRequest('new')} onEdit={setRequest} />
        <Discussions detail={c} />
      </Stack>
      <CaseFormModal
        opened={editing}
        detail={c}
        onClose={() => setEditing(false)}
        onSaved={() => undefined}
      />
      <StageModal opened={changingStage} detail={c} onClose={() => setChangingStage(false)} />
      <CooperationFormModal
        opened={request !== null}
        caseId={c.id}
        request={request === 'new' ? null : request}
        onClose={() => setRequest(null)}
      />
    </>
  );
}
