/** Reading cases: the filtered list, one case with everything about it, requests, retention. */
import type { z } from 'zod';
import type {
  CaseDetail,
  CaseDiscussion,
  CaseListItem,
  CooperationRequest,
  caseListInputSchema,
  cooperationListInputSchema,
} from '../../../shared/contract/cases';
import {
  EXPLOITATION_FORMS,
  type AgeBand,
  type AssistanceCategory,
  type ExploitationForm,
  type Sex,
} from '../../../shared/domain/cases';
import { meetingTitle, type MeetingStatus } from '../../../shared/domain/meetings';
import type { Language } from '../../../shared/domain/languages';
import { docFromText, type RichDoc } from '../../../shared/domain/richText';
import { DomainError } from '../../../shared/errors';
import { likePattern, one, placeholders, rows, type ReadableDB } from '../db/sql';
import { LessThan } from 'typeorm';
import type { ActionRow } from '../db/entities/actions';
import { CaseEntity, type CaseDiscussionRow, type CaseStageHistoryRow } from '../db/entities/cases';
import { Where } from '../db/where';
import {
  CASE_COLUMNS,
  COOPERATION_SELECT,
  PENDING_IN,
  caseExtras,
  monthOf,
  monthsBack,
  splitCodes,
  toCaseListItem,
  toCooperation,
  type CaseRow,
  type CooperationRow,
} from './caseRows';

type ListInput = z.output<typeof caseListInputSchema>;
type CooperationListInput = z.output<typeof cooperationListInputSchema>;

/** The conditions of the case list, on cases aliased `c` (exported for the benchmark). */
export function caseListWhere(input: ListInput): Where {
  const stages = input.stage ?? [];
  return new Where()
    .add(`c.stage IN (${placeholders(stages)})`, stages, stages.length > 0)
    .add(
      `c.id IN (SELECT case_id FROM case_profiles
                 WHERE instr(',' || exploitation_forms || ',', ?) > 0)`,
      [`,${input.exploitationForm ?? ''},`],
      Boolean(input.exploitationForm),
    )
    .add(
      'c.id IN (SELECT case_id FROM case_profiles WHERE nationality = ?)',
      [input.nationality],
      Boolean(input.nationality),
    )
    .add(
      'c.id IN (SELECT case_id FROM case_agencies WHERE agency_id = ?)',
      [input.agencyId],
      Boolean(input.agencyId),
    )
    .add('c.closed_month IS NULL', [], input.open === true)
    .add('c.closed_month IS NOT NULL', [], input.open === false)
    .add(
      `c.id IN (SELECT case_id FROM cooperation_requests WHERE status IN ${PENDING_IN})`,
      [],
      input.pendingCooperation === true,
    )
    .add(
      `c.id NOT IN (SELECT case_id FROM cooperation_requests WHERE status IN ${PENDING_IN})`,
      [],
      input.pendingCooperation === false,
    )
    .add(`c.code LIKE ? ESCAPE '\\'`, [likePattern(input.code ?? '')], Boolean(input.code));
}

/** The count of a filtered list of cases. */
export interface CaseTotalRow {
  total: number;
}

/** Hot query (cases:list): the filtered page of cases, newest first (year, then number). */
export async function listCases(
  db: ReadableDB,
  input: ListInput,
  today: string,
): Promise<{ items: CaseListItem[]; total: number }> {
  const where = caseListWhere(input);
  const found = await rows<CaseRow>(
    db,
    `SELECT ${CASE_COLUMNS} FROM cases c ${where.toString()}
      ORDER BY c.year DESC, c.seq DESC LIMIT ? OFFSET ?`,
    [...where.params, input.limit, input.offset],
  );
  const total = await one<CaseTotalRow>(
    db,
    `SELECT COUNT(*) AS total FROM cases c ${where.toString()}`,
    where.params,
  );
  const extras = await caseExtras(
    db,
    found.map((r) => r.id),
    today,
  );
  return {
    items: found.map((r) => toCaseListItem(r, extras, EXPLOITATION_FORMS)),
    total: total?.total ?? 0,
  };
}

export async function findCase(db: ReadableDB, id: string): Promise<CaseRow> {
  const row = await db.getRepository(CaseEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'This case does not exist.', { id });
  return row;
}

/** A discussion entry with its meeting, as {@link DISCUSSION_SELECT} reads it. */
export type DiscussionRow = Pick<CaseDiscussionRow, 'id' | 'text' | 'doc'> & {
  created_at: string;
  meeting_id: string | null;
  number: number | null;
  title: string | null;
  date: string | null;
  status: MeetingStatus | null;
  language: Language | null;
};

export const DISCUSSION_SELECT = `SELECT d.id, d.text, d.doc, d.created_at, d.meeting_id, m.number,
    m.title, m.date, m.status, m.language
  FROM case_discussions d LEFT JOIN meetings m ON m.id = d.meeting_id`;

export function toDiscussion(r: DiscussionRow): CaseDiscussion {
  return {
    id: r.id,
    meeting:
      r.meeting_id && r.number !== null && r.status
        ? {
            id: r.meeting_id,
            number: r.number,
            title: meetingTitle(
              { customTitle: r.title ?? '', number: r.number },
              r.language ?? 'en',
            ),
            date: r.date ?? '',
            status: r.status,
          }
        : null,
    text: r.text,
    doc: r.doc === null ? docFromText(r.text) : (JSON.parse(r.doc) as RichDoc),
    createdAt: r.created_at,
  };
}

/** Hot query (cases:addDiscussion): the entry just written, with its meeting. */
export async function getDiscussion(db: ReadableDB, id: string): Promise<CaseDiscussion> {
  const row = await one<DiscussionRow>(db, `${DISCUSSION_SELECT} WHERE d.id = ?`, [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'This discussion entry does not exist.', { id });
  return toDiscussion(row);
}

/** One step of a case's stage history (`recorded_at` keeps its SQL name). */
export type StageHistoryJoinRow = Pick<CaseStageHistoryRow, 'stage' | 'month'> & {
  recorded_at: string;
};

/** An action linked to a case, with its owner agency. */
export type CaseActionJoinRow = Pick<ActionRow, 'id' | 'title' | 'status'> & {
  due_date: string | null;
  owner_id: string;
  owner_name: string;
  owner_acronym: string;
};

/**
 * Hot query (cases:get): one case with its stage history, its requests and discussions (with
 * their case and meeting) and its linked actions (with their owners).
 */
export async function getCase(
  db: ReadableDB,
  id: string,
  today: string,
  thresholdDays: number,
): Promise<CaseDetail> {
  const row = await findCase(db, id);
  const extras = await caseExtras(db, [id], today);
  const history = await rows<StageHistoryJoinRow>(
    db,
    `SELECT stage, month, recorded_at FROM case_stage_history WHERE case_id = ?
      ORDER BY recorded_at, rowid`,
    [id],
  );
  const requests = await rows<CooperationRow>(
    db,
    `${COOPERATION_SELECT} WHERE r.case_id = ? ORDER BY r.created_at, r.rowid`,
    [id],
  );
  const discussions = await rows<DiscussionRow>(
    db,
    `${DISCUSSION_SELECT} WHERE d.case_id = ? ORDER BY d.created_at, d.rowid`,
    [id],
  );
  const actions = await rows<CaseActionJoinRow>(
    db,
    `SELECT a.id, a.title, a.status, a.due_date, g.id AS owner_id, g.name AS owner_name,
            g.acronym AS owner_acronym
       FROM case_action_links l JOIN actions a ON a.id = l.action_id
       JOIN agencies g ON g.id = a.owner_agency_id
      WHERE l.case_id = ? ORDER BY a.due_date IS NULL, a.due_date, a.created_at`,
    [id],
  );
  return {
    ...toCaseListItem(row, extras, EXPLOITATION_FORMS),
    profiles: (extras.profiles.get(id) ?? []).map((p) => ({
      ageBand: p.ageBand as AgeBand,
      sex: p.sex as Sex,
      nationality: p.nationality,
      exploitationForms: splitCodes<ExploitationForm>(p.exploitationForms),
      count: p.count,
    })),
    suspects: {
      count: row.suspectCount,
      nationalities: splitCodes(row.suspectNationalities),
    },
    nrmReferral: row.nrmReferral === 1,
    nrmReferralMonth: row.nrmReferralMonth,
    assistance: splitCodes<AssistanceCategory>(row.assistance),
    stageHistory: history.map((h) => ({
      stage: h.stage,
      month: h.month,
      recordedAt: h.recorded_at,
    })),
    requests: requests.map((r) => toCooperation(r, today, thresholdDays)),
    discussions: discussions.map(toDiscussion),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      dueDate: a.due_date,
      ownerAgency: { id: a.owner_id, name: a.owner_name, acronym: a.owner_acronym },
    })),
    createdAt: row.createdAt,
  };
}

/** Hot query (cooperation:create): one request with its case's code. */
export async function getCooperation(
  db: ReadableDB,
  id: string,
  today: string,
  thresholdDays: number,
): Promise<CooperationRequest> {
  const row = await one<CooperationRow>(db, `${COOPERATION_SELECT} WHERE r.id = ?`, [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'This cooperation request does not exist.', { id });
  return toCooperation(row, today, thresholdDays);
}

/**
 * Hot query (cooperation:list): requests across cases with their case's code, longest pending
 * first (then the others, newest first).
 */
export async function listCooperation(
  db: ReadableDB,
  input: CooperationListInput,
  today: string,
  thresholdDays: number,
): Promise<CooperationRequest[]> {
  const pendingOnly = input.pendingOnly === true || input.overdueOnly === true;
  const where = new Where()
    .add('r.case_id = ?', [input.caseId], Boolean(input.caseId))
    .add(`r.status IN ${PENDING_IN}`, [], pendingOnly)
    .add('r.country = ?', [input.country], Boolean(input.country));
  const found = await rows<CooperationRow>(
    db,
    `${COOPERATION_SELECT} ${where.toString()} ORDER BY r.created_at DESC, r.rowid DESC`,
    where.params,
  );
  const items = found
    .map((r) => toCooperation(r, today, thresholdDays))
    .filter((r) => input.overdueOnly !== true || r.overdue);
  // Stable: ties (and requests not pending) keep newest first.
  return items.sort((a, b) => (b.daysPending ?? -1) - (a.daysPending ?? -1));
}

/** Closed cases whose closed month lies more than `years` before this month, oldest first. */
export async function retentionCases(
  db: ReadableDB,
  today: string,
  years: number,
): Promise<{ id: string; code: string; closedMonth: string }[]> {
  const cutoff = monthsBack(monthOf(today), years);
  const found = await db.getRepository(CaseEntity).find({
    select: { id: true, code: true, closedMonth: true },
    where: { closedMonth: LessThan(cutoff) }, // NULL is never less: open cases stay out
    order: { closedMonth: 'ASC', year: 'ASC', seq: 'ASC' },
  });
  return found.map((r) => ({ id: r.id, code: r.code, closedMonth: r.closedMonth ?? '' }));
}
