/** Decisions as read with their body, meeting and agenda item: one SELECT and its mapping. */
import type { Decision } from '../../../shared/contract/meetings';
import type { Language } from '../../../shared/domain/languages';
import { isLocked, meetingTitle, type MeetingStatus } from '../../../shared/domain/meetings';

interface DecisionRow {
  id: string;
  body_id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  year: number;
  seq: number;
  reference: string;
  text: string;
  created_at: string;
  updated_at: string;
}

export const DECISION_SELECT = `SELECT d.*, b.name AS body_name, i.title AS item_title,
    i.restricted AS item_restricted,
    m.number AS m_number, m.title AS m_title, m.language AS m_language, m.date AS m_date, m.status AS m_status
  FROM decisions d
  JOIN bodies b ON b.id = d.body_id
  JOIN meetings m ON m.id = d.meeting_id
  LEFT JOIN agenda_items i ON i.id = d.agenda_item_id`;

export type DecisionJoinRow = DecisionRow & {
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
    bodyId: r.body_id,
    bodyName: r.body_name,
    meeting: {
      id: r.meeting_id,
      number: r.m_number,
      title: meetingTitle({ customTitle: r.m_title, number: r.m_number }, r.m_language),
      customTitle: r.m_title,
      date: r.m_date,
      status: r.m_status,
    },
    agendaItem: r.agenda_item_id ? { id: r.agenda_item_id, title: r.item_title ?? '' } : null,
    restricted: r.item_restricted === 1,
    locked: isLocked(r.m_status),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
