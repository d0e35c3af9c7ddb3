/**
 * The register of agreements and SOPs: a table filtered by type, status and "review due",
 * with create, edit and archive. `?focus=<id>` opens that agreement's edit dialog.
 */
import { Anchor, Badge, Button, Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconArchive, IconFileCertificate, IconPencil, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type Agreement,
} from '../../../../shared/contract/agreements';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/useNotify';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { call } from '../../api';
import { useCountries } from '../../components/useCountries';
import { AgreementFormModal, useAgreementVocabulary } from './AgreementFormModal';
import { useAgreementList, useAgreementMutation } from '../../app/agreements/agreementQueries';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useFocusParam } from '../../components/useFocusParam';
import { TableScroll } from '../../components/TableScroll';
import { ReviewBadge } from '../../components/agreements/ReviewBadge';

type Editing = { agreement: Agreement | null } | null;

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const vocab = useAgreementVocabulary();
  const countries = useCountries();
  const [type, setType] = useState<(typeof AGREEMENT_TYPES)[number] | null>(null);
  const [status, setStatus] = useState<(typeof AGREEMENT_STATUSES)[number] | null>(null);
  const [reviewDueOnly, setReviewDueOnly] = useState(false);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<Agreement | null>(null);
  const [focus, clearFocus] = useFocusParam();
  const list = useAgreementList({
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
    ...(reviewDueOnly ? { reviewDueOnly } : {}),
    ...(includeArchived ? { includeArchived } : {}),
  });
  const archive = useAgreementMutation('agreements:archive');
  const items = list.data?.items ?? [];
  const filtered = Boolean(type || status || reviewDueOnly || includeArchived);

  // A link from search: open that agreement (fetched on its own: it may be filtered out).
  useEffect(() => {
    if (!focus) return;
    let live = true;
    call('agreements:get', { id: focus })
      .then((agreement) => {
        if (live) setEditing({ agreement });
      })
      .catch(() => undefined)
      .finally(() => clearFocus());
    return () => {
      live = false;
    };
  }, [focus, clearFocus]);

  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : '—');
  const parties = (a: Agreement) =>
    [...a.agencies.map((g) => g.acronym || g.name), ...a.countries.map(countries.nameOf)].join(
      ', ',
    ) || '—';

  const confirmArchive = () => {
    if (!archiving) return;
    archive.mutate(
      { id: archiving.id, archived: !archiving.archived },
      {
        onSuccess: (saved) => {
          notify.success(
            saved.archived ? t('agreements.archivedTitle') : t('agreements.restoredTitle'),
            saved.title,
          );
          setArchiving(null);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing({ agreement: null })}
          >
            {t('agreements.new')}
          </Button>
        }
      />
      <Group gap="md" mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('agreements.filters.type')}
          placeholder={t('agreements.filters.all')}
          data={vocab.types}
          value={type}
          onChange={(v) => setType(isOneOf(AGREEMENT_TYPES, v) ? v : null)}
          clearable
          w={220}
        />
        <Select
          label={t('agreements.filters.status')}
          placeholder={t('agreements.filters.all')}
          data={vocab.statuses}
          value={status}
          onChange={(v) => setStatus(isOneOf(AGREEMENT_STATUSES, v) ? v : null)}
          clearable
          w={200}
        />
        <Checkbox
          label={t('agreements.filters.reviewDue')}
          checked={reviewDueOnly}
          onChange={(e) => setReviewDueOnly(e.currentTarget.checked)}
          mb={8}
        />
        <Checkbox
          label={t('agreements.filters.archived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {list.isPending ? (
        <CenteredLoader minHeight={240} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconFileCertificate size={36} stroke={1.5} aria-hidden />}
          title={filtered ? t('agreements.empty.filteredTitle') : t('agreements.empty.title')}
          description={
            filtered ? t('agreements.empty.filteredDescription') : t('agreements.empty.description')
          }
        />
      ) : (
        <TableScroll minWidth={900}>
          <Table striped highlightOnHover aria-label={t('agreements.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.columns.title')}</Table.Th>
                <Table.Th>{t('agreements.columns.type')}</Table.Th>
                <Table.Th>{t('agreements.columns.parties')}</Table.Th>
                <Table.Th>{t('agreements.columns.signedOn')}</Table.Th>
                <Table.Th>{t('agreements.columns.reviewOn')}</Table.Th>
                <Table.Th>{t('agreements.columns.status')}</Table.Th>
                <Table.Th>{t('agreements.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id} data-testid={`agreement-${a.id}`}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Anchor
                        component="button"
                        type="button"
                        fw={600}
                        size="sm"
                        ta="left"
                        onClick={() => setEditing({ agreement: a })}
                      >
                        {a.title}
                      </Anchor>
                      {a.bodies.length > 0 ? (
                        <Text size="xs" c="dimmed">
                          {a.bodies.map((b, i) => (
                            <span key={b.id}>
                              {i > 0 ? ', ' : ''}
                              <Anchor component={Link} to={`/bodies/${b.id}`} size="xs">
                                {b.name}
                              </Anchor>
                            </span>
                          ))}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{t(`agreements.types.${a.type}`)}</Table.Td>
                  <Table.Td>{parties(a)}</Table.Td>
                  <Table.Td>{day(a.signedOn)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <span>{day(a.reviewOn)}</span>
                      <ReviewBadge agreement={a} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge
                        variant="light"
                        color={a.status === 'in_force' ? 'teal' : 'gray'}
                        miw="max-content"
                      >
                        {t(`agreements.statuses.${a.status}`)}
                      </Badge>
                      {a.archived ? (
                        <Badge variant="outline" color="gray">
                          {t('agreements.archived')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        onClick={() => setEditing({ agreement: a })}
                        aria-label={t('agreements.editLabel', { title: a.title })}
                      >
                        {t('agreements.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={a.archived ? 'blue' : 'red'}
                        leftSection={<IconArchive size={14} aria-hidden />}
                        onClick={() => {
                          archive.reset();
                          setArchiving(a);
                        }}
                        aria-label={t(
                          a.archived ? 'agreements.restoreLabel' : 'agreements.archiveLabel',
                          {
                            title: a.title,
                          },
                        )}
                      >
                        {a.archived ? t('agreements.restore') : t('agreements.archive')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <AgreementFormModal
        opened={editing !== null}
        agreement={editing?.agreement ?? null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={archiving !== null}
        title={archiving?.archived ? t('agreements.restoreTitle') : t('agreements.archiveTitle')}
        message={
          archiving?.archived
            ? t('agreements.restoreMessage', { title: archiving.title })
            : t('agreements.archiveMessage', { title: archiving?.title ?? '' })
        }
        confirmLabel={archiving?.archived ? t('agreements.restore') : t('agreements.archive')}
        color={archiving?.archived ? 'blue' : 'red'}
        loading={archive.isPending}
        error={archive.error}
        onConfirm={confirmArchive}
        onClose={() => setArchiving(null)}
      />
    </>
  );
}
