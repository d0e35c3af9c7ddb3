/**
 * Honours `?new=1` (set by the palette's "New meeting" / "New action"): calls `open` once and
 * removes the parameter, so reloading or going back does not reopen the dialog.
 */
import { useEffect, useEffectEvent } from 'react';
import { useSearchParams } from 'react-router';

/** Opens the page's "new" dialog (the meetings and actions pages honour it). */
export const NEW_PARAM = 'new';

export const NEW_MEETING_PATH = `/meetings?${NEW_PARAM}=1`;
export const NEW_ACTION_PATH = `/actions?${NEW_PARAM}=1`;

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
