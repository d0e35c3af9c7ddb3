/**
 * How far the core is in building a document: the `exports:progress` events of one channel,
 * as a fraction 0 → 1, or null before the first event (or after reset()).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ExportProgress } from '../../../../shared/contract/exports';
import { onEvent } from '../../api';

function isProgress(payload: unknown): payload is ExportProgress {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as Partial<ExportProgress>;
  return typeof p.channel === 'string' && typeof p.fraction === 'number';
}

export function useExportProgress(channel: string) {
  const [latest, setLatest] = useState<ExportProgress | null>(null);
  useEffect(
    () =>
      onEvent('exports:progress', (payload) => {
        if (isProgress(payload) && payload.channel === channel) {
          setLatest({ channel, fraction: Math.min(1, Math.max(0, payload.fraction)) });
        }
      }),
    [channel],
  );
  const reset = useCallback(() => setLatest(null), []);
  // An event of a channel that was shown before does not count for this one.
  return { fraction: latest?.channel === channel ? latest.fraction : null, reset };
}
