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
   * What the audit entry says instead of the summarised input, set by a domain whose input
   * must not reach the log (case profiles, free text): ids, codes, an override's reason.
   */
  audit?: { recordId: string | null; summary: Record<string, unknown> };
}

const storage = new AsyncLocalStorage<CallContext>();

export function runInCall<T>(context: CallContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

export function currentCall(): CallContext | undefined {
  return storage.getStore();
}

/** Replaces the audit entry's summary (and record id) of the call in progress. */
export function setAuditSummary(recordId: string | null, summary: Record<string, unknown>): void {
  const call = storage.getStore();
  if (call) call.audit = { recordId, summary };
}
