/** Locks the workspace after the configured minutes without keyboard, mouse or touch activity. */
import { useIdle } from '@mantine/hooks';
import { useEffect } from 'react';
import { useLockWorkspace } from '../../app/workspace/useLockWorkspace';

/** Longest delay setTimeout accepts (~24.8 days): effectively "never" when auto-lock is off. */
const NEVER_MS = 2_147_483_647;
/**
 * What a person does. Not `scroll`: the page scrolls on its own (focus moved to a heading, a
 * refreshed list that grows or shrinks), which kept postponing the lock; a person's scrolling
 * comes with a wheel, key, touch or mouse event already.
 */
const ACTIVITY_EVENTS: (keyof DocumentEventMap)[] = [
  'keydown',
  'mousemove',
  'mousedown',
  'touchstart',
  'wheel',
];

export function useAutoLock(minutes: number | undefined): void {
  const enabled = minutes !== undefined && minutes > 0;
  const idle = useIdle(enabled ? minutes * 60_000 : NEVER_MS, {
    initialState: false,
    events: ACTIVITY_EVENTS,
  });
  const { mutate: lock } = useLockWorkspace();
  useEffect(() => {
    if (enabled && idle) lock();
  }, [enabled, idle, lock]);
}
