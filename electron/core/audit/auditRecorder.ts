/**
 * Turns "the call in progress changed something" into an audit entry: the channel from the
 * call context, the record from the result or input, a summary of the input without secrets.
 */
import { contract } from '../../../shared/contract';
import { currentCall } from '../callContext';
import type { Db } from '../db/sql';
import { appendAudit, summarise } from './auditLog';

const RECORD_TYPES: Record<string, string> = {
  workspace: 'workspace',
  agencies: 'agency',
  focalPoints: 'focalPoint',
  bodies: 'body',
  cases: 'case',
  cooperation: 'cooperationRequest',
};

/** Domains whose inputs hold case content: without a summary set by the domain, none is kept. */
const RESTRICTED_DOMAINS: ReadonlySet<string> = new Set(['cases', 'cooperation']);

function idOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string')
    return value.id;
  return null;
}

export interface AuditRecorder {
  /** Call inside the transaction of a change; does nothing outside a mutating call. */
  record(db: Db, result: unknown): Promise<void>;
}

export function createAuditRecorder(actor: string, now: () => Date): AuditRecorder {
  return {
    async record(db, result) {
      const call = currentCall();
      if (!call || !contract[call.channel].mutates) return;
      const domain = call.channel.split(':')[0] ?? '';
      let recordId = idOf(result) ?? idOf(call.input);
      let summary: Record<string, unknown>;
      if (call.audit) {
        ({ recordId, summary } = call.audit);
      } else if (RESTRICTED_DOMAINS.has(domain)) {
        summary = {};
      } else {
        const resultSummary =
          result && typeof result === 'object' && !idOf(result)
            ? { result: summarise(result) }
            : {};
        summary = { input: summarise(call.input), ...resultSummary };
      }
      await appendAudit(db, {
        at: now().toISOString(),
        actor,
        channel: call.channel,
        recordType: RECORD_TYPES[domain] ?? domain,
        recordId,
        summary,
      });
    },
  };
}
