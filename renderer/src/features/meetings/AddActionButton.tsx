/**
 * "Add action" on the meeting page (an agenda item, a decision, the Actions tab). Approved
 * minutes are a frozen record that takes no new actions: the button stays, disabled, and its
 * tooltip says why (the Actions tab also says it in the page).
 */
import { Button, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface AddActionButtonProps {
  locked: boolean;
  onClick: () => void;
  /** The accessible name when it must say more than the visible "Add action" (which item…). */
  ariaLabel?: string;
  /** The small, quiet form used inside agenda items and table rows. */
  compact?: boolean;
}

export function AddActionButton({ locked, onClick, ariaLabel, compact }: AddActionButtonProps) {
  const { t } = useTranslation();
  const button = (
    <Button
      size={compact ? 'compact-sm' : 'sm'}
      variant={compact ? 'subtle' : 'filled'}
      leftSection={<IconPlus size={compact ? 14 : 16} aria-hidden />}
      aria-label={ariaLabel}
      disabled={locked}
      onClick={onClick}
    >
      {t('meetings.actions.add')}
    </Button>
  );
  if (!locked) return button;
  // A disabled button receives no pointer events: the tooltip listens on its wrapper.
  return (
    <Tooltip label={t('meetings.actions.lockedHint')} multiline w={260} withArrow>
      <span style={{ display: 'inline-flex' }}>{button}</span>
    </Tooltip>
  );
}
