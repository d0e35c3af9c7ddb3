/** Named filters: apply one with a click, save the current filter under a name, delete one. */
import { ActionIcon, Button, Group, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
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
import { contract } from '../../../../shared/contract';
import type { ActionFilter } from '../../../../shared/contract/actions';
import { AppModal } from '../../components/AppModal';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { ModalForm } from '../../components/ModalForm';
import { useNotify } from '../../components/useNotify';
import { hasActiveFilter } from '../../app/actions/actionFilterParams';
import { useActionMutation, useSavedFilters } from '../../app/actions/actionQueries';

/** The name a filter is saved under, as 'actions:saveFilter' takes it. */
const saveFilterFields = contract['actions:saveFilter'].input.pick({ name: true });

function SaveFilterForm(props: { filter: ActionFilter; onClose: () => void }) {
  const { filter, onClose } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useActionMutation('actions:saveFilter');
  const form = useForm({
    initialValues: { name: '' },
    validate: contractRules(t, { schema: saveFilterFields, fields: ['name'] }),
  });
  return (
    <ModalForm
      form={form}
      onSubmit={(values) =>
        save.mutate(
          { ...saveFilterFields.parse(values), filter },
          {
            onSuccess: (saved) => {
              notify.success(t('actions.saved.savedTitle'), t('actions.saved.savedMessage', saved));
              onClose();
            },
          },
        )
      }
      onCancel={onClose}
      submitLabel={t('actions.saved.save')}
      save={save}
    >
      <TextInput
        {...form.getInputProps('name')}
        label={t('actions.saved.name')}
        required
        maxLength={maxLengthOf(saveFilterFields.shape.name)}
        data-autofocus
      />
    </ModalForm>
  );
}

function SaveFilterModal(props: { filter: ActionFilter; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      title={t('actions.saved.saveTitle')}
      size="md"
    >
      <SaveFilterForm filter={props.filter} onClose={props.onClose} />
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
