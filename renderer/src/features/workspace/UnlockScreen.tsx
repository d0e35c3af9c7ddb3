/** Shown while the workspace is locked: the passphrase reopens it; nothing else is on screen. */
import { Button, Center, Code, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { contractRules } from '../../components/form/contractRules';
import { call, errorCodeOf } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/SkipLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { LanguageMenu } from '../../components/LanguageMenu';
import { PassphraseInput } from '../../components/PassphraseInput';
import { ThemeToggle } from '../../components/ThemeToggle';
import { useNotify } from '../../components/useNotify';
import { DamagedWorkspaceHelp } from './DamagedWorkspaceHelp';
import { applyWorkspaceStatus } from '../../app/workspace/workspaceQueries';

export function UnlockScreen({ path }: { path: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    initialValues: { passphrase: '' },
    validate: contractRules(t, {
      schema: contract['workspace:unlock'].input,
      fields: ['passphrase'],
      required: { passphrase: t('unlock.passphraseRequired') },
    }),
  });

  const unlock = useMutation({
    mutationFn: (passphrase: string) => call('workspace:unlock', { passphrase }),
    onSuccess: (status) => applyWorkspaceStatus(queryClient, status),
    onError: (error) => {
      if (errorCodeOf(error) === 'WRONG_PASSPHRASE') form.setFieldValue('passphrase', '');
      passphraseRef.current?.focus();
    },
  });
  useDocumentTitle(t('unlock.title'));
  const close = useMutation({
    mutationFn: () => call('workspace:close', {}),
    onSuccess: (status) => applyWorkspaceStatus(queryClient, status),
    onError: (error) => notify.error(error),
  });

  return (
    <>
      <SkipLink />
      <Center
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="main-content"
        mih="100vh"
        p="md"
      >
        <Stack w="100%" maw={460} gap="sm">
          <Group justify="flex-end" gap="xs">
            <LanguageMenu />
            <ThemeToggle />
          </Group>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <form
              onSubmit={form.onSubmit(({ passphrase }) => unlock.mutate(passphrase))}
              noValidate
            >
              <Stack gap="md">
                <Stack align="center" gap="xs">
                  <ThemeIcon size={56} radius="xl" variant="light">
                    <IconLock size={30} aria-hidden />
                  </ThemeIcon>
                  <Title order={1} size="h2" ta="center">
                    {t('unlock.title')}
                  </Title>
                  <Text c="dimmed" size="sm" ta="center">
                    {t('unlock.description')}
                  </Text>
                </Stack>
                {path ? (
                  <Text size="sm" ta="center">
                    {t('unlock.fileLabel')} <Code style={{ wordBreak: 'break-all' }}>{path}</Code>
                  </Text>
                ) : null}
                <PassphraseInput
                  {...form.getInputProps('passphrase')}
                  ref={passphraseRef}
                  label={t('unlock.passphrase')}
                  autoFocus
                  required
                  autoComplete="current-password"
                />
                {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
                {unlock.isError ? (
                  <DamagedWorkspaceHelp error={unlock.error} passphrase={unlock.variables} />
                ) : null}
                <Button type="submit" loading={unlock.isPending} fullWidth size="md">
                  {t('unlock.submit')}
                </Button>
                <Button
                  variant="subtle"
                  color="gray"
                  onClick={() => close.mutate()}
                  loading={close.isPending}
                >
                  {t('unlock.close')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </Stack>
      </Center>
    </>
  );
}
