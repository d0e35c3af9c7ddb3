/**
 * The hash-chained audit log. Each entry's hash covers its own fields and the previous
 * entry's hash, so an edited, inserted or deleted row breaks the chain at that point.
 * Entries are written inside the transaction of the change they describe.
 */
import crypto from 'node:crypto';
import type { AuditEntry } from '../../../shared/contract/audit';
import { one, rows, type ReadableDB, type WritableDB } from '../db/sql';

export const GENESIS_HASH = '0'.repeat(64);
/** Never recorded: secrets, file contents, and deny-listed terms (`term`, privacy:denylistAdd). */
const SECRET_KEYS = /passphrase|contentbase64|token|^term$/i;
const MAX_TEXT = 200;

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  channel: string;
  record_type: string;
  record_id: string | null;
  summary: string;
  prev_hash: string;
  hash: string;
  /** The record's title when the entry was written (NULL in entries older than that). */
  record_label: string | null;
}

function entryHash(row: Omit<AuditRow, 'hash'>): string {
  const fields: unknown[] = [
    row.seq,
    row.at,
    row.actor,
    row.channel,
    row.record_type,
    row.record_id,
    row.summary,
    row.prev_hash,
  ];
  // The title is covered too; entries written before it existed keep their original hash.
  if (row.record_label !== null) fields.push(row.record_label);
  const canonical = JSON.stringify(fields);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

/** What the call changed, without secrets or file contents, long texts shortened. */
export function summarise(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  if (Array.isArray(value))
    return depth > 3
      ? `[${value.length} items]`
      : value.slice(0, 50).map((v) => summarise(v, depth + 1));
  if (value && typeof value === 'object') {
    if (depth > 3) return '{…}';
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_KEYS.test(k) ? '[not recorded]' : summarise(v, depth + 1),
      ]),
    );
  }
  return value;
}

export async function appendAudit(
  db: WritableDB,
  entry: {
    at: string;
    actor: string;
    channel: string;
    recordType: string;
    recordId: string | null;
    recordLabel?: string | null;
    summary: Record<string, unknown>;
  },
): Promise<void> {
  const last = await one<{ seq: number; hash: string }>(
    db,
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    actor: entry.actor,
    channel: entry.channel,
    record_type: entry.recordType,
    record_id: entry.recordId,
    summary: JSON.stringify(entry.summary),
    prev_hash: last?.hash ?? GENESIS_HASH,
    record_label: entry.recordLabel ?? null,
  };
  await db.query(
    `INSERT INTO audit_log
       (seq, at, actor, channel, record_type, record_id, summary, prev_hash, hash, record_label)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.seq,
      row.at,
      row.actor,
      row.channel,
      row.record_type,
      row.record_id,
      row.summary,
      row.prev_hash,
      entryHash(row),
      row.record_label,
    ],
  );
  // The anchor moves with the chain in the same transaction (see WorkspaceIdentity migration).
  await db.query(
    `UPDATE workspace_identity SET audit_head_seq = ?, audit_head_hash = ? WHERE id = 'workspace'`,
    [row.seq, entryHash(row)],
  );
}

export async function verifyAudit(db: ReadableDB) {
  const all = await rows<AuditRow>(db, 'SELECT * FROM audit_log ORDER BY seq');
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of all) {
    const broken = (reason: 'hash' | 'link' | 'gap') => ({
      ok: false,
      entries: all.length,
      firstBrokenSeq: row.seq,
      reason,
    });
    if (row.seq !== expectedSeq) return broken('gap');
    if (row.prev_hash !== prevHash) return broken('link');
    if (entryHash(row) !== row.hash) return broken('hash');
    prevHash = row.hash;
    expectedSeq++;
  }
  // Entries deleted from the end leave a sound chain: the anchor says where it ended.
  const anchor = await one<{ seq: number; hash: string }>(
    db,
    `SELECT audit_head_seq AS seq, audit_head_hash AS hash FROM workspace_identity`,
  );
  const lastSeq = expectedSeq - 1;
  if (anchor && (anchor.seq !== lastSeq || anchor.hash !== prevHash)) {
    return {
      ok: false,
      entries: all.length,
      firstBrokenSeq: Math.min(anchor.seq, lastSeq) + 1,
      reason: 'tail' as const,
    };
  }
  return { ok: true, entries: all.length, firstBrokenSeq: null, reason: null };
}

export async function listAudit(
  db: ReadableDB,
  filter: {
    channel?: string;
    recordType?: string;
    recordId?: string;
    actor?: string;
    from?: string;
    to?: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: AuditEntry[]; total: number; actors: string[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (filter.channel) add('channel = ?', filter.channel);
  if (filter.recordType) add('record_type = ?', filter.recordType);
  if (filter.recordId) add('record_id = ?', filter.recordId);
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at < ?', `${filter.to}T99`); // the whole "to" day, as ISO text sorts
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total =
    (await one<{ n: number }>(db, `SELECT count(*) AS n FROM audit_log ${clause}`, params))?.n ?? 0;
  const found = await rows<AuditRow>(
    db,
    `SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`,
    [...params, filter.limit, filter.offset],
  );
  // Everyone who appears in the log, for the "Person" filter (not narrowed by the filters).
  const actors = await rows<{ actor: string }>(
    db,
    'SELECT DISTINCT actor FROM audit_log ORDER BY actor COLLATE NOCASE',
  );
  return {
    total,
    actors: actors.map((a) => a.actor),
    items: found.map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      channel: r.channel,
      recordType: r.record_type,
      recordId: r.record_id,
      recordLabel: r.record_label,
      summary: JSON.parse(r.summary) as Record<string, unknown>,
    })),
  };
}
