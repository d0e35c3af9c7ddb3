/**
 * "Open the demo task force" on the welcome screen: opens (generating on first use) a
 * fictional workspace in the app's data folder. Its fixed passphrase is shown here and again
 * once it is open, for unlocking after auto-lock.
 */
import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEMO_PASSPHRASE } from '../../../../shared/contract/demo';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOpenDemo } from '../../app/workspace/useOpenDemo';

export function DemoWorkspaceCard() {
  const { t } = useTranslation();
  const open = useOpenDemo();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('welcome.demo.title')}
        </Title>
        <Text size="sm">{t('welcome.demo.description')}</Text>
        <Text size="sm" c="dimmed">
          {t('welcome.demo.passphrase')}{' '}
          <Code data-testid="demo-passphrase">{DEMO_PASSPHRASE}</Code>
        </Text>
        {open.isError ? <ErrorAlert error={open.error} /> : null}
        <Button
          variant="light"
          leftSection={<IconPlayerPlay size={18} aria-hidden />}
          loading={open.isPending}
          onClick={() => open.mutate()}
        >
          {t('welcome.demo.button')}
        </Button>
      </Stack>
    </Paper>
  );
}
