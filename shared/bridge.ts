/**
 * The only surface the renderer sees: window.coordina. Electron's preload implements it over
 * IPC, the browser host's bridge script over HTTP. Both return the same envelopes.
 */
import type { EventName } from './contract';
import type { RpcEnvelope } from './errors';

export interface CoordinaBridge {
  invoke(channel: string, input: unknown): Promise<RpcEnvelope<unknown>>;
  /** Subscribe to a core event; returns the unsubscribe function. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}
