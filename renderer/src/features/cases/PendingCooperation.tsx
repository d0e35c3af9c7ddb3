/** Every pending cooperation request across cases, longest pending first, with its partner. */
import { Anchor, Switch, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CooperationRequest } from '../../../../shared/contract/cases';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { CooperationStatusBadge, DaysPending } from './CaseBadges';
import { useCooperationList } from '../../app/cases/caseQueries';
import { byDaysPending } from '../../app/cases/cooperationOrder';
import { useCaseVocabulary } from './caseVocabulary';
import { useCountries } from '../../components/useCountries';

export function PendingCooperation() {
  const { t, i18n } = useTranslation();
  const vocab = useCaseVocabulary();
  const countries = useCountries();
  const [params, setParams] = useSearchParams();
  const overdueOnly = params.get('overdue') === '1';
  const list = useCooperationList(overdueOnly ? { overdueOnly: true } : { pendingOnly: true });

  const toggle = (checked: boolean) =>
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        if (checked) p.set('overdue', '1');
        else p.delete('overdue');
        return p;
      },
      { replace: true },
    );

  const body = () => {
    if (list.isPending) return <CenteredLoader minHeight={240} />;
    if (list.isError) return <ErrorAlert error={list.error} />;
    if (list.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconWorld size={36} stroke={1.5} aria-hidden />}
          title={t('cases.pendingView.emptyTitle')}
          description={t('cases.pendingView.emptyDescription')}
        />
      );
    }
    const items = [...list.data.items].sort(byDaysPending);
    return (
      <DataTable<CooperationRequest>
        aria-label={t('cases.pendingView.label')}
        withTableBorder
        borderRadius="md"
        highlightOnHover
        records={items}
        rowStyle={(r) =>
          r.overdue ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined
        }
        columns={[
          {
            accessor: 'daysPending',
            title: t('cases.cooperation.pending'),
            render: (r) => <DaysPending days={r.daysPending} overdue={r.overdue} />,
          },
          {
            accessor: 'caseCode',
            title: t('cases.list.columns.code'),
            render: (r) => (
              <Anchor component={Link} to={`/cases/${r.caseId}`} ff="monospace" fw={600}>
                {r.caseCode}
              </Anchor>
            ),
          },
          {
            accessor: 'country',
            title: t('cases.cooperation.fields.country'),
            render: (r) => (
              <>
                <Text size="sm">{countries.nameOf(r.country)}</Text>
                {r.authority ? (
                  <Text size="xs" c="dimmed">
                    {r.authority}
                  </Text>
                ) : null}
              </>
            ),
          },
          {
            accessor: 'type',
            title: t('cases.cooperation.fields.type'),
            render: (r) => (
              <>
                <Text size="sm">{vocab.label('types', r.type)}</Text>
                <Text size="xs" c="dimmed">
                  {vocab.label('directions', r.direction)}
                </Text>
              </>
            ),
          },
          {
            accessor: 'status',
            title: t('cases.cooperation.fields.status'),
            render: (r) => <CooperationStatusBadge status={r.status} />,
          },
          {
            accessor: 'nextFollowUp',
            title: t('cases.cooperation.fields.nextFollowUp'),
            render: (r) => formatDay(r.nextFollowUp, i18n.language),
          },
        ]}
      />
    );
  };

  return (
    <>
      <Switch
        mb="md"
        label={
          list.data
            ? t('cases.pendingView.overdueOnly', { days: list.data.thresholdDays })
            : t('cases.pendingView.overdueOnlyPlain')
        }
        checked={overdueOnly}
        onChange={(e) => toggle(e.currentTarget.checked)}
      />
      {body()}
    </>
  );
}
