/**
 * The plan's outline: pillar → objective → activity, each activity with its lead agencies,
 * timeframe and status (colour and word). Filters live in the address; pillars can be
 * renamed, moved and removed (3–8 kept), objectives and activities added, edited and removed.
 */
import {
  ActionIcon,
  Anchor,
  Button,
  Checkbox,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconDots,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NapObjective, NapPillar, NapPlanDetail } from '../../../../../shared/contract/nap';
import {
  NAP_ACTIVITY_STATUSES,
  NAP_MAX_PILLARS,
  NAP_MIN_PILLARS,
} from '../../../../../shared/domain/nap';
import { napActivityPath } from '../napPaths';
import { useNapChange } from '../napQueries';
import { NapStatusBadge } from '../NapStatusBadge';
import {
  ActivityFormModal,
  NameNodeModal,
  RemoveNodeModal,
  type ActivityTarget,
  type NameTarget,
  type RemoveTarget,
} from './NapNodeForms';
import {
  activityMatches,
  isFiltered,
  readOutlineFilter,
  writeOutlineFilter,
  type OutlineFilter,
} from './outlineFilter';
import { TableScroll } from '../../../components/TableScroll';

interface Dialogs {
  name: (target: NameTarget) => void;
  activity: (target: ActivityTarget) => void;
  remove: (target: RemoveTarget) => void;
}

export function NapOutline({ plan }: { plan: NapPlanDetail }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = readOutlineFilter(params);
  const setFilter = (patch: Partial<OutlineFilter>) =>
    setParams(writeOutlineFilter({ ...filter, ...patch }), { replace: true });
  const [nameTarget, setNameTarget] = useState<NameTarget | null>(null);
  const [activityTarget, setActivityTarget] = useState<ActivityTarget | null>(null);
  const [removeTarget, setRemoveTarget] = useState<RemoveTarget | null>(null);
  const dialogs: Dialogs = {
    name: setNameTarget,
    activity: setActivityTarget,
    remove: setRemoveTarget,
  };
  const leads = new Map<string, string>();
  for (const pillar of plan.pillars)
    for (const objective of pillar.objectives)
      for (const activity of objective.activities)
        for (const agency of activity.leadAgencies)
          leads.set(agency.id, agency.acronym || agency.name);

  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('nap.outline.filterLead')}
          placeholder={t('nap.outline.any')}
          data={[...leads].map(([value, label]) => ({ value, label }))}
          value={filter.lead}
          onChange={(lead) => setFilter({ lead })}
          clearable
          searchable
          w={220}
        />
        <Select
          label={t('nap.outline.filterStatus')}
          placeholder={t('nap.outline.any')}
          data={NAP_ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`nap.status.${s}`) }))}
          value={filter.status}
          onChange={(status) => setFilter({ status: status as OutlineFilter['status'] })}
          clearable
          w={200}
        />
        <Select
          label={t('nap.outline.filterPeriod')}
          placeholder={t('nap.outline.any')}
          data={plan.periods.map((p) => ({ value: p.id, label: p.label }))}
          value={filter.period}
          onChange={(period) => setFilter({ period })}
          clearable
          w={180}
        />
        <Checkbox
          label={t('nap.outline.filterOverdue')}
          checked={filter.overdue}
          onChange={(event) => setFilter({ overdue: event.currentTarget.checked })}
          mb={8}
        />
        {isFiltered(filter) ? (
          <Button
            variant="subtle"
            onClick={() => setParams(new URLSearchParams(), { replace: true })}
          >
            {t('nap.outline.clearFilters')}
          </Button>
        ) : null}
        <Button
          ml="auto"
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={plan.pillars.length >= NAP_MAX_PILLARS}
          onClick={() => setNameTarget({ kind: 'pillar', planId: plan.id, code: '', name: '' })}
        >
          {t('nap.node.pillar.add')}
        </Button>
      </Group>
      {plan.pillars.map((pillar, index) => (
        <PillarSection
          key={pillar.id}
          plan={plan}
          pillar={pillar}
          index={index}
          filter={filter}
          dialogs={dialogs}
        />
      ))}
      <NameNodeModal target={nameTarget} onClose={() => setNameTarget(null)} />
      <ActivityFormModal target={activityTarget} onClose={() => setActivityTarget(null)} />
      <RemoveNodeModal target={removeTarget} onClose={() => setRemoveTarget(null)} />
    </Stack>
  );
}

function PillarSection(props: {
  plan: NapPlanDetail;
  pillar: NapPillar;
  index: number;
  filter: OutlineFilter;
  dialogs: Dialogs;
}) {
  const { plan, pillar, index, filter, dialogs } = props;
  const { t } = useTranslation();
  const move = useNapChange('nap:upsertPillar');
  const label = `${pillar.code}. ${pillar.name}`;
  const moveTo = (position: number) =>
    move.mutate({ planId: plan.id, id: pillar.id, name: pillar.name, position });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={label}>
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Title order={2} size="h3">
          {label}
        </Title>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('nap.node.pillar.moveUp', { label })}
            disabled={index === 0}
            onClick={() => moveTo(index - 1)}
          >
            <IconArrowUp size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('nap.node.pillar.moveDown', { label })}
            disabled={index === plan.pillars.length - 1}
            onClick={() => moveTo(index + 1)}
          >
            <IconArrowDown size={18} aria-hidden />
          </ActionIcon>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              dialogs.name({ kind: 'objective', pillarId: pillar.id, code: '', name: '' })
            }
          >
            {t('nap.node.objective.add')}
          </Button>
          <NodeMenu
            label={label}
            onEdit={() =>
              dialogs.name({
                kind: 'pillar',
                planId: plan.id,
                id: pillar.id,
                code: pillar.code,
                name: pillar.name,
              })
            }
            onRemove={
              plan.pillars.length > NAP_MIN_PILLARS
                ? () => dialogs.remove({ kind: 'pillar', id: pillar.id, label })
                : null
            }
          />
        </Group>
      </Group>
      {pillar.objectives.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('nap.outline.noObjectives')}
        </Text>
      ) : (
        <Stack gap="md">
          {pillar.objectives.map((objective) => (
            <ObjectiveBlock
              key={objective.id}
              plan={plan}
              objective={objective}
              filter={filter}
              dialogs={dialogs}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function ObjectiveBlock(props: {
  plan: NapPlanDetail;
  objective: NapObjective;
  filter: OutlineFilter;
  dialogs: Dialogs;
}) {
  const { plan, objective, filter, dialogs } = props;
  const { t } = useTranslation();
  const label = `${objective.code} ${objective.name}`;
  const shown = objective.activities.filter((a) => activityMatches(a, filter, plan));

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={3} size="h5">
          <Text span c="dimmed" inherit mr={6}>
            {objective.code}
          </Text>
          {objective.name}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => dialogs.activity({ objectiveId: objective.id })}
          >
            {t('nap.activity.add')}
          </Button>
          <NodeMenu
            label={label}
            onEdit={() =>
              dialogs.name({
                kind: 'objective',
                pillarId: objective.pillarId,
                id: objective.id,
                code: objective.code,
                name: objective.name,
              })
            }
            onRemove={() => dialogs.remove({ kind: 'objective', id: objective.id, label })}
          />
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm" pl="md">
          {objective.activities.length === 0
            ? t('nap.outline.noActivities')
            : t('nap.outline.noneMatch')}
        </Text>
      ) : (
        <TableScroll minWidth={720}>
          <Table verticalSpacing="xs" striped aria-label={t('nap.outline.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('nap.node.code')}</Table.Th>
                <Table.Th>{t('nap.activity.text')}</Table.Th>
                <Table.Th w={200}>{t('nap.activity.lead')}</Table.Th>
                <Table.Th w={170}>{t('nap.activity.timeframe')}</Table.Th>
                <Table.Th w={140}>{t('nap.activity.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((activity) => (
                <Table.Tr key={activity.id}>
                  <Table.Td>{activity.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={napActivityPath(plan.id, activity.id)}>
                      {activity.text}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {activity.leadAgencies.map((a) => a.acronym || a.name).join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>{activity.timeframe || '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <NapStatusBadge status={activity.status} />
                      {activity.overdue ? (
                        <Text size="xs" c="red" fw={600}>
                          {t('nap.outline.overdue')}
                        </Text>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

function NodeMenu(props: { label: string; onEdit: () => void; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('nap.node.menu', { label: props.label })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={props.onEdit}>
          {t('nap.node.edit')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          disabled={props.onRemove === null}
          onClick={() => props.onRemove?.()}
        >
          {t('nap.node.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
