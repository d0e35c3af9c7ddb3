/** Locks the workspace after the configured minutes without keyboard, mouse or touch activity. */
import { useIdle } from '@mantine/hooks';
import { useEffect } from 'react';
import { useLockWorkspace } from './useLockWorkspace';

/** Longest delay setTimeout accepts (~24.8 days): effectively "never" when auto-lock is off. */
const NEVER_MS = 2_147_483_647;
const ACTIVITY_EVENTS: (keyof DocumentEventMap)[] = [
  'keydown',
  'mousemove',
  'mousedown',
  'touchstart',
  'wheel',
  'scroll',
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
