/**
 * A component that loads on first render from its own chunk, so the heavy libraries behind it
 * (the TipTap editor, the charts, drag and drop) stay out of the bundle every screen loads.
 * A small loader stands in while the chunk arrives (a few milliseconds from the local app).
 */
import { Suspense, lazy, type ComponentType } from 'react';
import { CenteredLoader } from './CenteredLoader';

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyLoaded(props: P) {
    return (
      <Suspense fallback={<CenteredLoader minHeight={120} />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyLoaded;
}
