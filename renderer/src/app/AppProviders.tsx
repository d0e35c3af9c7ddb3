/**
 * Wraps the app in its providers: Mantine (theme with the accessibility defaults, readable
 * colours, colour scheme), date pickers, notifications, data, i18n, router.
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
import { workspaceKeys } from './workspace/workspaceQueries';
import { createQueryClient } from './queryClient';
import './a11y.css';
import { a11yTheme } from './a11yTheme';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

const appTheme = mergeThemeOverrides(theme, a11yTheme);

/**
 * Date pickers in the reader's language; weeks start on Monday, on Sunday for a workspace in
 * the United States. Reads the settings the open workspace has loaded (it fetches nothing).
 */
function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const settings = useQuery<WorkspaceSettings>({
    queryKey: workspaceKeys.settings,
    enabled: false,
  });
  const country = settings.data?.country ?? '';
  const tag = dateLocale(i18n.language, country);
  const locale = tag === 'en-US' ? 'en' : tag.toLowerCase();
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: country === 'US' ? 0 : 1 }}>
      {children}
    </DatesProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={appTheme}
        colorSchemeManager={colorSchemeManager}
        cssVariablesResolver={cssVariablesResolver}
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
