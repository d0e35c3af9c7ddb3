/**
 * The report's narratives and its final flag, per plan and period key. A final report's
 * narratives cannot change (LOCKED_RECORD) until it is marked draft again.
 */
import type { NapNarratives, NapNarrativeKind } from '../../../../shared/contract/napReport';
import type { NapPlan, NapPeriod } from '../../../../shared/contract/nap';
import type { Language } from '../../../../shared/domain/languages';
import { DomainError } from '../../../../shared/errors';
import { NapPillarEntity } from '../../db/entities/nap';
import {
  NapReportNarrativeEntity,
  NapReportVersionEntity,
  type NapReportNarrativeRow,
} from '../../db/entities/napReport';
import { rows, type WritableDB, type ReadableDB } from '../../db/sql';
import { loadPlan } from '../napTree';

export interface PeriodChoice {
  periodId?: string;
  from?: string;
  to?: string;
}

/** The span a report covers: one period, or the dates asked for. */
export interface ReportSpan {
  key: string;
  label: string;
  start: string;
  end: string;
  /** The plan's periods overlapping the span. */
  periods: NapPeriod[];
  /** The period whose end the figures are taken at (nap:summary's periodId), if any. */
  summaryPeriod: NapPeriod | null;
  /** The period before it, for the change since the previous period. */
  previousPeriod: NapPeriod | null;
}

export function reportSpan(plan: NapPlan, choice: PeriodChoice): ReportSpan {
  if (choice.periodId !== undefined) {
    const index = plan.periods.findIndex((p) => p.id === choice.periodId);
    if (index < 0) {
      throw new DomainError('NOT_FOUND', 'There is no such period in this plan.', {
        field: 'periodId',
      });
    }
    const p = plan.periods[index]!;
    return {
      key: p.id,
      label: p.label,
      start: p.start,
      end: p.end,
      periods: [p],
      summaryPeriod: p,
      previousPeriod: plan.periods[index - 1] ?? null,
    };
  }
  const start = choice.from!;
  const end = choice.to!;
  const ended = plan.periods.filter((p) => p.end <= end);
  const summaryPeriod = ended[ended.length - 1] ?? null;
  return {
    key: `${start}..${end}`,
    label: `${start} – ${end}`,
    start,
    end,
    periods: plan.periods.filter((p) => p.start <= end && p.end >= start),
    summaryPeriod,
    previousPeriod: ended[ended.length - 2] ?? null,
  };
}

export async function planSpan(db: ReadableDB, planId: string, choice: PeriodChoice) {
  const plan = await loadPlan(db, planId);
  return { plan, span: reportSpan(plan, choice) };
}

/** A narrative of the report as it is read back. */
export type NarrativeListRow = Pick<
  NapReportNarrativeRow,
  'pillarId' | 'kind' | 'language' | 'text' | 'updatedAt'
>;

/**
 * Hot query (nap:getNarratives): a report's narratives, plan-wide first then in pillar
 * order.
 */
function narrativeRows(
  db: ReadableDB,
  planId: string,
  key: string,
  language?: Language,
): Promise<NarrativeListRow[]> {
  return rows<NarrativeListRow>(
    db,
    `SELECT n.pillar_id AS "pillarId", n.kind, n.language, n.text, n.updated_at AS "updatedAt"
       FROM nap_report_narratives n
       LEFT JOIN nap_pillars p ON p.id = n.pillar_id
       WHERE n.plan_id = ? AND n.period_key = ? ${language ? 'AND n.language = ?' : ''}
       ORDER BY p.position, n.kind, n.language`,
    language ? [planId, key, language] : [planId, key],
  );
}

export async function readNarratives(
  db: ReadableDB,
  planId: string,
  key: string,
  language?: Language,
): Promise<NapNarratives> {
  const list = await narrativeRows(db, planId, key, language);
  const version = await db
    .getRepository(NapReportVersionEntity)
    .findOne({ select: { final: true }, where: { planId, periodKey: key } });
  return {
    planId,
    periodKey: key,
    final: version?.final === 1,
    narratives: list.map((n) => ({
      pillarId: n.pillarId,
      kind: n.kind,
      language: n.language,
      text: n.text,
      updatedAt: n.updatedAt,
    })),
  };
}

export async function saveNarrative(
  db: WritableDB,
  planId: string,
  key: string,
  n: { pillarId?: string; kind: NapNarrativeKind; language: Language; text: string },
  at: string,
): Promise<void> {
  const state = await readNarratives(db, planId, key);
  if (state.final) {
    throw new DomainError(
      'LOCKED_RECORD',
      'This report is final; mark it draft again to change its narratives.',
      { field: 'final' },
    );
  }
  if (n.pillarId !== undefined) {
    const pillar = await db.getRepository(NapPillarEntity).existsBy({ id: n.pillarId, planId });
    if (!pillar) {
      throw new DomainError('NOT_FOUND', 'There is no such pillar in this plan.', {
        field: 'pillarId',
      });
    }
  }
  const section = n.pillarId ?? 'plan';
  const text = n.text.trim();
  if (text === '') {
    await db
      .getRepository(NapReportNarrativeEntity)
      .delete({ planId, periodKey: key, section, kind: n.kind, language: n.language });
    return;
  }
  // An upsert (ON CONFLICT … DO UPDATE): TypeORM's orUpdate would spell the same, less plainly.
  await db.query(
    `INSERT INTO nap_report_narratives
       (plan_id, period_key, pillar_id, section, kind, language, text, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (plan_id, period_key, section, kind, language)
     DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    [planId, key, n.pillarId ?? null, section, n.kind, n.language, text, at],
  );
}

export async function setFinal(
  db: WritableDB,
  planId: string,
  key: string,
  final: boolean,
  at: string,
): Promise<void> {
  // An upsert (ON CONFLICT … DO UPDATE), kept as SQL like the narratives'.
  await db.query(
    `INSERT INTO nap_report_versions (plan_id, period_key, final, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (plan_id, period_key) DO UPDATE SET final = excluded.final,
       updated_at = excluded.updated_at`,
    [planId, key, final ? 1 : 0, at],
  );
}
