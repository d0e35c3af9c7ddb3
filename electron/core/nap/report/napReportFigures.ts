/**
 * The figures the Word report and its Excel annex share, so both say the same: headline
 * figures (straight from nap:summary), one row per activity and per indicator for the period
 * ("no data" when nothing was reported for it), budget per pillar and per funding source.
 */
import type { NapActivity, NapIndicator, NapObjective } from '../../../../shared/contract/nap';
import type { Language } from '../../../../shared/domain/languages';
import { measuredValue } from '../../../../shared/domain/napProgress';
import { formatDate } from '../../exports/kit/labels';
import type { NapReportData } from './napReportData';
import { NAP_REPORT_LABELS, bucketOf, statusBuckets, type StatusBucket } from './napReportLabels';

const FORMATS = new Map<string, Intl.NumberFormat>();

export function numberText(n: number, language: Language, digits = 0): string {
  const key = `${language}${digits}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: digits });
    FORMATS.set(key, format);
  }
  return format.format(n);
}

export const percentText = (n: number, language: Language) => `${numberText(n, language, 1)} %`;

export interface ActivityRow {
  pillar: string;
  objective: string;
  code: string;
  text: string;
  lead: string;
  supporting: string;
  timeframe: string;
  end: string;
  status: StatusBucket;
  reason: string;
  /** The narrative of the period's latest update; null: nothing reported this period. */
  progress: string | null;
  overdue: boolean;
  atRisk: boolean;
  budget: number | null;
  executed: number;
  fundingSource: string;
}

export interface IndicatorRow {
  code: string;
  name: string;
  decreasing: boolean;
  unit: string;
  baseline: string;
  target: string;
  /** null: no measurement this period. */
  value: number | null;
  percent: number | null;
  source: string;
}

const agencyList = (list: { acronym: string; name: string }[]) =>
  list.map((a) => a.acronym || a.name).join(', ');

/** The ids of the periods the report covers. */
const spanOf = (data: NapReportData) => new Set(data.span.periods.map((p) => p.id));

export function activityRow(
  data: NapReportData,
  buckets: StatusBucket[],
  pillar: string,
  o: NapObjective,
  a: NapActivity,
  inSpan = spanOf(data),
): ActivityRow {
  const updates = a.updates.filter((u) => inSpan.has(u.periodId));
  const latest = updates[updates.length - 1];
  return {
    pillar,
    objective: `${o.code} ${o.name}`,
    code: a.code,
    text: a.text,
    lead: agencyList(a.leadAgencies),
    supporting: agencyList(a.supportingAgencies),
    timeframe: a.timeframe || [a.start, a.end].filter(Boolean).join(' – '),
    end: a.end ? formatDate(a.end, data.language) : '',
    status: bucketOf(buckets, a.status),
    reason: a.statusReason,
    progress: latest ? latest.narrative.trim() || latest.statusReason.trim() || '—' : null,
    overdue: a.overdue,
    atRisk: a.status === 'at_risk' || a.status === 'delayed',
    budget: a.budgetAmount,
    executed: a.executed.reduce((s, e) => s + e.amount, 0),
    fundingSource: a.fundingSource,
  };
}

const withYear = (value: number | null, year: number | null, language: Language) =>
  value === null ? '—' : `${numberText(value, language, 2)}${year ? ` (${year})` : ''}`;

export function indicatorRow(
  data: NapReportData,
  code: string,
  i: NapIndicator,
  inSpan = spanOf(data),
): IndicatorRow {
  const here = i.measurements.filter((m) => inSpan.has(m.periodId));
  const latest = here[here.length - 1];
  return {
    code,
    name: i.name,
    decreasing: i.direction === 'decrease',
    unit: i.unit,
    baseline: withYear(i.baselineValue, i.baselineYear, data.language),
    target: withYear(i.targetValue, i.targetYear, data.language),
    value: latest ? measuredValue(latest) : null,
    percent: i.progress.percent,
    source: latest?.source || i.meansOfVerification,
  };
}

export interface PillarFigures {
  id: string;
  code: string;
  name: string;
  objectives: {
    code: string;
    name: string;
    activities: ActivityRow[];
    indicators: IndicatorRow[];
  }[];
}

export function reportFigures(data: NapReportData) {
  const buckets = statusBuckets(data.vocabulary, data.language);
  const inSpan = spanOf(data);
  const pillars: PillarFigures[] = data.plan.pillars.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    objectives: p.objectives.map((o) => ({
      code: o.code,
      name: o.name,
      activities: o.activities.map((a) =>
        activityRow(data, buckets, `${p.code} ${p.name}`, o, a, inSpan),
      ),
      indicators: [
        ...o.indicators.map((i) => indicatorRow(data, o.code, i, inSpan)),
        ...o.activities.flatMap((a) =>
          a.indicators.map((i) => indicatorRow(data, a.code, i, inSpan)),
        ),
      ],
    })),
  }));
  return { buckets, pillars };
}

/** Headline figures as label/value pairs, every number taken from nap:summary. */
export function headlines(data: NapReportData, buckets: StatusBucket[]): [string, string][] {
  const l = NAP_REPORT_LABELS[data.language];
  const t = data.summary.totals;
  const lang = data.language;
  const out: [string, string][] = [[l.activities, numberText(t.activities, lang)]];
  for (const b of buckets) {
    const n = b.statuses.reduce((s, st) => s + (t.byStatus[st] ?? 0), 0);
    out.push([`${l.activities} — ${b.word}`, numberText(n, lang)]);
  }
  out.push([l.completion, percentText(t.completion, lang)]);
  if (data.previous) {
    const p = data.previous.totals;
    const points = t.completion - p.completion;
    const count = (t.byStatus.completed ?? 0) - (p.byStatus.completed ?? 0);
    const sign = (n: number, s: string) => (n > 0 ? `+${s}` : s);
    const prevLabel =
      data.plan.periods.find((x) => x.end === data.previous!.asOf)?.label ??
      formatDate(data.previous.asOf, lang);
    out.push([
      l.change,
      l.changeText(
        sign(points, numberText(points, lang, 1)),
        sign(count, numberText(count, lang)),
        prevLabel,
      ),
    ]);
  } else out.push([l.change, l.noPrevious]);
  out.push([l.overdue, numberText(t.overdue, lang)]);
  out.push([l.indicatorsOnTrack, l.onTrackText(t.onTrack, t.measured, t.indicators)]);
  if (data.options.includeBudget) {
    const share =
      t.budgetPlanned > 0
        ? ` (${percentText((t.budgetExecuted / t.budgetPlanned) * 100, lang)})`
        : '';
    out.push([
      l.budget,
      `${numberText(t.budgetExecuted, lang, 2)} / ${numberText(t.budgetPlanned, lang, 2)}${share}`,
    ]);
  }
  return out;
}

/** Planned and executed per funding source (activities with a budget or an execution). */
export function budgetBySource(rows: ActivityRow[], unspecified: string) {
  const map = new Map<string, { planned: number; executed: number }>();
  for (const r of rows) {
    if (r.budget === null && r.executed === 0) continue;
    const key = r.fundingSource.trim() || unspecified;
    const e = map.get(key) ?? { planned: 0, executed: 0 };
    e.planned += r.budget ?? 0;
    e.executed += r.executed;
    map.set(key, e);
  }
  return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}
