/**
 * Honours `?new=1` (set by the palette's "New meeting" / "New action"): calls `open` once and
 * removes the parameter, so reloading or going back does not reopen the dialog.
 */
import { useEffect, useEffectEvent } from 'react';
import { useSearchParams } from 'react-router';
import { NEW_PARAM } from './paletteModel';

export function useNewRequest(open: () => void) {
  const [params, setParams] = useSearchParams();
  const requested = params.get(NEW_PARAM) === '1';
  const onRequest = useEffectEvent(open);
  useEffect(() => {
    if (!requested) return;
    onRequest();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(NEW_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [requested, setParams]);
}
