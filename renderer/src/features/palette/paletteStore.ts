/** The palette's own Spotlight store, so the header button (and tests) can open it. */
import { createSpotlight } from '@mantine/spotlight';

export const [paletteStore, palette] = createSpotlight();

/** Ctrl+K everywhere, and Cmd+K on macOS ("mod" is Cmd there, Ctrl elsewhere). */
export const PALETTE_SHORTCUTS = ['mod + K', 'ctrl + K'];

/**
 * Marks the list's first entry as the one Enter opens (Spotlight only does so when the text
 * changes, not when results arrive later or the palette opens).
 */
export function selectFirstEntry(): void {
  const { listId } = paletteStore.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  const first = list.querySelector<HTMLElement>('[data-action]');
  if (!first) return;
  first.setAttribute('data-selected', 'true');
  first.scrollIntoView({ block: 'nearest' });
  paletteStore.updateState((state) => ({ ...state, selected: 0 }));
}
