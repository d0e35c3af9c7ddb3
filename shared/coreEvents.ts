/**
 * Core → UI events and their fan-out to listeners: the core emits them, and the Electron main
 * process fans out again what the core process relays (IPC to windows; the browser host streams
 * them). One implementation for both ends.
 */
import type { EventName } from './contract';

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
