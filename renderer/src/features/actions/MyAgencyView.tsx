/**
 * "My agency": a focal point picks their agency once (remembered on this computer as an agency
 * id only) and sees the open actions it owns.
 */
import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionSortKey } from '../../../../shared/domain/actions';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import { openActionsOf } from '../../app/actions/actionFilterParams';
import { ActionListPanel } from './ActionListPanel';

export const MY_AGENCY_KEY = 'coordina.actions.myAgencyId';

export function MyAgencyView(props: { onOpen: (id: string) => void; onCreate: () => void }) {
  const { t } = useTranslation();
  const agencies = useAgencyOptions();
  const [myAgencyId, setMyAgencyId] = useLocalStorage<string>({
    key: MY_AGENCY_KEY,
    defaultValue: '',
    getInitialValueInEffect: false,
  });
  const [sort, setSort] = useState<{ by: ActionSortKey; dir: 'asc' | 'desc' }>({
    by: 'dueDate',
    dir: 'asc',
  });
  const agency = agencies.data.find((o) => o.value === myAgencyId);

  return (
    <>
      <Paper withBorder p="md" radius="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('actions.mine.agency')}
            description={t('actions.mine.agencyDescription')}
            placeholder={t('actions.mine.pick')}
            data={agencies.data}
            value={agency ? myAgencyId : null}
            onChange={(id) => setMyAgencyId(id ?? '')}
            searchable
            w={{ base: '100%', sm: 420 }}
          />
          {agency ? (
            <Button variant="subtle" onClick={() => setMyAgencyId('')}>
              {t('actions.mine.forget')}
            </Button>
          ) : null}
        </Group>
      </Paper>
      {agency ? (
        <ActionListPanel
          filter={openActionsOf(agency.value)}
          sortBy={sort.by}
          sortDir={sort.dir}
          onSort={(by, dir) => setSort({ by, dir })}
          onOpen={props.onOpen}
          onCreate={props.onCreate}
          onClear={() => undefined}
          noMatch={{
            title: t('actions.mine.noneTitle'),
            description: t('actions.mine.noneDescription', { agency: agency.label }),
          }}
        />
      ) : (
        <Text c="dimmed" ta="center" py="xl">
          {t('actions.mine.hint')}
        </Text>
      )}
    </>
  );
}
