/** Named filters: apply one with a click, save the current filter under a name, delete one. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  IconBookmark,
  IconDeviceFloppy,
  IconListDetails,
  IconStar,
  IconStarFilled,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFilter } from '../../../../shared/contract/actions';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { useNotify } from '../../components/useNotify';
import { hasActiveFilter } from '../../app/actions/actionFilterParams';
import { useActionMutation, useSavedFilters } from '../../app/actions/actionQueries';

function SaveFilterModal(props: { filter: ActionFilter; opened: boolean; onClose: () => void }) {
  const { filter, opened, onClose } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useActionMutation('actions:saveFilter');
  const [name, setName] = useState('');
  const close = () => {
    setName('');
    save.reset();
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    save.mutate(
      { name: name.trim(), filter },
      {
        onSuccess: (saved) => {
          notify.success(t('actions.saved.savedTitle'), t('actions.saved.savedMessage', saved));
          close();
        },
      },
    );
  };
  return (
    <AppModal opened={opened} onClose={close} title={t('actions.saved.saveTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('actions.saved.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            maxLength={120}
            data-autofocus
          />
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <FormActions
            onCancel={close}
            submitLabel={t('actions.saved.save')}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </AppModal>
  );
}

export function SavedFilters(props: {
  filter: ActionFilter;
  onApply: (filter: ActionFilter) => void;
}) {
  const { filter, onApply } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const saved = useSavedFilters();
  const remove = useActionMutation('actions:deleteFilter');
  const mark = useActionMutation('actions:setDefaultFilter');
  const [saving, setSaving] = useState(false);
  const items = saved.data?.items ?? [];

  return (
    <Group gap="xs" mb="sm" role="group" aria-label={t('actions.saved.label')}>
      <Text size="sm" c="dimmed" mr={4}>
        {t('actions.saved.label')}
      </Text>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconListDetails size={14} aria-hidden />}
        onClick={() => onApply({})}
        disabled={!hasActiveFilter(filter)}
      >
        {t('actions.saved.all')}
      </Button>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('actions.saved.none')}
        </Text>
      ) : null}
      {items.map((item) => (
        <Group key={item.id} gap={0} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconBookmark size={14} aria-hidden />}
            onClick={() => onApply(item.filter)}
            style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
          >
            {item.name}
          </Button>
          <ActionIcon
            variant="light"
            size={26}
            radius={0}
            aria-pressed={item.isDefault}
            aria-label={t('actions.saved.makeDefault', { name: item.name })}
            title={t(item.isDefault ? 'actions.saved.isDefault' : 'actions.saved.makeDefaultHint')}
            onClick={() =>
              mark.mutate({ id: item.isDefault ? null : item.id }, { onError: notify.error })
            }
          >
            {item.isDefault ? (
              <IconStarFilled size={14} aria-hidden />
            ) : (
              <IconStar size={14} aria-hidden />
            )}
          </ActionIcon>
          <ActionIcon
            variant="light"
            size={26}
            aria-label={t('actions.saved.delete', { name: item.name })}
            style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
            onClick={() =>
              remove.mutate(
                { id: item.id },
                {
                  onSuccess: () =>
                    notify.info(
                      t('actions.saved.deletedTitle'),
                      t('actions.saved.deletedMessage', item),
                    ),
                  onError: notify.error,
                },
              )
            }
          >
            <IconX size={14} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconDeviceFloppy size={14} aria-hidden />}
        onClick={() => setSaving(true)}
        disabled={!hasActiveFilter(filter)}
      >
        {t('actions.saved.saveCurrent')}
      </Button>
      <SaveFilterModal filter={filter} opened={saving} onClose={() => setSaving(false)} />
    </Group>
  );
}
