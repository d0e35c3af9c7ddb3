/** Creates a new encrypted workspace: identity, file, language and a strong passphrase. */
import { Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { CountrySelect } from '../../components/CountrySelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { LANGUAGE_OPTIONS } from '../../components/languageOptions';
import { PassphraseStrengthMeter } from '../../components/PassphraseStrengthMeter';
import { slugify } from './slugify';
import {
  createInput,
  type CreateWorkspaceFormState,
  type CreateWorkspaceValues,
} from './useCreateWorkspaceForm';
import { applyWorkspaceStatus } from '../../app/workspace/workspaceQueries';

interface CreateWorkspaceFormProps {
  state: CreateWorkspaceFormState;
  defaultFolder: string | undefined;
}

export function CreateWorkspaceForm({ state, defaultFolder }: CreateWorkspaceFormProps) {
  const { t } = useTranslation();
  const { form, chooseLanguage } = state;
  const queryClient = useQueryClient();
  const [confirmBlurred, setConfirmBlurred] = useState(false);
  const create = useMutation({
    mutationFn: (values: CreateWorkspaceValues) => call('workspace:create', createInput(values)),
    onSuccess: (status) => applyWorkspaceStatus(queryClient, status),
  });

  const { passphrase, passphraseConfirm } = form.values;
  // Say "do not match" once the confirmation can no longer become equal by typing on.
  const showMismatch =
    passphraseConfirm.length > 0 &&
    passphraseConfirm !== passphrase &&
    (confirmBlurred || !passphrase.startsWith(passphraseConfirm));

  const onTaskForceNameChange = (name: string) => {
    const { taskForceName, fileName } = form.getValues();
    // The file name follows the task-force name until the user types a different one.
    if (fileName === '' || fileName === slugify(taskForceName)) {
      form.setFieldValue('fileName', slugify(name));
    }
    form.setFieldValue('taskForceName', name);
  };

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack gap="md">
        <Text c="dimmed" size="sm">
          {t('create.intro')}
        </Text>
        <TextInput
          {...form.getInputProps('taskForceName')}
          onChange={(event) => onTaskForceNameChange(event.currentTarget.value)}
          label={t('create.taskForceName')}
          placeholder={t('create.taskForceNamePlaceholder')}
          required
          autoComplete="off"
        />
        <TextInput
          {...form.getInputProps('fileName')}
          label={t('create.fileName')}
          description={
            defaultFolder
              ? t('create.fileNameDescription', { folder: defaultFolder })
              : t('create.fileNameDescriptionNoFolder')
          }
          required
          autoComplete="off"
          spellCheck={false}
        />
        <CountrySelect
          {...form.getInputProps('country')}
          label={t('create.country')}
          description={t('create.countryDescription')}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          {...form.getInputProps('defaultLanguage')}
          onChange={chooseLanguage}
          label={t('create.defaultLanguage')}
          description={t('create.defaultLanguageDescription')}
          data={LANGUAGE_OPTIONS}
          allowDeselect={false}
          w={{ base: '100%', xs: 260 }}
        />
        <PassphraseInput
          {...form.getInputProps('passphrase')}
          label={t('create.passphrase')}
          description={t('create.noRecovery')}
          required
          autoComplete="new-password"
        />
        <PassphraseStrengthMeter
          passphrase={passphrase}
          context={[form.values.taskForceName.trim()]}
        />
        <PassphraseInput
          {...form.getInputProps('passphraseConfirm')}
          onBlur={() => setConfirmBlurred(true)}
          error={form.errors.passphraseConfirm ?? (showMismatch ? t('passphrase.mismatch') : null)}
          label={t('create.confirmPassphrase')}
          required
          autoComplete="new-password"
        />
        {create.isError ? <ErrorAlert error={create.error} /> : null}
        <Button type="submit" loading={create.isPending} size="md">
          {t('create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
