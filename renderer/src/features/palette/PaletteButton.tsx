/**
 * The header's search button: opens the command palette and shows its shortcut; icon only on
 * the narrowest windows.
 */
import { Box, Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { palette } from './paletteStore';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function PaletteButton() {
  const { t } = useTranslation();
  const shortcut = isMac ? '⌘ K' : 'Ctrl K';
  return (
    <Button
      variant="default"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        <Kbd size="xs" visibleFrom="sm">
          {shortcut}
        </Kbd>
      }
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
      onClick={palette.open}
      data-testid="palette-button"
      // On a phone-wide window only the icon shows (the header keeps room for the app's name).
      aria-label={t('palette.button')}
      px={{ base: 'xs', xs: 'md' }}
    >
      <Box component="span" visibleFrom="xs">
        {t('palette.button')}
      </Box>
    </Button>
  );
}
