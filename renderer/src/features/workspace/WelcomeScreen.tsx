/** Shown when no workspace is open: create a new one, open an existing or recent one, or the demo. */
import {
  Box,
  Container,
  Grid,
  Group,
  Paper,
  Stack,
  Tabs,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconFilePlus, IconFolderOpen, IconShieldLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/SkipLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { LanguageMenu } from '../../components/LanguageMenu';
import { ThemeToggle } from '../../components/ThemeToggle';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { DemoWorkspaceCard } from './DemoWorkspaceCard';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';
import { RecentWorkspaceList } from './RecentWorkspaceList';
import { useCreateWorkspaceForm } from './useCreateWorkspaceForm';
import { useOpenWorkspaceForm } from './useOpenWorkspaceForm';
import { useRecentWorkspaces } from '../../app/workspace/workspaceQueries';

type WelcomeTab = 'create' | 'open';

export function WelcomeScreen() {
  const { t } = useTranslation();
  const recent = useRecentWorkspaces();
  const createFormState = useCreateWorkspaceForm();
  const openForm = useOpenWorkspaceForm();
  const passphraseRef = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('welcome.documentTitle'));
  const hasRecent = (recent.data?.items.length ?? 0) > 0;
  const [tab, setTab] = useState<WelcomeTab | null>(null);
  const activeTab: WelcomeTab = tab ?? (hasRecent ? 'open' : 'create');

  const selectRecent = (path: string) => {
    openForm.setFieldValue('path', path);
    openForm.setFieldValue('passphrase', '');
    setTab('open');
    // The open form mounts on this render when the tab changes; focus once it is there.
    requestAnimationFrame(() => passphraseRef.current?.focus());
  };

  return (
    <>
      <SkipLink />
      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="main-content"
        mih="100vh"
        py="xl"
      >
        <Container size="lg">
          <Group justify="space-between" align="flex-start" mb="xl" wrap="nowrap">
            <Group gap="md" wrap="nowrap" align="center" miw={0}>
              <ThemeIcon size={52} radius="md" variant="filled" visibleFrom="xs">
                <IconShieldLock size={30} aria-hidden />
              </ThemeIcon>
              <Stack gap={2} miw={0}>
                <Title order={1}>{t('app.name')}</Title>
                <Text c="dimmed">{t('app.tagline')}</Text>
              </Stack>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageMenu />
              <ThemeToggle />
            </Group>
          </Group>

          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Paper withBorder p="lg" radius="md" shadow="xs">
                {recent.isPending ? (
                  <CenteredLoader minHeight={240} />
                ) : (
                  <Tabs
                    value={activeTab}
                    onChange={(value) => setTab(value === 'open' ? 'open' : 'create')}
                    keepMounted={false}
                  >
                    <Tabs.List grow mb="lg" aria-label={t('welcome.tabsLabel')}>
                      <Tabs.Tab value="create" leftSection={<IconFilePlus size={18} aria-hidden />}>
                        {t('welcome.tabs.create')}
                      </Tabs.Tab>
                      <Tabs.Tab value="open" leftSection={<IconFolderOpen size={18} aria-hidden />}>
                        {t('welcome.tabs.open')}
                      </Tabs.Tab>
                    </Tabs.List>
                    <Tabs.Panel value="create">
                      <CreateWorkspaceForm
                        state={createFormState}
                        defaultFolder={recent.data?.defaultFolder}
                      />
                    </Tabs.Panel>
                    <Tabs.Panel value="open">
                      <OpenWorkspaceForm form={openForm} passphraseRef={passphraseRef} />
                    </Tabs.Panel>
                  </Tabs>
                )}
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="md">
                <DemoWorkspaceCard />
                <Paper withBorder p="lg" radius="md">
                  <Title order={2} size="h4" mb="md">
                    {t('welcome.recent.title')}
                  </Title>
                  {recent.isPending ? (
                    <CenteredLoader minHeight={80} />
                  ) : recent.isError ? (
                    <ErrorAlert error={recent.error} />
                  ) : (
                    <RecentWorkspaceList items={recent.data?.items ?? []} onSelect={selectRecent} />
                  )}
                </Paper>
                <Text size="sm" c="dimmed">
                  {t('welcome.privacyNote')}
                </Text>
              </Stack>
            </Grid.Col>
          </Grid>
        </Container>
      </Box>
    </>
  );
}
