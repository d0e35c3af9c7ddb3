/**
 * Wraps the app in its providers: Mantine (theme with the accessibility defaults, colour
 * scheme), notifications, data, i18n, router.
 */
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import i18n from '../i18n';
import type { WorkspaceSettings } from '../../../shared/contract/workspace';
import { dateLocale } from '../components/formatDay';
import { workspaceKeys } from '../features/workspace/workspaceQueries';
import { createQueryClient } from './queryClient';
import './a11y.css';
import { a11yTheme } from './a11yTheme';
import { colorSchemeManager, theme } from './theme';

const appTheme = mergeThemeOverrides(theme, a11yTheme);

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={appTheme}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
      >
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <LocalisedDates>
            <HashRouter>{children}</HashRouter>
          </LocalisedDates>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
