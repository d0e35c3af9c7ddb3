/**
 * `?focus=<id>` in the URL (the search results link there): the record to open or highlight.
 * Returns the id and a function that drops the parameter once handled.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useFocusParam(): [string | null, () => void] {
  const [params, setParams] = useSearchParams();
  const focus = params.get('focus');
  const clear = useCallback(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('focus');
        return next;
      },
      { replace: true },
    );
  }, [setParams]);
  return [focus, clear];
}
