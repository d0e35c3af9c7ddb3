/**
 * Wraps the app in its providers: Mantine (theme with the accessibility defaults, colour
 * scheme), notifications, data, i18n, router.
 */
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import i18n from '../i18n';
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
          <HashRouter>{children}</HashRouter>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
