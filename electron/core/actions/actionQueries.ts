/** Reading actions: the filtered, sorted, paged list and one action with its whole history. */
import type { z } from 'zod';
import type {
  ActionDetail,
  ActionFilter,
  ActionListItem,
  actionListInputSchema,
} from '../../../shared/contract/actions';
import {
  ACTION_STATUSES,
  OPEN_ACTION_STATUSES,
  type ActionSortKey,
  type ActionStatus,
} from '../../../shared/domain/actions';
import { DomainError } from '../../../shared/errors';
import { likePattern, one, placeholders, rows, textKey, type ReadableDB } from '../db/sql';
import { ActionEntity, type ActionRow, type ActionUpdateRow } from '../db/entities/actions';
import { Where } from '../db/where';
import {
  actionSelect,
  supportingAgencies,
  toListItem,
  optionalMeetingRef,
  toMeetingRef,
  type ActionJoinRow,
  type MeetingRefRow,
} from './actionRows';

type ListInput = z.output<typeof actionListInputSchema>;

const OPEN_IN = `(${OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(', ')})`;
/** Overdue on the date bound to `?`: open and due before it. */
const OVERDUE = `(a.status IN ${OPEN_IN} AND a.due_date IS NOT NULL AND a.due_date < ?)`;

const statusRank = `CASE a.status ${ACTION_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

function orderBy(sortBy: ActionSortKey, dir: 'asc' | 'desc'): string {
  const d = dir === 'asc' ? 'ASC' : 'DESC';
  const key: Record<ActionSortKey, string> = {
    dueDate: `a.due_date IS NULL, a.due_date ${d}`,
    priority: `CASE a.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END ${d}`,
    status: `${statusRank} ${d}`,
    title: `a.title COLLATE NOCASE ${d}`,
    owner: `g.name COLLATE NOCASE ${d}`,
    createdAt: `a.created_at ${d}`,
    updatedAt: `a.updated_at ${d}`,
  };
  return `${key[sortBy]}, a.due_date IS NULL, a.due_date, a.rowid`;
}

/** The conditions of a filter, on actions aliased `a`. */
export function actionFilterWhere(filter: ActionFilter, today: string): Where {
  const words = filter.search ? textKey(filter.search).split(' ').filter(Boolean) : [];
  const where = new Where()
    .add('a.owner_agency_id = ?', [filter.ownerAgencyId], Boolean(filter.ownerAgencyId))
    .add(
      `(a.owner_agency_id = ? OR a.id IN (SELECT action_id FROM action_supporting_agencies WHERE agency_id = ?))`,
      [filter.agencyId, filter.agencyId],
      Boolean(filter.agencyId),
    )
    .add(
      `a.status IN (${placeholders(filter.status ?? [])})`,
      filter.status ?? [],
      Boolean(filter.status?.length),
    )
    .add(OVERDUE, [today], filter.overdue === true)
    .add(`NOT ${OVERDUE}`, [today], filter.overdue === false)
    .add('a.due_date >= ?', [filter.dueFrom], Boolean(filter.dueFrom))
    .add('a.due_date <= ?', [filter.dueTo], Boolean(filter.dueTo))
    .add('a.meeting_id = ?', [filter.meetingId], Boolean(filter.meetingId))
    .add('a.body_id = ?', [filter.bodyId], Boolean(filter.bodyId))
    .add(
      'a.id IN (SELECT action_id FROM nap_action_links WHERE activity_id = ?)',
      [filter.napActivityId],
      Boolean(filter.napActivityId),
    )
    .add(
      'a.id IN (SELECT action_id FROM case_action_links WHERE case_id = ?)',
      [filter.caseId],
      Boolean(filter.caseId),
    );
  for (const word of words) where.add(`a.search_key LIKE ? ESCAPE '\\'`, [likePattern(word)]);
  return where;
}

/** The page and count queries of a list input (exported so the benchmark runs the same SQL). */
export function buildActionListQuery(
  input: ListInput,
  today: string,
): { page: { sql: string; params: unknown[] }; count: { sql: string; params: unknown[] } } {
  const where = actionFilterWhere(input, today);
  const order = orderBy(input.sortBy, input.sortDir);
  // The page is chosen on actions alone (and the owner's name when sorting by it), by rowid so
  // that a covering index can answer it, then only its rows are joined with what they point at.
  // Ties keep due date, then entry order.
  const owner = input.sortBy === 'owner' ? 'JOIN agencies g ON g.id = a.owner_agency_id' : '';
  return {
    page: {
      sql: `${actionSelect({
        from: `(SELECT a.rowid AS rid FROM actions a ${owner} ${where.toString()}
                 ORDER BY ${order} LIMIT ? OFFSET ?) p CROSS JOIN`,
        joins: ' WHERE a.rowid = p.rid',
      })} ORDER BY ${order}`,
      params: [...where.params, input.limit, input.offset],
    },
    count: {
      sql: `SELECT COUNT(*) AS total FROM actions a ${where.toString()}`,
      params: where.params,
    },
  };
}

/** The count of a filtered list. */
export interface ActionTotalRow {
  total: number;
}

/**
 * Hot query (actions:list): the page of actions joined with what they point at, and the count of
 * the filter (the SQL of {@link buildActionListQuery}).
 */
export async function listActions(
  db: ReadableDB,
  input: ListInput,
  today: string,
): Promise<{ items: ActionListItem[]; total: number }> {
  const query = buildActionListQuery(input, today);
  const found = await rows<ActionJoinRow>(db, query.page.sql, query.page.params);
  const total = await one<ActionTotalRow>(db, query.count.sql, query.count.params);
  const supporting = await supportingAgencies(
    db,
    found.map((r) => r.id),
  );
  return {
    items: found.map((r) => toListItem(r, supporting.get(r.id) ?? [], today)),
    total: total?.total ?? 0,
  };
}

export type ActionStateRow = Pick<
  ActionRow,
  | 'id'
  | 'status'
  | 'completedAt'
  | 'ownerAgencyId'
  | 'focalPointId'
  | 'title'
  | 'description'
  | 'dueDate'
  | 'priority'
>;

/** The stored fields of an action (NOT_FOUND when there is none). */
export async function findActionState(db: ReadableDB, id: string): Promise<ActionStateRow> {
  const row = await db.getRepository(ActionEntity).findOne({
    select: {
      id: true,
      status: true,
      completedAt: true,
      ownerAgencyId: true,
      focalPointId: true,
      title: true,
      description: true,
      dueDate: true,
      priority: true,
    },
    where: { id },
  });
  if (!row) throw new DomainError('NOT_FOUND', 'This action item does not exist.', { id });
  return row;
}

/** One action as actions:get selects it: the list row, its agenda item and its decision. */
export type ActionDetailRow = ActionJoinRow & {
  description: string;
  item_title: string | null;
  d_reference: string | null;
  d_text: string | null;
};

/** One history entry of an action with the meeting it was reported at. */
export type ActionUpdateJoinRow = Pick<ActionUpdateRow, 'id' | 'date' | 'note'> & {
  status_from: ActionStatus;
  status_to: ActionStatus;
  created_at: string;
  meeting_id: string | null;
  m_body_id: string | null;
  number: number | null;
  title: string | null;
  m_date: string | null;
  status: MeetingRefRow['status'] | null;
  language: MeetingRefRow['language'] | null;
};

/**
 * Hot query (actions:get): one action joined with what it points at (the list's SELECT), its
 * history with the meetings of its entries, and the meetings it was carried over from.
 */
export async function getAction(db: ReadableDB, id: string, today: string): Promise<ActionDetail> {
  const row = await one<ActionDetailRow>(
    db,
    `${actionSelect({
      columns: `, a.description, i.title AS item_title, d.reference AS d_reference,
       d.text AS d_text`,
      joins: ` LEFT JOIN agenda_items i ON i.id = a.agenda_item_id
        LEFT JOIN decisions d ON d.id = a.decision_id`,
    })} WHERE a.id = ?`,
    [id],
  );
  if (!row) throw new DomainError('NOT_FOUND', 'This action item does not exist.', { id });
  const supporting = await supportingAgencies(db, [id]);
  const updates = await rows<ActionUpdateJoinRow>(
    db,
    `SELECT u.id, u.date, u.note, u.status_from, u.status_to, u.created_at, u.meeting_id,
            m.body_id AS m_body_id, m.number, m.title, m.date AS m_date, m.status, m.language
       FROM action_updates u LEFT JOIN meetings m ON m.id = u.meeting_id
      WHERE u.action_id = ? ORDER BY u.date, u.created_at, u.rowid`,
    [id],
  );
  const carried = await rows<MeetingRefRow>(
    db,
    `SELECT m.id, m.body_id, m.number, m.title, m.date, m.status, m.language
       FROM action_carry_overs c JOIN meetings m ON m.id = c.meeting_id
      WHERE c.action_id = ? ORDER BY m.number`,
    [id],
  );
  return {
    ...toListItem(row, supporting.get(id) ?? [], today),
    description: row.description,
    agendaItem: row.agenda_item_id ? { id: row.agenda_item_id, title: row.item_title ?? '' } : null,
    decision: row.decision_id
      ? { id: row.decision_id, reference: row.d_reference ?? '', text: row.d_text ?? '' }
      : null,
    updates: updates.map((u) => ({
      id: u.id,
      date: u.date,
      note: u.note,
      statusFrom: u.status_from,
      statusTo: u.status_to,
      meeting: optionalMeetingRef({
        id: u.meeting_id,
        body_id: u.m_body_id,
        number: u.number,
        title: u.title,
        date: u.m_date,
        status: u.status,
        language: u.language,
      }),
      createdAt: u.created_at,
    })),
    carriedOverFrom: carried.map(toMeetingRef),
  };
}
