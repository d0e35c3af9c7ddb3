/**
 * Step 6: the anonymised cases of the demo task force — banded victim profiles only (never a
 * person), stages moving forward month by month, the agencies involved, cross-border
 * cooperation requests (some pending for more than 60 days) and a few discussion entries made
 * at the task force's held meetings. Small: ~60 cases; large: 5,000.
 */
import {
  ASSISTANCE_CATEGORIES,
  CASE_AGENCY_ROLES,
  CASE_STAGES,
  COOPERATION_TYPES,
  DEFAULT_CASE_CODE_PREFIX,
  EXPLOITATION_FORMS,
  LEGAL_BASES,
  SEXES,
  type CaseStage,
  type CooperationStatus,
} from '../../../shared/domain/cases';
import { caseCode } from '../cases/caseCommands';
import { joinCodes, joinSorted } from '../cases/caseRows';
import type { Random } from './random';
import { at, inserter, type DemoContext, type DemoStep } from './demoWorld';

/** Nationalities, the frequent ones repeated so the statistics have cells above k. */
const NATIONALITIES = [
  'NG', 'NG', 'NG', 'RO', 'RO', 'RO', 'BG', 'BG', 'VN', 'VN', 'UA', 'UA', 'MA', 'CN', 'BR',
  'PY', 'AL', 'IN', 'PH', 'ES', 'FR', 'ER', 'SY', '',
] as const; // prettier-ignore
/** Age bands weighted towards young adults; a few children and unknowns. */
const AGES = ['18-24', '18-24', '18-24', '25-34', '25-34', '25-34', '35-49', '35-49', '12-17',
  '12-17', '0-11', '50+', 'unknown'] as const; // prettier-ignore
const FORMS = [
  ['sexual_exploitation'],
  ['sexual_exploitation'],
  ['sexual_exploitation'],
  ['forced_labour'],
  ['forced_labour'],
  ['forced_labour', 'domestic_servitude'],
  ['domestic_servitude'],
  ['forced_criminality'],
  ['begging', 'forced_criminality'],
  ['forced_marriage'],
  ['other'],
] as const;
const AUTHORITIES = [
  'Public Prosecutor’s Office',
  'Ministry of Justice, International Cooperation Department',
  'National Police, Anti-Trafficking Unit',
  'Central Authority for Mutual Legal Assistance',
  'Border Police Directorate',
];
const DISCUSSIONS = [
  'Stage reviewed; the lead agency will follow up the pending request abroad.',
  'Assistance continues; shelter placement extended by three months.',
  'Investigation ongoing; a joint meeting with the labour inspectorate is planned.',
  'Prosecution file transmitted; hearing expected next quarter.',
  'Return and reintegration support agreed with the partner organisation.',
];

/** The month `n` months after `month` (YYYY-MM). */
function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from);
}

/** The date `days` days before `date` (YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** A stage path: forward through the stages, stopping at a random one. */
function stagePath(random: Random, months: number): CaseStage[] {
  const last = Math.min(random.int(0, CASE_STAGES.length - 1), months);
  return CASE_STAGES.slice(0, last + 1);
}

function cooperationDates(random: Random, status: CooperationStatus, today: string) {
  // Pending ones: sent 10–200 days ago, so some are past the 60-day threshold.
  const sentAgo = random.int(10, 200);
  const sent = status === 'drafting' ? null : daysBefore(today, sentAgo);
  const drafted = daysBefore(today, sentAgo + random.int(3, 20));
  const acknowledged =
    status === 'drafting' || status === 'sent' ? null : daysBefore(today, sentAgo - 5);
  const executed = status === 'executed' ? daysBefore(today, random.int(0, sentAgo - 6)) : null;
  return { drafted, sent, acknowledged, executed };
}

function run(ctx: DemoContext): void {
  const { db, random, today, world, size } = ctx;
  const total = size.cases ?? 60;
  const thisMonth = today.slice(0, 7);
  const first = ctx.start.slice(0, 7);
  const span = Math.max(1, monthsBetween(first, thisMonth));
  const agencies = world.agencies.filter((a) => a.membership === 'member');
  const held = world.meetings.filter(
    (m) => m.body.kind === 'national_task_force' && m.date < today,
  );
  const addCase = inserter(db, 'cases', [
    'id',
    'code',
    'year',
    'seq',
    'stage',
    'opened_month',
    'closed_month',
    'nrm_referral',
    'nrm_referral_month',
    'suspect_count',
    'suspect_nationalities',
    'assistance',
    'created_at',
    'updated_at',
  ]);
  const addProfile = inserter(db, 'case_profiles', [
    'id',
    'case_id',
    'position',
    'age_band',
    'sex',
    'nationality',
    'exploitation_forms',
    'count',
  ]);
  const addStage = inserter(db, 'case_stage_history', [
    'id',
    'case_id',
    'stage',
    'month',
    'recorded_at',
  ]);
  const addAgency = inserter(db, 'case_agencies', ['case_id', 'agency_id', 'role', 'position']);
  const addRequest = inserter(db, 'cooperation_requests', [
    'id',
    'case_id',
    'type',
    'direction',
    'country',
    'authority',
    'legal_basis',
    'drafted_on',
    'sent_on',
    'acknowledged_on',
    'executed_on',
    'status',
    'next_follow_up',
    'created_at',
    'updated_at',
  ]);
  const addDiscussion = inserter(db, 'case_discussions', [
    'id',
    'case_id',
    'meeting_id',
    'text',
    'language',
    'created_at',
  ]);
  // Opened months in order, so codes follow the opening order within each year.
  const opened = Array.from({ length: total }, () => addMonths(first, random.int(0, span))).sort();
  const seqOfYear = new Map<number, number>();
  opened.forEach((openedMonth) => {
    const id = random.uuid();
    const year = Number(openedMonth.slice(0, 4));
    const seq = (seqOfYear.get(year) ?? 0) + 1;
    seqOfYear.set(year, seq);
    const stages = stagePath(random, monthsBetween(openedMonth, thisMonth));
    let month = openedMonth;
    const history = stages.map((stage, i) => {
      if (i > 0) {
        const left = monthsBetween(month, thisMonth) - (stages.length - 1 - i);
        month = addMonths(month, random.int(1, Math.max(1, left)));
      }
      return { stage, month };
    });
    const current = history.at(-1)!;
    const closed = current.stage === 'closed' ? current.month : null;
    const referred = stages.length > 1;
    const created = at(`${openedMonth}-15`);
    const updated = at(`${current.month}-15`);
    const nationalities = new Set<string>();
    const profiles = random.int(1, 10) <= 7 ? 1 : random.int(2, 3);
    const origin = random.pick(NATIONALITIES);
    const profileRows: unknown[][] = [];
    for (let p = 0; p < profiles; p++) {
      const nationality = random.chance(0.8) ? origin : random.pick(NATIONALITIES);
      if (nationality) nationalities.add(nationality);
      const count = random.chance(0.75) ? 1 : random.int(2, 6);
      const sex = random.chance(0.6) ? 'female' : random.chance(0.9) ? 'male' : SEXES[2];
      profileRows.push([
        random.uuid(),
        id,
        p,
        random.pick(AGES),
        sex,
        nationality,
        joinCodes(random.pick(FORMS), EXPLOITATION_FORMS),
        count,
      ]);
    }
    addCase(
      id,
      caseCode(DEFAULT_CASE_CODE_PREFIX, year, seq),
      year,
      seq,
      current.stage,
      openedMonth,
      closed,
      referred ? 1 : 0,
      referred ? history[1]!.month : null,
      random.int(0, 4),
      joinSorted(random.chance(0.6) ? [...nationalities] : []),
      joinCodes(random.sample(ASSISTANCE_CATEGORIES, random.int(0, 3)), ASSISTANCE_CATEGORIES),
      created,
      updated,
    );
    for (const row of profileRows) addProfile(...row);
    history.forEach((h) => addStage(random.uuid(), id, h.stage, h.month, at(`${h.month}-15`)));
    random.sample(agencies, random.int(1, 3)).forEach((agency, position) => {
      addAgency(id, agency.id, random.pick(CASE_AGENCY_ROLES), position);
    });
    if (random.chance(0.35)) {
      for (let r = random.int(1, 2); r > 0; r--) {
        const status: CooperationStatus = closed
          ? random.pick(['executed', 'refused', 'withdrawn'] as const)
          : random.pick(['drafting', 'sent', 'sent', 'acknowledged', 'executed'] as const);
        const dates = cooperationDates(random, status, today);
        const pending = status === 'drafting' || status === 'sent' || status === 'acknowledged';
        addRequest(
          random.uuid(),
          id,
          random.pick(COOPERATION_TYPES),
          random.chance(0.7) ? 'outgoing' : 'incoming',
          origin || 'RO',
          random.pick(AUTHORITIES),
          random.pick(LEGAL_BASES),
          dates.drafted,
          dates.sent,
          dates.acknowledged,
          dates.executed,
          status,
          pending ? daysBefore(today, -random.int(5, 30)) : null,
          at(dates.drafted),
          at(dates.executed ?? dates.acknowledged ?? dates.sent ?? dates.drafted),
        );
      }
    }
    const heldSince = held.filter((m) => m.date.slice(0, 7) >= openedMonth);
    if (heldSince.length > 0 && random.chance(0.15)) {
      const meeting = random.pick(heldSince);
      addDiscussion(
        random.uuid(),
        id,
        meeting.id,
        random.pick(DISCUSSIONS),
        'en',
        at(meeting.date, '12:00:00'),
      );
    }
  });
}

export const casesStep: DemoStep = { name: 'cases', run };
