/**
 * Who takes the focus after a change of screen: the shell asks (`requestHeadingFocus`), the
 * next page heading that renders answers once (`takeHeadingFocus`). A page still loading its
 * record takes it when its heading appears.
 */
import { useSyncExternalStore } from 'react';

let requested = 0;
let taken = 0;
const listeners = new Set<() => void>();

export function requestHeadingFocus(): void {
  requested += 1;
  for (const listener of listeners) listener();
}

/** True once per request: the caller moves the focus to its heading. */
export function takeHeadingFocus(): boolean {
  if (requested === taken) return false;
  taken = requested;
  return true;
}

/**
 * True when the user is already working somewhere the heading must not pull them away from:
 * a dialog or the command palette opened while the screen was still loading, or a field.
 */
export function focusIsBusy(active: Element | null): boolean {
  if (!active || active === active.ownerDocument.body) return false;
  return (
    active.closest(
      '[role="dialog"], [aria-modal="true"], input, textarea, select, [contenteditable="true"]',
    ) !== null
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHeadingFocusRequest(): number {
  return useSyncExternalStore(subscribe, () => requested);
}

/**
 * The screen a path shows: tabs inside a record's page (meeting, plan, agency register and
 * matrix) are the same screen, so switching tabs keeps the focus on the tab list.
 */
export function screenOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if ((parts[0] === 'meetings' || parts[0] === 'nap') && parts.length === 3) {
    return parts.slice(0, 2).join('/');
  }
  if (parts[0] === 'agencies' && parts[1] === 'matrix') return 'agencies';
  return parts.join('/');
}
