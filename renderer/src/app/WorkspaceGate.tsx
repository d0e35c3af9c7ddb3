/** Boot: reads the workspace status and shows Welcome (closed), Unlock (locked) or the app (open). */
import { Button, Center, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../components/CenteredLoader';
import { ErrorAlert } from '../components/ErrorAlert';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { UnlockScreen } from '../features/workspace/UnlockScreen';
import { WelcomeScreen } from '../features/workspace/WelcomeScreen';
import { useWorkspaceEvents, useWorkspaceStatus } from './workspace/workspaceQueries';
import { AppRoutes } from './AppRoutes';
import { useDataChanges } from './dataChanges';

function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.startFailedTitle'));
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack maw={480} gap="md">
        <Title order={1} size="h3">
          {t('app.startFailedTitle')}
        </Title>
        <ErrorAlert error={error} />
        <Button onClick={onRetry} variant="default">
          {t('app.retry')}
        </Button>
      </Stack>
    </Center>
  );
}

export function WorkspaceGate() {
  useWorkspaceEvents();
  useDataChanges();
  const status = useWorkspaceStatus();

  if (status.isPending) return <CenteredLoader />;
  if (status.isError) {
    return <StartupError error={status.error} onRetry={() => void status.refetch()} />;
  }
  switch (status.data.state) {
    case 'closed':
      return <WelcomeScreen />;
    case 'locked':
      return <UnlockScreen path={status.data.path} />;
    case 'open':
      return <AppRoutes status={status.data} />;
  }
}
