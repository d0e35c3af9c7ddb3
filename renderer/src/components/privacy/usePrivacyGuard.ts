/**
 * Drives the override dialog around a guarded save: when a save fails with PII_DETECTED, the
 * dialog opens with the kinds found, and "Save anyway" repeats the save with the reason.
 */
import { useState } from 'react';
import type { PiiKind } from '../../../../shared/contract/privacy';
import { piiKindsOf } from './piiKinds';

interface Pending {
  kinds: PiiKind[];
  retry: (reason: string) => void;
}

export function usePrivacyGuard() {
  const [pending, setPending] = useState<Pending | null>(null);
  return {
    /** True (and the dialog opens) when `error` is the guard's refusal. */
    catchPii(error: unknown, retry: (reason: string) => void): boolean {
      const kinds = piiKindsOf(error);
      if (!kinds) return false;
      setPending({ kinds, retry });
      return true;
    },
    /** Whether `error` is the guard's refusal (shown by the dialog, not as an alert). */
    isPii: (error: unknown) => piiKindsOf(error) !== null,
    close: () => setPending(null),
    dialog: {
      kinds: pending?.kinds ?? null,
      onClose: () => setPending(null),
      onOverride: (reason: string) => pending?.retry(reason),
    },
  };
}
