/**
 * The audit log: every change to the workspace in words, newest first, filtered by record type,
 * person, action and dates, 50 entries a page, each opening its details in a drawer, with a check
 * that the hash chain has not been tampered with.
 */
import { Box, Button, Group, Pagination, Text } from '@mantine/core';
import { IconFilterOff, IconHistory } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import {
  AuditFilterBar,
  hasAuditFilters,
  NO_AUDIT_FILTERS,
  type AuditFilters,
} from './AuditFilterBar';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { useAuditList, useAuditVerify, type AuditListInput } from './auditQueries';
import { AuditTable } from './AuditTable';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';

const PAGE_SIZE = 50;

function listInput(filters: AuditFilters, page: number): AuditListInput {
  return {
    ...(filters.recordType ? { recordType: filters.recordType } : {}),
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<AuditEntry | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const list = useAuditList(listInput(filters, page));
  const verify = useAuditVerify();
  const filtered = hasAuditFilters(filters);

  const changeFilters = (patch: Partial<AuditFilters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(1);
  };
  const changePage = (next: number) => {
    setPage(next);
    // The pager sits under 50 rows: bring the top of the new page into view.
    resultsRef.current?.scrollIntoView({ block: 'start' });
  };
  const clearFilters = () => {
    setFilters(NO_AUDIT_FILTERS);
    setPage(1);
  };

  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = (page - 1) * PAGE_SIZE + 1;
  const controlLabels = {
    first: t('audit.pagination.first'),
    last: t('audit.pagination.last'),
    previous: t('audit.pagination.previous'),
    next: t('audit.pagination.next'),
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={<VerifyChainButton onVerify={() => verify.mutate()} pending={verify.isPending} />}
      />
      <VerifyChainResult result={verify.data} error={verify.error} />
      <AuditFilterBar
        filters={filters}
        actors={list.data?.actors ?? []}
        onChange={changeFilters}
        onClear={clearFilters}
      />
      <AuditEntryDrawer entry={opened} onClose={() => setOpened(null)} />
      {list.isPending ? (
        <CenteredLoader minHeight={240} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconHistory size={36} stroke={1.5} aria-hidden />}
          title={filtered ? t('audit.empty.filteredTitle') : t('audit.empty.title')}
          description={
            filtered ? t('audit.empty.filteredDescription') : t('audit.empty.description')
          }
        >
          {filtered ? (
            <Button
              variant="default"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={clearFilters}
            >
              {t('audit.filters.clear')}
            </Button>
          ) : null}
        </EmptyState>
      ) : (
        <Box
          ref={resultsRef}
          aria-busy={list.isPlaceholderData}
          style={{
            opacity: list.isPlaceholderData ? 0.6 : 1,
            transition: 'opacity 150ms',
            scrollMarginTop:
              'calc(var(--app-shell-header-height, 0px) + var(--mantine-spacing-md))',
          }}
        >
          <AuditTable items={items} onOpen={setOpened} />
          <Group justify="space-between" align="center" mt="md" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('audit.pagination.range', {
                from: first,
                to: first + items.length - 1,
                total,
              })}
            </Text>
            <Pagination
              total={pages}
              value={page}
              onChange={changePage}
              hideWithOnePage
              withEdges
              getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
              getItemProps={(item) => ({
                'aria-label': t('audit.pagination.page', { page: item }),
              })}
            />
          </Group>
        </Box>
      )}
    </>
  );
}
