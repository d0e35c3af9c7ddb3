/** Core → UI events (relayed by each host: IPC in Electron, a stream in the browser host). */
import type { EventName } from '../../shared/contract';

export type CoreEventListener = (event: EventName, payload: unknown) => void;

export class CoreEvents {
  private readonly listeners = new Set<CoreEventListener>();

  /**
   * Tells every listener. A listener that throws (a closed window, a dropped stream) neither
   * stops the others nor reaches the caller: the write the event reports has committed.
   */
  emit(event: EventName, payload: unknown): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event, payload);
      } catch {
        // Nothing to undo: the next event or a reload brings the listener up to date.
      }
    }
  }

  subscribe(listener: CoreEventListener): () => void {
    const own = (event: EventName, payload: unknown) => listener(event, payload);
    this.listeners.add(own);
    return () => this.listeners.delete(own);
  }
}
