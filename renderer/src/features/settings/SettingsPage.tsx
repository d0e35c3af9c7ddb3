/** Settings of the open workspace: its settings form, letterhead logo, backups and passphrase. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { BackupsSection } from '../backups/BackupsSection';
import { workspaceKeys } from '../workspace/workspaceQueries';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LetterheadLogoSection } from './LetterheadLogoSection';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: workspaceKeys.settings,
    queryFn: () => call('workspace:getSettings', {}),
  });

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Stack gap="xl">
        <Paper
          withBorder
          p="lg"
          radius="md"
          component="section"
          aria-labelledby="settings-workspace"
        >
          <Title order={2} size="h3" mb="md" id="settings-workspace">
            {t('settings.workspace.title')}
          </Title>
          {settings.isPending ? (
            <CenteredLoader minHeight={200} />
          ) : settings.isError ? (
            <ErrorAlert error={settings.error} />
          ) : (
            <WorkspaceSettingsForm settings={settings.data} />
          )}
        </Paper>
        <LetterheadLogoSection />
        {settings.isSuccess ? <BackupsSection settings={settings.data} /> : null}
        <Paper
          withBorder
          p="lg"
          radius="md"
          component="section"
          aria-labelledby="settings-passphrase"
        >
          <Title order={2} size="h3" mb={4} id="settings-passphrase">
            {t('settings.passphrase.title')}
          </Title>
          <Text c="dimmed" size="sm" mb="md">
            {t('settings.passphrase.description')}
          </Text>
          <ChangePassphraseForm />
        </Paper>
      </Stack>
    </>
  );
}
