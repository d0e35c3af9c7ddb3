/**
 * Main's handle on the core, which runs in an Electron utility process: calls go out with an
 * id and come back as envelopes, events are passed to the window, and the native folder
 * picker is shown here for the core. If the process dies, the calls in flight end with an
 * INTERNAL error and a fresh core process starts (the workspace is then closed and has to be
 * unlocked again, as after a restart); nothing is ever answered twice.
 */
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract';
import type { RpcEnvelope } from '../../shared/errors';
import { CoreEvents, type CoreEventListener } from '../../shared/coreEvents';
import type { HostServices } from '../core/hostHandlers';
import type {
  CoreProcessInit,
  FromCoreMessage,
  MessageSink,
  ToCoreMessage,
} from '../core/process/coreMessages';

/** Electron's UtilityProcess as this module uses it. */
export interface UtilityProcessLike extends MessageSink<ToCoreMessage> {
  on(event: 'message', listener: (message: FromCoreMessage) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface CoreClient {
  dispatch(channel: string, input: unknown): Promise<RpcEnvelope<unknown>>;
  readonly channels: readonly ChannelName[];
  subscribe(listener: CoreEventListener): () => void;
  /** Closes the open workspace in the core process, then ends the process. */
  dispose(): Promise<void>;
}

const STOPPED: RpcEnvelope<unknown> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'The Coordina core stopped while answering. It has been restarted: try again.',
  },
};

const CANNOT_START: RpcEnvelope<unknown> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'The Coordina core cannot start on this computer. Reinstall Coordina.',
  },
};

/** How long quitting waits for the core to close the workspace before ending the process. */
const DISPOSE_TIMEOUT_MS = 15_000;
/** A core that dies this often within a minute is not restarted again (it cannot start). */
const MAX_RESTARTS_PER_MINUTE = 3;

export function startCoreClient(
  fork: () => UtilityProcessLike,
  init: Omit<CoreProcessInit, 'pickFolder'>,
  host: HostServices,
): CoreClient {
  const events = new CoreEvents();
  const pending = new Map<number, (envelope: RpcEnvelope<unknown>) => void>();
  let nextId = 0;
  let disposing: Promise<void> | null = null;
  let onDisposed: () => void = () => undefined;
  let restarts: number[] = [];
  let child: UtilityProcessLike | null = spawn();

  function spawn(): UtilityProcessLike {
    const started = fork();
    started.on('message', (message) => receive(started, message));
    started.on('exit', () => exited(started));
    started.postMessage({
      kind: 'init',
      options: { ...init, pickFolder: host.pickFolder !== undefined },
    });
    return started;
  }

  function receive(from: UtilityProcessLike, message: FromCoreMessage): void {
    switch (message.kind) {
      case 'reply': {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        resolve?.(message.envelope);
        return;
      }
      case 'event':
        events.emit(message.event, message.payload); // a closed window: the others still hear it
        return;
      case 'hostCall': {
        const { id, title } = message;
        const pick = host.pickFolder ?? (() => Promise.resolve(null));
        void pick(title)
          .catch(() => null)
          .then((path) => from.postMessage({ kind: 'hostReply', id, path }));
        return;
      }
      case 'disposed':
        onDisposed();
        return;
      default: {
        const unknown: never = message;
        return unknown;
      }
    }
  }

  function exited(which: UtilityProcessLike): void {
    if (which !== child) return;
    for (const resolve of pending.values()) resolve(STOPPED);
    pending.clear();
    if (disposing) return onDisposed();
    const now = Date.now();
    restarts = [...restarts.filter((at) => now - at < 60_000), now];
    child = restarts.length > MAX_RESTARTS_PER_MINUTE ? null : spawn();
  }

  return {
    channels: CHANNEL_NAMES,
    dispatch(channel, input) {
      if (disposing) return Promise.resolve(STOPPED);
      const target = child;
      if (!target) return Promise.resolve(CANNOT_START);
      const id = ++nextId;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        target.postMessage({ kind: 'call', id, channel, input });
      });
    },
    subscribe(listener) {
      return events.subscribe(listener);
    },
    dispose() {
      disposing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, DISPOSE_TIMEOUT_MS);
        onDisposed = () => {
          clearTimeout(timer);
          resolve();
        };
        if (child) child.postMessage({ kind: 'dispose' });
        else onDisposed();
      }).then(() => {
        child?.kill();
      });
      return disposing;
    },
  };
}
