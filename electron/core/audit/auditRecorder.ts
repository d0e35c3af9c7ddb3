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
};

function idOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string')
    return value.id;
  return null;
}

export interface AuditRecorder {
  /** Call inside the transaction of a change; does nothing outside a mutating call. */
  record(db: Db, result: unknown): Promise<void>;
}

/** The input with the fields a privacy override let through withheld (at any depth). */
function withheld(value: unknown, fields: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withheld(v, fields));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'privacyOverride')
        .map(([k, v]) => [k, fields.has(k) ? '[withheld: personal data]' : withheld(v, fields)]),
    );
  }
  return value;
}

export function createAuditRecorder(actor: string, now: () => Date): AuditRecorder {
  return {
    async record(db, result) {
      const call = currentCall();
      // A privacy override is audited also on channels that change nothing (exports).
      const privacy = call?.privacy;
      if (!call || (!contract[call.channel].mutates && !privacy)) return;
      call.privacy = undefined; // one entry per override
      const domain = call.channel.split(':')[0] ?? '';
      const resultSummary =
        result && typeof result === 'object' && !idOf(result) ? { result: summarise(result) } : {};
      await appendAudit(db, {
        at: now().toISOString(),
        actor,
        channel: call.channel,
        recordType: RECORD_TYPES[domain] ?? domain,
        recordId: idOf(result) ?? idOf(call.input),
        summary: {
          input: summarise(privacy ? withheld(call.input, new Set(privacy.fields)) : call.input),
          ...resultSummary,
          ...(privacy ? { privacyOverride: { reason: privacy.reason, kinds: privacy.kinds } } : {}),
        } as Record<string, unknown>,
      });
    },
  };
}
