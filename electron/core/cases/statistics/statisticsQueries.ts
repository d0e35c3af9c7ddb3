/** Reading the victim rows behind `cases:statistics`: one row per profile of each case. */
import type { CaseStatistics } from '../../../../shared/contract/cases';
import type { AgeBand, CaseStage, ExploitationForm, Sex } from '../../../../shared/domain/cases';
import { DomainError } from '../../../../shared/errors';
import { rows, type Db } from '../../db/sql';
import { splitCodes } from '../caseRows';
import { anonymiseStatistics, type VictimRow } from './kAnonymity';

interface ProfileRow {
  case_id: string;
  age_band: AgeBand;
  sex: Sex;
  nationality: string;
  exploitation_forms: string;
  count: number;
  stage: CaseStage;
}

export interface StatisticsPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The SQL of the profiles of the cases open at any time in [from, to]: opened by `to` and not
 * closed before `from`. A case's stage is the one it had at the end of the period (its history
 * up to `to`), or its current stage without `to`. Exported for the benchmark's baseline.
 */
export function victimRowsQuery(period: StatisticsPeriod): { sql: string; params: string[] } {
  const { from, to } = period;
  const stage = to
    ? `COALESCE((SELECT h.stage FROM case_stage_history h
                  WHERE h.case_id = c.id AND h.month <= ?
                  ORDER BY h.month DESC, h.recorded_at DESC LIMIT 1), c.stage)`
    : 'c.stage';
  const where: string[] = [];
  const params: string[] = to ? [to] : [];
  if (to) {
    where.push('c.opened_month <= ?');
    params.push(to);
  }
  if (from) {
    where.push('(c.closed_month IS NULL OR c.closed_month >= ?)');
    params.push(from);
  }
  const sql = `SELECT p.case_id, p.age_band, p.sex, p.nationality, p.exploitation_forms, p.count,
            s.stage
       FROM (SELECT c.id, ${stage} AS stage FROM cases c
              ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}) s
       JOIN case_profiles p ON p.case_id = s.id`;
  return { sql, params };
}

/** The victim rows of the period and how many cases they belong to. */
export async function victimRows(
  db: Db,
  period: StatisticsPeriod,
): Promise<{ rows: VictimRow[]; caseCount: number }> {
  if (period.from && period.to && period.from > period.to) {
    throw new DomainError('VALIDATION', 'The period starts after it ends.', { field: 'from' });
  }
  const { sql, params } = victimRowsQuery(period);
  const found = await rows<ProfileRow>(db, sql, params);
  const cases = new Set<string>();
  const out: VictimRow[] = found.map((r) => {
    cases.add(r.case_id);
    return {
      ageBand: r.age_band,
      sex: r.sex,
      nationality: r.nationality,
      exploitationForms: splitCodes<ExploitationForm>(r.exploitation_forms),
      stage: r.stage,
      count: r.count,
    };
  });
  return { rows: out, caseCount: cases.size };
}

/** The k-anonymised statistics of the period. */
export async function caseStatistics(
  db: Db,
  period: StatisticsPeriod,
  k: number,
): Promise<CaseStatistics> {
  const { rows: victims, caseCount } = await victimRows(db, period);
  const { victimCount, tables } = anonymiseStatistics(victims, k);
  return {
    k,
    from: period.from ?? null,
    to: period.to ?? null,
    caseCount,
    victimCount,
    tables,
  };
}
