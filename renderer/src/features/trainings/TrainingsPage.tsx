/**
 * The capacity-building log: trainings over a period (list, create, edit, remove) and a Totals
 * tab per agency and per NAP pillar. `?focus=<id>` scrolls to that training and highlights it.
 */
import { Anchor, Badge, Button, Group, Table, Tabs, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconSchool, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../../../shared/contract/trainings';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/useNotify';
import { isDay } from '../../components/validationFields';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useFocusParam } from '../../components/useFocusParam';
import { TrainingFormModal } from './TrainingFormModal';
import { useTrainingList, useTrainingMutation, type Period } from './trainingQueries';
import { TrainingTotals } from './TrainingTotals';
import { DayInput } from '../../components/DayInput';
import { TableScroll } from '../../components/TableScroll';

type Editing = { training: Training | null } | null;

export function TrainingsPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [tab, setTab] = useState<string | null>('log');
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Training | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [focus, clearFocus] = useFocusParam();
  const periodError = from && to && to < from ? t('trainings.filters.toBeforeFrom') : null;
  const period: Period = periodError
    ? {}
    : {
        ...(isDay(from) ? { from } : {}),
        ...(isDay(to) ? { to } : {}),
      };
  const list = useTrainingList(period);
  const remove = useTrainingMutation('trainings:remove');
  const items = list.data?.items ?? [];
  const day = (iso: string) => formatDay(iso, i18n.language);

  // A link from search: clear the period so the training is listed, then scroll to it.
  const [handledFocus, setHandledFocus] = useState<string | null>(null);
  if (focus && focus !== handledFocus) {
    setHandledFocus(focus);
    setFrom('');
    setTo('');
    setTab('log');
    setHighlight(focus);
  }
  useEffect(() => {
    if (focus) clearFocus();
  }, [focus, clearFocus]);
  useEffect(() => {
    if (!highlight || !list.data) return;
    document
      .querySelector(`[data-training="${highlight}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight, list.data]);

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { id: removing.id },
      {
        onSuccess: () => {
          notify.success(t('trainings.removedTitle'), removing.topic);
          setRemoving(null);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        subtitle={t('trainings.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing({ training: null })}
          >
            {t('trainings.new')}
          </Button>
        }
      />
      <Group gap="md" mb="md" align="flex-start">
        <DayInput
          label={t('trainings.filters.from')}
          value={from}
          onChange={(value) => setFrom(value)}
          w={180}
        />
        <DayInput
          label={t('trainings.filters.to')}
          value={to}
          onChange={(value) => setTo(value)}
          error={periodError}
          w={180}
        />
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="log">{t('trainings.tabs.log')}</Tabs.Tab>
          <Tabs.Tab value="totals">{t('trainings.tabs.totals')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="log">
          {list.isPending ? (
            <CenteredLoader minHeight={240} />
          ) : list.isError ? (
            <ErrorAlert error={list.error} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={<IconSchool size={36} stroke={1.5} aria-hidden />}
              title={t('trainings.empty.title')}
              description={t('trainings.empty.description')}
            />
          ) : (
            <TableScroll minWidth={900}>
              <Table striped highlightOnHover aria-label={t('trainings.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('trainings.columns.date')}</Table.Th>
                    <Table.Th>{t('trainings.columns.topic')}</Table.Th>
                    <Table.Th>{t('trainings.columns.trainer')}</Table.Th>
                    <Table.Th>{t('trainings.columns.pillar')}</Table.Th>
                    <Table.Th>{t('trainings.columns.format')}</Table.Th>
                    <Table.Th ta="right">{t('trainings.columns.participants')}</Table.Th>
                    <Table.Th ta="right">{t('trainings.columns.hours')}</Table.Th>
                    <Table.Th>{t('trainings.columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((tr) => (
                    <Table.Tr
                      key={tr.id}
                      data-training={tr.id}
                      aria-current={highlight === tr.id ? 'true' : undefined}
                      bg={highlight === tr.id ? 'var(--mantine-primary-color-light)' : undefined}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {tr.endDate && tr.endDate !== tr.date
                          ? `${day(tr.date)} – ${day(tr.endDate)}`
                          : day(tr.date)}
                      </Table.Td>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          size="sm"
                          ta="left"
                          onClick={() => setEditing({ training: tr })}
                        >
                          {tr.topic}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {tr.agencies.map((a) => a.agency.acronym || a.agency.name).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {tr.trainerAgency?.acronym || tr.trainerAgency?.name || tr.organiser || '—'}
                      </Table.Td>
                      <Table.Td>{tr.napPillar?.name ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color="gray">
                          {t(`trainings.formats.${tr.format}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">{tr.participants}</Table.Td>
                      <Table.Td ta="right">{tr.hours}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            leftSection={<IconPencil size={14} aria-hidden />}
                            onClick={() => setEditing({ training: tr })}
                            aria-label={t('trainings.editLabel', { topic: tr.topic })}
                          >
                            {t('trainings.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            leftSection={<IconTrash size={14} aria-hidden />}
                            onClick={() => {
                              remove.reset();
                              setRemoving(tr);
                            }}
                            aria-label={t('trainings.removeLabel', { topic: tr.topic })}
                          >
                            {t('trainings.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="totals">
          <TrainingTotals period={period} />
        </Tabs.Panel>
      </Tabs>
      <TrainingFormModal
        opened={editing !== null}
        training={editing?.training ?? null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        title={t('trainings.removeTitle')}
        message={t('trainings.removeMessage', { topic: removing?.topic ?? '' })}
        confirmLabel={t('trainings.remove')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
