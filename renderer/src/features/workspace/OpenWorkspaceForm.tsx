/** Opens an existing workspace file with its passphrase. */
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorCodeOf } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { DamagedWorkspaceHelp } from './DamagedWorkspaceHelp';
import type { OpenWorkspaceForm as OpenForm, OpenWorkspaceValues } from './useOpenWorkspaceForm';
import { applyWorkspaceStatus } from '../../app/workspace/workspaceQueries';

interface OpenWorkspaceFormProps {
  form: OpenForm;
  /** Focused after a recent item fills the path, and after a wrong passphrase. */
  passphraseRef: RefObject<HTMLInputElement | null>;
}

export function OpenWorkspaceForm({ form, passphraseRef }: OpenWorkspaceFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: (values: OpenWorkspaceValues) =>
      call('workspace:open', { path: values.path.trim(), passphrase: values.passphrase }),
    onSuccess: (status) => applyWorkspaceStatus(queryClient, status),
    onError: (error) => {
      if (errorCodeOf(error) === 'WRONG_PASSPHRASE') {
        form.setFieldValue('passphrase', '');
        passphraseRef.current?.focus();
      }
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => open.mutate(values))} noValidate>
      <Stack gap="md">
        <Text c="dimmed" size="sm">
          {t('open.intro')}
        </Text>
        <TextInput
          {...form.getInputProps('path')}
          label={t('open.path')}
          description={t('open.pathDescription')}
          placeholder={t('open.pathPlaceholder')}
          required
          autoComplete="off"
          spellCheck={false}
        />
        <PassphraseInput
          {...form.getInputProps('passphrase')}
          ref={passphraseRef}
          label={t('open.passphrase')}
          required
          autoComplete="current-password"
        />
        {open.isError ? <ErrorAlert error={open.error} /> : null}
        {open.isError ? (
          <DamagedWorkspaceHelp error={open.error} passphrase={open.variables.passphrase} />
        ) : null}
        <Button type="submit" loading={open.isPending} size="md">
          {t('open.submit')}
        </Button>
      </Stack>
    </form>
  );
}
