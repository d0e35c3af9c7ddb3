/**
 * Reading what `cases:statistics` needs: the victims of the cases open in the period, summed
 * by the database per table (sex × age band, forms, nationality, stage), never one row per
 * profile, then k-anonymised.
 */
import type { CaseStatistics } from '../../../../shared/contract/cases';
import type { AgeBand, CaseStage, ExploitationForm, Sex } from '../../../../shared/domain/cases';
import { DomainError } from '../../../../shared/errors';
import { rows, type ReadableDB } from '../../db/sql';
import { splitCodes } from '../caseRows';
import { anonymiseMarginals, type Marginals } from './kAnonymity';

export interface StatisticsPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

/** One summed count: `d` the table, `a`/`b` its codes ('cases' counts the cases). */
/** One count of the marginals query: its dimension, its key(s) and its count. */
export interface MarginalRow {
  d: 'sex_age' | 'forms' | 'nationality' | 'stage' | 'cases';
  a: string;
  b: string;
  n: number;
}

/**
 * The SQL of the period's counts. The cases open at any time in [from, to] are those opened
 * by `to` and not closed before `from`. A case counts at the stage it had at the end of the
 * period (its history up to `to`), or at its current stage without `to`. Exported for the
 * benchmark's baseline.
 */
export function marginalsQuery(period: StatisticsPeriod): { sql: string; params: string[] } {
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
  const sql = `WITH s AS MATERIALIZED (
        SELECT c.id, ${stage} AS stage FROM cases c
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}),
      v AS MATERIALIZED (
        SELECT p.sex, p.age_band, p.nationality, p.exploitation_forms, p.count, s.stage
          FROM s JOIN case_profiles p ON p.case_id = s.id)
    SELECT 'sex_age' AS d, sex AS a, age_band AS b, SUM(count) AS n FROM v GROUP BY sex, age_band
    UNION ALL SELECT 'forms', exploitation_forms, '', SUM(count) FROM v GROUP BY exploitation_forms
    UNION ALL SELECT 'nationality', nationality, '', SUM(count) FROM v GROUP BY nationality
    UNION ALL SELECT 'stage', stage, '', SUM(count) FROM v GROUP BY stage
    UNION ALL SELECT 'cases', '', '', COUNT(*) FROM s`;
  return { sql, params };
}

/** Hot query (cases:statistics): the period's marginals and how many cases they cover. */
export async function periodMarginals(
  db: ReadableDB,
  period: StatisticsPeriod,
): Promise<{ marginals: Marginals; caseCount: number }> {
  if (period.from && period.to && period.from > period.to) {
    throw new DomainError('VALIDATION', 'The period starts after it ends.', { field: 'from' });
  }
  const { sql, params } = marginalsQuery(period);
  const marginals: Marginals = { sexAge: [], forms: [], nationality: [], stage: [] };
  let caseCount = 0;
  for (const r of await rows<MarginalRow>(db, sql, params)) {
    if (r.d === 'sex_age')
      marginals.sexAge.push({ sex: r.a as Sex, ageBand: r.b as AgeBand, count: r.n });
    else if (r.d === 'forms')
      marginals.forms.push({ forms: splitCodes<ExploitationForm>(r.a), count: r.n });
    else if (r.d === 'nationality') marginals.nationality.push({ nationality: r.a, count: r.n });
    else if (r.d === 'stage') marginals.stage.push({ stage: r.a as CaseStage, count: r.n });
    else caseCount = r.n;
  }
  return { marginals, caseCount };
}

/** The k-anonymised statistics of the period. */
export async function caseStatistics(
  db: ReadableDB,
  period: StatisticsPeriod,
  k: number,
): Promise<CaseStatistics> {
  const { marginals, caseCount } = await periodMarginals(db, period);
  return {
    k,
    from: period.from ?? null,
    to: period.to ?? null,
    caseCount,
    victimCount: marginals.stage.reduce((sum, s) => sum + s.count, 0),
    tables: anonymiseMarginals(marginals, k),
  };
}
