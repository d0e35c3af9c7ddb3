/**
 * The title an audit entry shows for its record, snapshotted when the entry is written: the
 * record's own name or title — for anything of a case, its generated code only (never profile
 * or narrative). A record gone by then (deleted, purged) keeps the title an earlier entry took.
 */
import { meetingTitle } from '../../../shared/domain/meetings';
import { IsNull, Not } from 'typeorm';
import { AuditLogEntryEntity } from '../db/entities/audit';
import { MeetingEntity } from '../db/entities/meetings';
import { one, type ReadableDB } from '../db/sql';

const MAX_LABEL = 200;

/** The name of a record as LABEL_SQL finds it. */
interface RecordLabelRow {
  label: string | null;
}

/** Every record an entry may point at, with the words that name it (one row per id). */
const LABEL_SQL = `
  SELECT label FROM (
    SELECT title AS label FROM actions WHERE id = ?
    UNION ALL SELECT a.title FROM action_updates u JOIN actions a ON a.id = u.action_id WHERE u.id = ?
    UNION ALL SELECT title FROM agenda_items WHERE id = ?
    UNION ALL SELECT name FROM agenda_templates WHERE id = ?
    UNION ALL SELECT reference FROM decisions WHERE id = ?
    UNION ALL SELECT name FROM agencies WHERE id = ?
    UNION ALL SELECT name FROM focal_points WHERE id = ?
    UNION ALL SELECT name FROM bodies WHERE id = ?
    UNION ALL SELECT name FROM saved_filters WHERE id = ?
    UNION ALL SELECT title FROM nap_plans WHERE id = ?
    UNION ALL SELECT trim(code || ' ' || name) FROM nap_pillars WHERE id = ?
    UNION ALL SELECT trim(code || ' ' || name) FROM nap_objectives WHERE id = ?
    UNION ALL SELECT trim(code || ' ' || text) FROM nap_activities WHERE id = ?
    UNION ALL SELECT name FROM nap_indicators WHERE id = ?
    UNION ALL SELECT i.name FROM nap_measurements x JOIN nap_indicators i ON i.id = x.indicator_id WHERE x.id = ?
    UNION ALL SELECT a.code FROM nap_progress_updates p JOIN nap_activities a ON a.id = p.activity_id WHERE p.id = ?
    UNION ALL SELECT code FROM cases WHERE id = ?
    UNION ALL SELECT c.code FROM cooperation_requests r JOIN cases c ON c.id = r.case_id WHERE r.id = ?
    UNION ALL SELECT c.code FROM case_discussions d JOIN cases c ON c.id = d.case_id WHERE d.id = ?
    UNION ALL SELECT title FROM agreements WHERE id = ?
    UNION ALL SELECT topic FROM trainings WHERE id = ?
  ) WHERE label IS NOT NULL AND label <> '' LIMIT 1`;
const LABEL_PARAMS = LABEL_SQL.split('?').length - 1;

/** Fields of an input that name the record a change is about when its result does not. */
const SUBJECT_FIELDS = [
  'actionId',
  'meetingId',
  'caseId',
  'agencyId',
  'bodyId',
  'planId',
  'activityId',
  'indicatorId',
  'itemId',
] as const;

function candidateIds(recordId: string | null, input: unknown): string[] {
  const ids = recordId ? [recordId] : [];
  if (input && typeof input === 'object') {
    const record = input as Record<string, unknown>;
    for (const field of SUBJECT_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' && !ids.includes(value)) ids.push(value);
    }
  }
  return ids;
}

function shortened(label: string): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL)}…` : flat;
}

/**
 * Hot query (every write): the title of the record an audit entry is about, looked up by the
 * audit recorder after each change in every table an entry may point at (LABEL_SQL), after
 * meetings and their corrigenda.
 */
export async function recordLabelOf(
  db: ReadableDB,
  recordId: string | null,
  input: unknown,
): Promise<string | null> {
  for (const id of candidateIds(recordId, input)) {
    // A meeting without a title of its own is called by its number ("3rd meeting").
    const meeting = await db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .select(['m.title', 'm.number', 'm.language'])
      .where('m.id = :id OR m.id = (SELECT meeting_id FROM corrigenda WHERE id = :id)', { id })
      .getOne();
    if (meeting)
      return shortened(
        meetingTitle({ customTitle: meeting.title, number: meeting.number }, meeting.language),
      );
    const found = await one<RecordLabelRow>(
      db,
      LABEL_SQL,
      Array.from({ length: LABEL_PARAMS }, () => id),
    );
    if (found?.label) return shortened(found.label);
  }
  if (!recordId) return null;
  // Deleted since: the title the record had when an earlier entry named it.
  const earlier = await db.getRepository(AuditLogEntryEntity).findOne({
    select: { recordLabel: true },
    where: { recordId, recordLabel: Not(IsNull()) },
    order: { seq: 'DESC' },
  });
  return earlier?.recordLabel ?? null;
}
