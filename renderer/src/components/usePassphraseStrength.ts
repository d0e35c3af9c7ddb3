/**
 * Live passphrase strength from the core (zxcvbn), asked 250 ms after typing stops. Results
 * are not kept once the form is gone (gcTime 0): the cache key holds the passphrase.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../api';
import { workspaceKeys } from '../app/workspace/workspaceQueries';

export const STRENGTH_DEBOUNCE_MS = 250;

/** `context`: words the passphrase should not lean on (the task-force name), as the core checks. */
export function usePassphraseStrength(passphrase: string, context: string[] = []) {
  const [debounced] = useDebouncedValue(passphrase, STRENGTH_DEBOUNCE_MS);
  return useQuery({
    queryKey: workspaceKeys.passphraseStrength(debounced, context),
    queryFn: () => call('workspace:passphraseStrength', { passphrase: debounced, context }),
    enabled: debounced.length > 0,
    gcTime: 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
