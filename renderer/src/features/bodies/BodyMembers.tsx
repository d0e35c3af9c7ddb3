/** A body's member agencies: remove one, or add several; the quorum follows the new membership. */
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Body } from '../../../../shared/contract/bodies';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { agencyLabel, bodyKeys, useAgencyOptions } from '../../app/bodies/bodyQueries';

export function BodyMembers({ body }: { body: Body }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [toAdd, setToAdd] = useState<string[]>([]);
  const options = useAgencyOptions();
  const memberIds = useMemo(() => new Set(body.members.map((m) => m.id)), [body.members]);
  const addable = options.data.filter((option) => !memberIds.has(option.value));
  const save = useMutation({
    mutationFn: (memberAgencyIds: string[]) =>
      call('bodies:update', { id: body.id, patch: { memberAgencyIds } }),
    onSuccess: (saved) => queryClient.setQueryData(bodyKeys.detail(body.id), saved),
  });
  const members = [...body.members].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack gap="md">
      {members.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('bodyDetail.noMembers')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Tbody>
            {members.map((member) => {
              const label = agencyLabel(member);
              return (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/agencies/${member.id}`}>
                      {label}
                    </Anchor>
                    {member.archived ? (
                      <Badge size="xs" color="gray" variant="light" ml="xs">
                        {t('agencies.archived')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td w={60} ta="right">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('bodyDetail.remove', { name: member.name })}
                      disabled={save.isPending}
                      onClick={() =>
                        save.mutate(body.members.filter((m) => m.id !== member.id).map((m) => m.id))
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <MultiSelect
          label={t('bodyDetail.addLabel')}
          placeholder={t('bodyDetail.addPlaceholder')}
          data={addable}
          value={toAdd}
          onChange={setToAdd}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('bodyDetail.nothingFound')}
          style={{ flex: 1, minWidth: 260 }}
        />
        <Button
          disabled={toAdd.length === 0}
          loading={save.isPending}
          onClick={() => save.mutate([...memberIds, ...toAdd], { onSuccess: () => setToAdd([]) })}
        >
          {t('bodyDetail.addButton')}
        </Button>
      </Group>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
    </Stack>
  );
}
