/** Decisions as read with their body, meeting and agenda item: one SELECT and its mapping. */
import type { Decision } from '../../../shared/contract/meetings';
import type { Language } from '../../../shared/domain/languages';
import { isLocked, meetingTitle, type MeetingStatus } from '../../../shared/domain/meetings';
import type { DecisionRow } from '../db/entities/decisions';

/** The SELECT of a decision with its body, meeting and agenda item (the hot queries' core). */
export const DECISION_SELECT = `SELECT d.id, d.body_id AS "bodyId", d.meeting_id AS "meetingId",
    d.agenda_item_id AS "agendaItemId", d.year, d.seq, d.reference, d.text,
    d.created_at AS "createdAt", d.updated_at AS "updatedAt",
    b.name AS body_name, i.title AS item_title, i.restricted AS item_restricted,
    m.number AS m_number, m.title AS m_title, m.language AS m_language, m.date AS m_date, m.status AS m_status
  FROM decisions d
  JOIN bodies b ON b.id = d.body_id
  JOIN meetings m ON m.id = d.meeting_id
  LEFT JOIN agenda_items i ON i.id = d.agenda_item_id`;

export type DecisionJoinRow = Pick<
  DecisionRow,
  | 'id'
  | 'bodyId'
  | 'meetingId'
  | 'agendaItemId'
  | 'year'
  | 'seq'
  | 'reference'
  | 'text'
  | 'createdAt'
  | 'updatedAt'
> & {
  body_name: string;
  item_title: string | null;
  item_restricted: number | null;
  m_number: number;
  m_title: string;
  m_language: Language;
  m_date: string;
  m_status: MeetingStatus;
};

export function toDecision(r: DecisionJoinRow): Decision {
  return {
    id: r.id,
    reference: r.reference,
    year: r.year,
    seq: r.seq,
    text: r.text,
    bodyId: r.bodyId,
    bodyName: r.body_name,
    meeting: {
      id: r.meetingId,
      number: r.m_number,
      title: meetingTitle({ customTitle: r.m_title, number: r.m_number }, r.m_language),
      customTitle: r.m_title,
      date: r.m_date,
      status: r.m_status,
    },
    agendaItem: r.agendaItemId ? { id: r.agendaItemId, title: r.item_title ?? '' } : null,
    restricted: r.item_restricted === 1,
    locked: isLocked(r.m_status),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
