/**
 * The privacy guard's deny-list ("sensitive terms", e.g. a suspect's name the task force
 * knows): add a term, see how many there are, remove them all. The core keeps only keyed
 * hashes, so a term is never shown back — the field is cleared once it is added.
 */
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { call } from '../../api';
import { contractRules, maxLengthOf, minLengthOf } from '../../components/form/contractRules';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { ConfirmModal } from '../../components/ConfirmModal';
import { SettingsSection } from './SettingsSection';

const COUNT_KEY = ['privacy', 'denylistCount'] as const;
/** A term as 'privacy:denylistAdd' takes it: its shortest and longest from the contract. */
const termFields = contract['privacy:denylistAdd'].input;
const TERM_MIN = minLengthOf(termFields.shape.term);

export function SensitiveTermsSection() {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const form = useForm({
    initialValues: { term: '' },
    validate: contractRules(t, {
      schema: termFields,
      fields: ['term'],
      invalid: { term: t('settings.sensitiveTerms.tooShort', { count: TERM_MIN }) },
    }),
  });
  const [confirming, setConfirming] = useState(false);
  const count = useQuery({
    queryKey: COUNT_KEY,
    queryFn: () => call('privacy:denylistCount', {}),
  });
  const add = useMutation({
    mutationFn: (value: string) => call('privacy:denylistAdd', { term: value }),
    onSuccess: (result) => {
      client.setQueryData(COUNT_KEY, result);
      form.reset();
      notify.success(t('settings.sensitiveTerms.title'), t('settings.sensitiveTerms.added'));
    },
  });
  const removeAll = useMutation({
    mutationFn: () => call('privacy:denylistRemoveAll', {}),
    onSuccess: () => {
      client.setQueryData(COUNT_KEY, { count: 0 });
      setConfirming(false);
      notify.success(t('settings.sensitiveTerms.title'), t('settings.sensitiveTerms.removed'));
    },
  });
  const total = count.data?.count ?? 0;
  const submit = ({ term }: { term: string }) => {
    if (!add.isPending) add.mutate(termFields.parse({ term }).term);
  };

  return (
    <SettingsSection
      id="settings-terms"
      title={t('settings.sensitiveTerms.title')}
      description={t('settings.sensitiveTerms.description')}
    >
      <Stack gap="sm">
        <Text aria-live="polite" data-testid="sensitive-terms-count">
          {count.isError ? '' : t('settings.sensitiveTerms.count', { count: total })}
        </Text>
        {count.isError ? <ErrorAlert error={count.error} /> : null}
        <form
          noValidate
          onSubmit={form.onSubmit(submit)}
          aria-label={t('settings.sensitiveTerms.formLabel')}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('settings.sensitiveTerms.term')}
              description={t('settings.sensitiveTerms.termHint')}
              {...form.getInputProps('term')}
              autoComplete="off"
              spellCheck={false}
              maxLength={maxLengthOf(termFields.shape.term)}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button
              type="submit"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={!form.isValid()}
              loading={add.isPending}
            >
              {t('settings.sensitiveTerms.add')}
            </Button>
          </Group>
        </form>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
        <Group>
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            disabled={total === 0}
            onClick={() => setConfirming(true)}
          >
            {t('settings.sensitiveTerms.removeAll')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('settings.sensitiveTerms.confirmTitle')}
        message={t('settings.sensitiveTerms.confirmMessage', { count: total })}
        confirmLabel={t('settings.sensitiveTerms.confirm')}
        loading={removeAll.isPending}
        error={removeAll.error}
        onClose={() => setConfirming(false)}
        onConfirm={() => removeAll.mutate()}
      />
    </SettingsSection>
  );
}
