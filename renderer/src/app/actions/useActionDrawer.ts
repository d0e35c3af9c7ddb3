/** Which action's detail is open: the `action` URL parameter, so a detail can be linked to. */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useActionDrawer() {
  const [params, setParams] = useSearchParams();
  const openId = params.get('action');
  const open = useCallback(
    (id: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('action', id);
        return next;
      }),
    [setParams],
  );
  const close = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.delete('action');
        return next;
      }),
    [setParams],
  );
  return { openId, open, close };
}
