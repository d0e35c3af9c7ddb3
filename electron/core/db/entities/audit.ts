/**
 * The hash-chained audit log.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';

export interface AuditLogEntryRow {
  seq: number;
  at: string;
  actor: string;
  channel: string;
  recordType: string;
  recordId: string | null;
  summary: string;
  prevHash: string;
  hash: string;
  recordLabel: string | null;
}

export const AuditLogEntryEntity = new EntitySchema<AuditLogEntryRow>({
  name: 'AuditLogEntry',
  tableName: 'audit_log',
  columns: {
    seq: { type: 'integer', primary: true },
    at: { type: 'text' },
    actor: { type: 'text' },
    channel: { type: 'text' },
    recordType: { type: 'text', name: 'record_type' },
    recordId: { type: 'text', name: 'record_id', nullable: true },
    summary: { type: 'text' },
    prevHash: { type: 'text', name: 'prev_hash' },
    hash: { type: 'text' },
    recordLabel: { type: 'text', name: 'record_label', nullable: true },
  },
  checks: [{ expression: 'record_label IS NULL OR length(record_label) <= 300' }],
  indices: [
    { name: 'audit_log_actor', columns: ['actor'] },
    { name: 'audit_log_at', columns: ['at'] },
    { name: 'audit_log_record', columns: ['recordType', 'recordId'] },
  ],
});

export const AUDIT_ENTITIES = [AuditLogEntryEntity];
