/**
 * Everything the report and its annex show, read in one transaction: the plan as of the end
 * of the period, nap:summary of that period (and of the one before), the narratives in the
 * document language, which agencies reported, the final flag and, when asked for, the
 * k-anonymised case statistics of the months of the period (k from the settings read in the
 * same transaction) and the capacity-building totals of the period (trainings:summary over
 * its dates). Plain data: it crosses to the export worker.
 */
import type { CaseStatistics } from '../../../../shared/contract/cases';
import type { NapPlanDetail, NapSummary } from '../../../../shared/contract/nap';
import type { NapNarrative, NapReportInput } from '../../../../shared/contract/napReport';
import type { TrainingSummary } from '../../../../shared/contract/trainings';
import { caseStatistics } from '../../cases/statistics/statisticsQueries';
import { type ReadableDB } from '../../db/sql';
import { trainingSummary } from '../../trainings/trainingQueries';
import { readSettings } from '../../workspace/settingsRepository';
import { napSummary } from '../napSummary';
import { loadPlanDetail } from '../napTree';
import { planSpan, readNarratives, type ReportSpan } from './napNarratives';

export interface AgencyRef {
  id: string;
  name: string;
  acronym: string;
}

export interface NapReportData {
  plan: NapPlanDetail;
  span: ReportSpan;
  /** nap:summary at the end of the period (as the channel answers it). */
  summary: NapSummary;
  previous: NapSummary | null;
  cutOff: string;
  final: boolean;
  narratives: NapNarrative[];
  reported: AgencyRef[];
  silent: AgencyRef[];
  sources: string[];
  /** The period's case statistics (from the month of its start to that of its end); null
   *  unless `options.includeCaseStatistics`. */
  caseStatistics: CaseStatistics | null;
  /** trainings:summary over the period's dates; null when no training falls in it. */
  trainings: TrainingSummary | null;
  options: NapReportInput['options'];
  vocabulary: NapReportInput['vocabulary'];
  language: NapReportInput['language'];
}

const byName = (a: AgencyRef, b: AgencyRef) => a.name.localeCompare(b.name);

export async function napReportData(
  db: ReadableDB,
  input: NapReportInput,
  /** The workspace's today (its time zone): the report's "as of" day. */
  today: string,
): Promise<NapReportData> {
  const { span } = await planSpan(db, input.planId, input);
  const asOf = span.summaryPeriod?.end ?? today;
  const day = asOf < today ? asOf : today;
  const plan = await loadPlanDetail(db, input.planId, day, asOf);
  const summary = await napSummary(db, input.planId, span.summaryPeriod?.id, today);
  const previous = span.previousPeriod
    ? await napSummary(db, input.planId, span.previousPeriod.id, today)
    : null;
  const inSpan = new Set(span.periods.map((p) => p.id));
  const leads = new Map<string, AgencyRef>();
  const reported = new Map<string, AgencyRef>();
  const sources = new Set<string>();
  for (const o of plan.pillars.flatMap((p) => p.objectives)) {
    for (const a of o.activities) {
      for (const l of a.leadAgencies) leads.set(l.id, l);
      if (a.updates.some((u) => inSpan.has(u.periodId))) {
        for (const l of a.leadAgencies) reported.set(l.id, l);
      }
    }
    for (const i of [...o.indicators, ...o.activities.flatMap((a) => a.indicators)]) {
      for (const m of i.measurements) {
        if (!inSpan.has(m.periodId)) continue;
        if (m.reportingAgency) reported.set(m.reportingAgency.id, m.reportingAgency);
        if (m.source.trim()) sources.add(m.source.trim());
        else if (i.meansOfVerification.trim()) sources.add(i.meansOfVerification.trim());
      }
    }
  }
  const narratives = await readNarratives(db, input.planId, span.key, input.language);
  const statistics = input.options.includeCaseStatistics
    ? await caseStatistics(
        db,
        { from: span.start.slice(0, 7), to: span.end.slice(0, 7) },
        (await readSettings(db)).kAnonymity,
      )
    : null;
  const trainings = await trainingSummary(db, { from: span.start, to: span.end });
  return {
    plan,
    span,
    summary,
    previous,
    cutOff: today,
    final: narratives.final,
    narratives: narratives.narratives,
    reported: [...reported.values()].sort(byName),
    silent: [...leads.values()].filter((l) => !reported.has(l.id)).sort(byName),
    sources: [...sources].sort((a, b) => a.localeCompare(b)),
    caseStatistics: statistics,
    trainings: trainings.total.trainings > 0 ? trainings : null,
    options: input.options,
    vocabulary: input.vocabulary,
    language: input.language,
  };
}
