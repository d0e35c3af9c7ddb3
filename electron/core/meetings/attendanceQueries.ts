/**
 * Reading a meeting's attendance: the body's member agencies and the agencies recorded at the
 * meeting, members or not, with the live quorum.
 */
import { isQuorate, quorumRequired, type QuorumRule } from '../../../shared/domain/bodies';
import { countsForQuorum } from '../../../shared/domain/meetings';
import type { AgencyRow } from '../db/entities/agencies';
import type { BodyRow } from '../db/entities/bodies';
import type { AttendanceRow } from '../db/entities/meetings';
import { rows, type ReadableDB } from '../db/sql';

type AgencyRef = Pick<AgencyRow, 'id' | 'name' | 'acronym'>;

/** An agency recorded in a meeting's attendance, with its entry. */
export type RecordedAttendance = AgencyRef & Pick<AttendanceRow, 'status' | 'person'>;

/** The body fields the quorum needs. */
export type QuorumBody = Pick<BodyRow, 'id' | 'quorumKind' | 'quorumCount'>;

/** A meeting's attendance as read: the body's members and the agencies recorded. */
export interface AttendanceRows {
  members: AgencyRef[];
  recorded: RecordedAttendance[];
}

/**
 * Hot query (meetings:get): the body's member agencies and the agencies recorded at the
 * meeting, by name.
 */
export async function readAttendance(
  db: ReadableDB,
  meetingId: string,
  bodyId: string,
): Promise<AttendanceRows> {
  const members = await rows<AgencyRef>(
    db,
    `SELECT a.id, a.name, a.acronym FROM body_members bm JOIN agencies a ON a.id = bm.agency_id
      WHERE bm.body_id = ? ORDER BY a.name`,
    [bodyId],
  );
  const recorded = await rows<RecordedAttendance>(
    db,
    `SELECT a.id, a.name, a.acronym, t.status, t.person FROM attendance t
       JOIN agencies a ON a.id = t.agency_id WHERE t.meeting_id = ? ORDER BY a.name`,
    [meetingId],
  );
  return { members, recorded };
}

/** The attendance list (members first, then others recorded) and the live quorum. */
export function attendanceFrom({ members, recorded }: AttendanceRows, body: QuorumBody) {
  const byAgency = new Map(recorded.map((r) => [r.id, r]));
  const memberIds = new Set(members.map((m) => m.id));
  const entries = [
    ...members.map((m) => ({
      agency: m,
      member: true,
      status: byAgency.get(m.id)?.status ?? null,
      person: byAgency.get(m.id)?.person ?? '',
    })),
    ...recorded
      .filter((r) => !memberIds.has(r.id))
      .map((r) => ({
        agency: { id: r.id, name: r.name, acronym: r.acronym },
        member: false,
        status: r.status,
        person: r.person,
      })),
  ];
  const rule: QuorumRule =
    body.quorumKind === 'fixed'
      ? { kind: 'fixed', count: body.quorumCount ?? 1 }
      : { kind: 'majority' };
  const attending = entries.filter((e) => e.member && e.status && countsForQuorum(e.status)).length;
  return {
    rule,
    entries,
    quorum: {
      memberCount: members.length,
      required: quorumRequired(rule, members.length),
      attending,
      quorate: isQuorate(rule, members.length, attending),
    },
  };
}
