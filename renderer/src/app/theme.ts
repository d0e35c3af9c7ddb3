/** Coordina's Mantine theme: calm institutional colours, readable type, generous radius. */
import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
});

/** Light/dark choice survives restarts; 'auto' follows the operating system until changed. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'coordina.colorScheme' });
