/**
 * Settings of the open workspace: its settings form, letterhead logo, backups, the privacy
 * guard's sensitive terms and the passphrase.
 */
import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { BackupsSection } from '../../components/backups/BackupsSection';
import { useWorkspaceSettings } from '../../app/workspace/workspaceQueries';
import { AuditNameSection } from './AuditNameSection';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LetterheadLogoSection } from './LetterheadLogoSection';
import { SensitiveTermsSection } from './SensitiveTermsSection';
import { SettingsSection } from './SettingsSection';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings();

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
        {/* The audit log's display name: its own section (issue "everyday use"). */}
        {settings.isSuccess ? (
          <AuditNameSection key={settings.data.actorName ?? ''} settings={settings.data} />
        ) : null}
        <LetterheadLogoSection />
        {settings.isSuccess ? <BackupsSection settings={settings.data} /> : null}
        <SensitiveTermsSection />
        <SettingsSection
          id="settings-passphrase"
          title={t('settings.passphrase.title')}
          description={t('settings.passphrase.description')}
        >
          <ChangePassphraseForm />
        </SettingsSection>
      </Stack>
    </>
  );
}
