/**
 * The audit log's vocabulary shared by core and UI: which record type an entry of a channel
 * names (from the channel's domain), and the variant of its sentence (the status it set).
 */

/** Record types as stored in audit_log.record_type (older values kept as they were written). */
export const AUDIT_RECORD_TYPES = [
  'workspace',
  'agency',
  'focalPoint',
  'body',
  'meetings',
  'agenda',
  'attendance',
  'minutes',
  'decisions',
  'actions',
  'nap',
  'case',
  'cooperationRequest',
  'agreements',
  'trainings',
  'exports',
  'backup',
  'privacy',
  'demo',
  'roundTrip',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

const DOMAIN_RECORD_TYPES: Record<string, AuditRecordType> = {
  workspace: 'workspace',
  agencies: 'agency',
  focalPoints: 'focalPoint',
  bodies: 'body',
  cases: 'case',
  cooperation: 'cooperationRequest',
};

/** "agencies:create" → "agency"; domains without a singular name keep it ("actions"). */
export function auditRecordTypeOf(channel: string): string {
  const domain = channel.split(':')[0] ?? '';
  return DOMAIN_RECORD_TYPES[domain] ?? domain;
}

export function isAuditRecordType(value: string): value is AuditRecordType {
  return (AUDIT_RECORD_TYPES as readonly string[]).includes(value);
}

/**
 * The status an entry's change set, when its sentence has a variant for it ("marked done",
 * "minutes approved"): read from the recorded input, never from anything else.
 */
export function auditStatusOf(summary: Record<string, unknown>): string | null {
  const input = summary.input;
  if (!input || typeof input !== 'object') return null;
  const record = input as Record<string, unknown>;
  if (typeof record.status === 'string') return record.status;
  const patch = record.patch;
  if (patch && typeof patch === 'object' && 'status' in patch) {
    const status = (patch as Record<string, unknown>).status;
    if (typeof status === 'string') return status;
  }
  return null;
}
