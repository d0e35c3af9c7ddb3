/**
 * The open workspace's frame: header, responsive navbar and the routed page; runs auto-lock,
 * the command palette (Ctrl/Cmd+K) and the `?focus=` deep links. A skip link comes first; each
 * change of screen moves the focus to the new page's heading.
 */
import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLayoutEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import type { WorkspaceStatus } from '../../../shared/contract/workspace';
import { CommandPalette } from '../features/palette/CommandPalette';
import { SearchFocus } from '../features/palette/SearchFocus';
import { useAutoLock } from '../features/workspace/useAutoLock';
import { CenteredLoader } from '../components/CenteredLoader';
import { setWorkspaceCalendar } from '../components/workspaceDay';
import { useWorkspaceSettings } from './workspace/workspaceQueries';
import { requestHeadingFocus, screenOf } from '../components/headingFocus';
import { MAIN_CONTENT_ID, SkipLink } from '../components/SkipLink';
import { MainNav } from './MainNav';
import { ShellHeader } from './ShellHeader';

export function AppLayout({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  const [navbarOpened, navbar] = useDisclosure(false);
  useAutoLock(status.autoLockMinutes);
  // "Today" and how dates read follow the workspace's time zone and country: pages wait for
  // them so that none decides a day in the wrong zone.
  const settings = useWorkspaceSettings();
  if (settings.data) setWorkspaceCalendar(settings.data);
  const screen = screenOf(useLocation().pathname);
  // Arriving on a screen (also: the workspace just opened or unlocked) puts the focus on its
  // heading. A layout effect, so the request is there before the page's own effects run.
  useLayoutEffect(() => requestHeadingFocus(), [screen]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <SkipLink />
      <AppShell.Header>
        <ShellHeader
          taskForceName={status.taskForceName}
          navbarOpened={navbarOpened}
          onToggleNavbar={navbar.toggle}
        />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        <MainNav onNavigate={navbar.close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className="main-content">
        {/* Wide screens get wide tables: the column grows up to 1600 px, then centres. */}
        <Container size={1600} px={0}>
          {settings.isPending ? <CenteredLoader /> : <Outlet />}
        </Container>
      </AppShell.Main>
      <CommandPalette />
      <SearchFocus />
    </AppShell>
  );
}
