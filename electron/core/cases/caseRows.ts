/**
 * How case records are stored and read back: comma-joined code lists in vocabulary order,
 * months, days pending of a cooperation request, and the per-page lookups of the list.
 */
import type { CaseListItem, CooperationRequest } from '../../../shared/contract/cases';
import {
  PENDING_COOPERATION_STATUSES,
  type CaseAgencyRole,
  type CaseStage,
  type CooperationStatus,
  type ExploitationForm,
} from '../../../shared/domain/cases';
import { placeholders, rows, type Db } from '../db/sql';

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
  r: {
    status: CooperationStatus;
    sent_on: string | null;
    drafted_on: string | null;
    created_at: string;
  },
  today: string,
): number | null {
  if (!PENDING_COOPERATION_STATUSES.includes(r.status)) return null;
  return Math.max(0, daysBetween(r.sent_on ?? r.drafted_on ?? r.created_at.slice(0, 10), today));
}

export interface CooperationRow {
  id: string;
  case_id: string;
  case_code: string;
  type: CooperationRequest['type'];
  direction: CooperationRequest['direction'];
  country: string;
  authority: string;
  legal_basis: CooperationRequest['legalBasis'];
  drafted_on: string | null;
  sent_on: string | null;
  acknowledged_on: string | null;
  executed_on: string | null;
  status: CooperationStatus;
  next_follow_up: string | null;
  created_at: string;
  updated_at: string;
}

export const COOPERATION_SELECT = `SELECT r.id, r.case_id, c.code AS case_code, r.type, r.direction,
    r.country, r.authority, r.legal_basis, r.drafted_on, r.sent_on, r.acknowledged_on,
    r.executed_on, r.status, r.next_follow_up, r.created_at, r.updated_at
  FROM cooperation_requests r JOIN cases c ON c.id = r.case_id`;

export function toCooperation(
  r: CooperationRow,
  today: string,
  thresholdDays: number,
): CooperationRequest {
  const pending = daysPending(r, today);
  return {
    id: r.id,
    caseId: r.case_id,
    caseCode: r.case_code,
    type: r.type,
    direction: r.direction,
    country: r.country,
    authority: r.authority,
    legalBasis: r.legal_basis,
    draftedOn: r.drafted_on,
    sentOn: r.sent_on,
    acknowledgedOn: r.acknowledged_on,
    executedOn: r.executed_on,
    status: r.status,
    nextFollowUp: r.next_follow_up,
    daysPending: pending,
    overdue: pending !== null && pending > thresholdDays,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface CaseRow {
  id: string;
  code: string;
  year: number;
  seq: number;
  stage: CaseStage;
  opened_month: string;
  closed_month: string | null;
  nrm_referral: number;
  nrm_referral_month: string | null;
  suspect_count: number;
  suspect_nationalities: string;
  assistance: string;
  created_at: string;
  updated_at: string;
}

export const CASE_COLUMNS = `c.id, c.code, c.year, c.seq, c.stage, c.opened_month, c.closed_month,
  c.nrm_referral, c.nrm_referral_month, c.suspect_count, c.suspect_nationalities, c.assistance,
  c.created_at, c.updated_at`;

export interface ProfileRow {
  case_id: string;
  age_band: string;
  sex: string;
  nationality: string;
  exploitation_forms: string;
  count: number;
}

type AgencyItem = CaseListItem['agencies'][number];

/** What the list shows of each case besides its own row: profiles, agencies, pending requests. */
export interface CaseExtras {
  profiles: Map<string, ProfileRow[]>;
  agencies: Map<string, AgencyItem[]>;
  pending: Map<string, number[]>;
}

function group<T extends { case_id: string }>(found: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of found) {
    const list = map.get(r.case_id);
    if (list) list.push(r);
    else map.set(r.case_id, [r]);
  }
  return map;
}

export async function caseExtras(db: Db, ids: string[], today: string): Promise<CaseExtras> {
  if (ids.length === 0) return { profiles: new Map(), agencies: new Map(), pending: new Map() };
  const inIds = placeholders(ids);
  const profiles = await rows<ProfileRow>(
    db,
    `SELECT case_id, age_band, sex, nationality, exploitation_forms, count FROM case_profiles
      WHERE case_id IN (${inIds}) ORDER BY case_id, position`,
    ids,
  );
  const agencies = await rows<AgencyItem & { case_id: string }>(
    db,
    `SELECT ca.case_id, g.id, g.name, g.acronym, ca.role FROM case_agencies ca
       JOIN agencies g ON g.id = ca.agency_id
      WHERE ca.case_id IN (${inIds}) ORDER BY ca.case_id, ca.position`,
    ids,
  );
  const pending = await rows<{
    case_id: string;
    status: CooperationStatus;
    sent_on: string | null;
    drafted_on: string | null;
    created_at: string;
  }>(
    db,
    `SELECT case_id, status, sent_on, drafted_on, created_at FROM cooperation_requests
      WHERE case_id IN (${inIds}) AND status IN ${PENDING_IN}`,
    ids,
  );
  const days = new Map<string, number[]>();
  for (const r of pending) {
    const list = days.get(r.case_id) ?? [];
    list.push(daysPending(r, today) ?? 0);
    days.set(r.case_id, list);
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
  const forms = new Set(
    profiles.flatMap((p) => splitCodes<ExploitationForm>(p.exploitation_forms)),
  );
  return {
    id: r.id,
    code: r.code,
    stage: r.stage,
    openedMonth: r.opened_month,
    closedMonth: r.closed_month,
    victimCount: profiles.reduce((sum, p) => sum + p.count, 0),
    nationalities: [...new Set(profiles.map((p) => p.nationality).filter((n) => n !== ''))].sort(),
    exploitationForms: exploitationOrder.filter((f) => forms.has(f)),
    agencies: extras.agencies.get(r.id) ?? [],
    pendingRequests: pending.length,
    maxDaysPending: pending.length ? Math.max(...pending) : null,
    updatedAt: r.updated_at,
  };
}
