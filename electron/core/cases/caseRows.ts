/**
 * How case records are stored and read back: comma-joined code lists in vocabulary order,
 * months, days pending of a cooperation request, and the per-page lookups of the list.
 */
import type { CaseListItem, CooperationRequest } from '../../../shared/contract/cases';
import {
  PENDING_COOPERATION_STATUSES,
  type CaseAgencyRole,
  type ExploitationForm,
} from '../../../shared/domain/cases';
import { In } from 'typeorm';
import type { AgencyRow } from '../db/entities/agencies';
import {
  CaseProfileEntity,
  CooperationRequestEntity,
  type CaseAgencyRow,
  type CaseProfileRow,
  type CaseRow,
  type CooperationRequestRow,
} from '../db/entities/cases';
import { placeholders, rows, type ReadableDB } from '../db/sql';

export type { CaseRow };

/** Distinct codes in the order of their vocabulary, joined by commas. */
export function joinCodes<T extends string>(codes: readonly T[], vocabulary: readonly T[]): string {
  const set = new Set(codes);
  return vocabulary.filter((c) => set.has(c)).join(',');
}

/** Distinct, sorted (for codes without a vocabulary order, e.g. countries). */
export function joinSorted(codes: readonly string[]): string {
  return [...new Set(codes)].sort().join(',');
}

export function splitCodes<T extends string>(text: string): T[] {
  return text === '' ? [] : (text.split(',') as T[]);
}

/** 'YYYY-MM' of a date or ISO time. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `years` before `month` (same calendar month). */
export function monthsBack(month: string, years: number): string {
  const year = Number(month.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}-${month.slice(5, 7)}`;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export const PENDING_IN = `(${PENDING_COOPERATION_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** Days pending today: since sent (or drafted, or entered) while pending; otherwise null. */
export function daysPending(
  r: Pick<CooperationRequestRow, 'status' | 'sentOn' | 'draftedOn' | 'createdAt'>,
  today: string,
): number | null {
  if (!PENDING_COOPERATION_STATUSES.includes(r.status)) return null;
  return Math.max(0, daysBetween(r.sentOn ?? r.draftedOn ?? r.createdAt.slice(0, 10), today));
}

/** A cooperation request with its case's code, as {@link COOPERATION_SELECT} reads it. */
export type CooperationRow = Omit<CooperationRequestRow, 'type' | 'legalBasis'> & {
  type: CooperationRequest['type'];
  legalBasis: CooperationRequest['legalBasis'];
  caseCode: string;
};

export const COOPERATION_SELECT = `SELECT r.id, r.case_id AS "caseId", c.code AS "caseCode", r.type,
    r.direction, r.country, r.authority, r.legal_basis AS "legalBasis", r.drafted_on AS "draftedOn",
    r.sent_on AS "sentOn", r.acknowledged_on AS "acknowledgedOn", r.executed_on AS "executedOn",
    r.status, r.next_follow_up AS "nextFollowUp", r.created_at AS "createdAt",
    r.updated_at AS "updatedAt"
  FROM cooperation_requests r JOIN cases c ON c.id = r.case_id`;

export function toCooperation(
  r: CooperationRow,
  today: string,
  thresholdDays: number,
): CooperationRequest {
  const pending = daysPending(r, today);
  return {
    id: r.id,
    caseId: r.caseId,
    caseCode: r.caseCode,
    type: r.type,
    direction: r.direction,
    country: r.country,
    authority: r.authority,
    legalBasis: r.legalBasis,
    draftedOn: r.draftedOn,
    sentOn: r.sentOn,
    acknowledgedOn: r.acknowledgedOn,
    executedOn: r.executedOn,
    status: r.status,
    nextFollowUp: r.nextFollowUp,
    daysPending: pending,
    overdue: pending !== null && pending > thresholdDays,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Every column of a case, named as the entity row type names them. */
export const CASE_COLUMNS = `c.id, c.code, c.year, c.seq, c.stage, c.opened_month AS "openedMonth",
  c.closed_month AS "closedMonth", c.nrm_referral AS "nrmReferral",
  c.nrm_referral_month AS "nrmReferralMonth", c.suspect_count AS "suspectCount",
  c.suspect_nationalities AS "suspectNationalities", c.assistance, c.created_at AS "createdAt",
  c.updated_at AS "updatedAt"`;

export type ProfileRow = Pick<
  CaseProfileRow,
  'caseId' | 'ageBand' | 'sex' | 'nationality' | 'exploitationForms' | 'count'
>;

type AgencyItem = CaseListItem['agencies'][number];

/** An agency of a case, as {@link caseAgencyRows} reads it. */
export type CaseAgencyJoinRow = Pick<AgencyRow, 'id' | 'name' | 'acronym'> &
  Pick<CaseAgencyRow, 'caseId' | 'role'>;

/** What the list shows of each case besides its own row: profiles, agencies, pending requests. */
export interface CaseExtras {
  profiles: Map<string, ProfileRow[]>;
  agencies: Map<string, AgencyItem[]>;
  pending: Map<string, number[]>;
}

function group<T extends { caseId: string }>(found: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of found) {
    const list = map.get(r.caseId);
    if (list) list.push(r);
    else map.set(r.caseId, [r]);
  }
  return map;
}

/**
 * Hot query (cases:list): the agencies of each case of a page (also of cases:get), in their
 * order — one join for the whole page.
 */
async function caseAgencyRows(db: ReadableDB, ids: string[]): Promise<CaseAgencyJoinRow[]> {
  return rows<CaseAgencyJoinRow>(
    db,
    `SELECT ca.case_id AS "caseId", g.id, g.name, g.acronym, ca.role FROM case_agencies ca
       JOIN agencies g ON g.id = ca.agency_id
      WHERE ca.case_id IN (${placeholders(ids)}) ORDER BY ca.case_id, ca.position`,
    ids,
  );
}

export async function caseExtras(
  db: ReadableDB,
  ids: string[],
  today: string,
): Promise<CaseExtras> {
  if (ids.length === 0) return { profiles: new Map(), agencies: new Map(), pending: new Map() };
  const profiles = await db.getRepository(CaseProfileEntity).find({
    select: {
      id: true,
      caseId: true,
      ageBand: true,
      sex: true,
      nationality: true,
      exploitationForms: true,
      count: true,
    },
    where: { caseId: In(ids) },
    order: { caseId: 'ASC', position: 'ASC' },
  });
  const agencies = await caseAgencyRows(db, ids);
  const pending = await db.getRepository(CooperationRequestEntity).find({
    select: {
      id: true,
      caseId: true,
      status: true,
      sentOn: true,
      draftedOn: true,
      createdAt: true,
    },
    where: { caseId: In(ids), status: In(PENDING_COOPERATION_STATUSES) },
  });
  const days = new Map<string, number[]>();
  for (const r of pending) {
    const list = days.get(r.caseId) ?? [];
    list.push(daysPending(r, today) ?? 0);
    days.set(r.caseId, list);
  }
  return {
    profiles: group(profiles),
    agencies: new Map(
      [...group(agencies)].map(([id, list]) => [
        id,
        list.map((a) => ({
          id: a.id,
          name: a.name,
          acronym: a.acronym,
          role: a.role as CaseAgencyRole,
        })),
      ]),
    ),
    pending: days,
  };
}

export function toCaseListItem(
  r: CaseRow,
  extras: CaseExtras,
  exploitationOrder: readonly ExploitationForm[],
): CaseListItem {
  const profiles = extras.profiles.get(r.id) ?? [];
  const pending = extras.pending.get(r.id) ?? [];
  const forms = new Set(profiles.flatMap((p) => splitCodes<ExploitationForm>(p.exploitationForms)));
  return {
    id: r.id,
    code: r.code,
    stage: r.stage,
    openedMonth: r.openedMonth,
    closedMonth: r.closedMonth,
    victimCount: profiles.reduce((sum, p) => sum + p.count, 0),
    nationalities: [...new Set(profiles.map((p) => p.nationality).filter((n) => n !== ''))].sort(),
    exploitationForms: exploitationOrder.filter((f) => forms.has(f)),
    agencies: extras.agencies.get(r.id) ?? [],
    pendingRequests: pending.length,
    maxDaysPending: pending.length ? Math.max(...pending) : null,
    updatedAt: r.updatedAt,
  };
}
