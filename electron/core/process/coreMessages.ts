/**
 * The messages between Electron's main process and the core's utility process. Main only
 * relays: a window's call goes in as `call` and its envelope comes back as `reply`; the core's
 * events come out as `event`; the native folder picker, which only main can show, is asked
 * for with `hostCall`. Every message is structured-cloned on the way, as IPC does.
 */
import type { EventName } from '../../../shared/contract';
import type { RpcEnvelope } from '../../../shared/errors';

/** What the core process needs to start: where its data lives and what the host lends it. */
export interface CoreProcessInit {
  dataDir: string;
  /** The bundled export worker (out/main/exportWorker.js). */
  exportWorkerScript?: string;
  /** True when main can show a native folder picker for the core. */
  pickFolder: boolean;
}

export type ToCoreMessage =
  | { kind: 'init'; options: CoreProcessInit }
  | { kind: 'call'; id: number; channel: string; input: unknown }
  | { kind: 'hostReply'; id: number; path: string | null }
  | { kind: 'dispose' };

export type FromCoreMessage =
  | { kind: 'reply'; id: number; envelope: RpcEnvelope<unknown> }
  | { kind: 'event'; event: EventName; payload: unknown }
  | { kind: 'hostCall'; id: number; service: 'pickFolder'; title: string | undefined }
  | { kind: 'disposed' };

/** The part of a message port either side uses (Electron's parentPort / UtilityProcess). */
export interface MessageSink<T> {
  postMessage(message: T): void;
}
