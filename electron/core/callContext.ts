/**
 * Which channel the current call came through, carried across awaits (AsyncLocalStorage) so
 * that a transaction deep in a domain can write the audit entry of the call that caused it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChannelName } from '../../shared/contract';

export interface CallContext {
  channel: ChannelName;
  input: unknown;
  /**
   * Set when the user overrode the privacy guard in this call (see privacy/guard.ts): the
   * audit entry then holds the reason and kinds, and not the input fields named here.
   */
  privacy?: { reason: string; kinds: string[]; fields: readonly string[] };
}

const storage = new AsyncLocalStorage<CallContext>();

export function runInCall<T>(context: CallContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

export function currentCall(): CallContext | undefined {
  return storage.getStore();
}
