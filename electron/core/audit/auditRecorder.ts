/**
 * Turns "the call in progress changed something" into an audit entry: the channel from the
 * call context, the record from the result or input, a summary of the input without secrets.
 */
import { contract } from '../../../shared/contract';
import { currentCall } from '../callContext';
import type { ReadableDB, WritableDB } from '../db/sql';
import { auditRecordTypeOf } from '../../../shared/domain/audit';
import { WorkspaceSettingsEntity } from '../db/entities/workspaceSettings';
import { recordLabelOf } from './auditLabel';
import { appendAudit, summarise } from './auditLog';

/** Domains whose inputs hold case content: without a summary set by the domain, none is kept. */
const RESTRICTED_DOMAINS: ReadonlySet<string> = new Set(['cases', 'cooperation']);

function idOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string')
    return value.id;
  return null;
}

export interface AuditRecorder {
  /** Call inside the transaction of a change; does nothing outside a mutating call. */
  record(db: WritableDB, result: unknown): Promise<void>;
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

/** The workspace user's display name (Settings), or else this computer account's name. */
async function actorOf(db: ReadableDB, fallback: string): Promise<string> {
  const row = await db
    .getRepository(WorkspaceSettingsEntity)
    .findOne({ select: { actorName: true }, where: { id: 'workspace' } });
  return row?.actorName.trim() || fallback;
}

export function createAuditRecorder(defaultActor: string, now: () => Date): AuditRecorder {
  return {
    async record(db, result) {
      const call = currentCall();
      // A privacy override is audited also on channels that change nothing (exports).
      const privacy = call?.privacy;
      if (!call || (!contract[call.channel].mutates && !privacy)) return;
      call.privacy = undefined; // one entry per override
      const domain = call.channel.split(':')[0] ?? '';
      // With an override, the texts it let through are withheld from the input and the result.
      const shown = (value: unknown) =>
        privacy ? withheld(value, new Set(privacy.fields)) : value;
      let recordId = idOf(result) ?? idOf(call.input);
      let summary: Record<string, unknown>;
      if (call.audit) {
        ({ recordId, summary } = call.audit);
      } else if (RESTRICTED_DOMAINS.has(domain)) {
        summary = {};
      } else {
        const resultSummary =
          result && typeof result === 'object' && !idOf(result)
            ? { result: summarise(shown(result)) }
            : {};
        summary = { input: summarise(shown(call.input)), ...resultSummary };
      }
      if (privacy) {
        summary = { ...summary, privacyOverride: { reason: privacy.reason, kinds: privacy.kinds } };
      }
      // A title a privacy override let through is not copied into the log either.
      const recordLabel = privacy ? null : await recordLabelOf(db, recordId, call.input);
      await appendAudit(db, {
        at: now().toISOString(),
        actor: await actorOf(db, defaultActor),
        channel: call.channel,
        recordType: auditRecordTypeOf(call.channel),
        recordId,
        recordLabel,
        summary,
      });
    },
  };
}
