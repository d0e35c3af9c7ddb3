/**
 * The header's search button: opens the command palette and shows its shortcut; on the
 * narrowest windows only its icon, so the header keeps room for the app's name (reflow).
 */
import { ActionIcon, Button, Kbd, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { palette } from './paletteStore';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function PaletteButton() {
  const { t } = useTranslation();
  const narrow = useMediaQuery(`(max-width: ${em(575.98)})`);
  const shortcut = isMac ? '⌘ K' : 'Ctrl K';
  const common = {
    variant: 'default',
    'aria-keyshortcuts': isMac ? 'Meta+K' : 'Control+K',
    onClick: palette.open,
    'data-testid': 'palette-button',
  } as const;
  if (narrow) {
    return (
      <ActionIcon {...common} size="lg" aria-label={t('palette.button')}>
        <IconSearch size={18} aria-hidden />
      </ActionIcon>
    );
  }
  return (
    <Button
      {...common}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        <Kbd size="xs" visibleFrom="sm">
          {shortcut}
        </Kbd>
      }
    >
      {t('palette.button')}
    </Button>
  );
}
