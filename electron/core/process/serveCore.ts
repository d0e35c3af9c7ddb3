/**
 * The core's side of the utility process: builds the core when main sends `init`, answers
 * each `call` with the router's envelope, passes the core's events out, and asks main for
 * the native folder picker. Written against a plain port so a test can run it in-process.
 */
import type { Core, CoreOptions } from '../index';
import type { FromCoreMessage, MessageSink, ToCoreMessage } from './coreMessages';

/** Electron's `process.parentPort` as this module uses it. */
export interface ParentPortLike extends MessageSink<FromCoreMessage> {
  on(event: 'message', listener: (message: { data: unknown }) => void): unknown;
}

const NOT_STARTED = {
  ok: false as const,
  error: { code: 'INTERNAL' as const, message: 'The Coordina core has not started.' },
};

const UNSENDABLE = {
  ok: false as const,
  error: { code: 'INTERNAL' as const, message: 'An unexpected error occurred.' },
};

function isMessage(data: unknown): data is ToCoreMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { kind?: unknown }).kind === 'string'
  );
}

export function serveCore(port: ParentPortLike, create: (options: CoreOptions) => Core): void {
  let core: Core | null = null;
  let nextHostCall = 0;
  const hostCalls = new Map<number, (path: string | null) => void>();

  const post = (message: FromCoreMessage) => port.postMessage(message);

  function reply(id: number, envelope: Awaited<ReturnType<Core['dispatch']>>): void {
    try {
      post({ kind: 'reply', id, envelope });
    } catch {
      // An answer that cannot cross the process boundary is a core bug: say so, do not hang.
      post({ kind: 'reply', id, envelope: UNSENDABLE });
    }
  }

  port.on('message', ({ data }) => {
    if (!isMessage(data)) return;
    switch (data.kind) {
      case 'init': {
        if (core) return;
        const { dataDir, exportWorkerScript, pickFolder } = data.options;
        core = create({
          dataDir,
          exportWorkerScript,
          host: pickFolder
            ? {
                pickFolder: (title) =>
                  new Promise<string | null>((resolve) => {
                    const id = ++nextHostCall;
                    hostCalls.set(id, resolve);
                    post({ kind: 'hostCall', id, service: 'pickFolder', title });
                  }),
              }
            : {},
        });
        core.subscribe((event, payload) => post({ kind: 'event', event, payload }));
        return;
      }
      case 'call': {
        const { id, channel, input } = data;
        if (!core) return reply(id, NOT_STARTED);
        void core.dispatch(channel, input).then((envelope) => reply(id, envelope));
        return;
      }
      case 'hostReply': {
        hostCalls.get(data.id)?.(data.path);
        hostCalls.delete(data.id);
        return;
      }
      case 'dispose': {
        const closing = core ? core.dispose() : Promise.resolve();
        void closing.finally(() => post({ kind: 'disposed' }));
        return;
      }
      default: {
        const unknown: never = data;
        return unknown;
      }
    }
  });
}
