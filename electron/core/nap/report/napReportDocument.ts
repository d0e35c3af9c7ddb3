/**
 * The NAP progress report (Word): cover with the period, cut-off date and version (DRAFT
 * until marked final) and a table of contents Word updates on open; executive summary whose
 * figures are nap:summary's; method; per pillar a chart and, per objective, every activity
 * and an indicator table; overdue and at-risk activities; budget; annexes (acronyms,
 * contributing agencies, and the full matrix on landscape pages). When asked for, the
 * k-anonymised case statistics of the period come after the budget (napReportCaseStatistics);
 * the capacity-building totals of the period, when any, after the budget and before them
 * (napReportTrainings), with a line under each pillar the trainings served.
 */
import { TableOfContents, type Paragraph, type Table } from 'docx';
import type { NapNarrativeKind } from '../../../../shared/contract/napReport';
import type { BuildProgress } from '../../exports/buildProgress';
import { barChartSvg, chartParagraph } from '../../exports/kit/chart';
import {
  facts,
  heading,
  labelsFor,
  landscapeTextWidth,
  para,
  renderDocument,
  spacer,
  table,
  tableLine,
  title,
  type CellContent,
  type Letterhead,
} from '../../exports/kit/documentKit';
import { formatDate, formatLongDate } from '../../exports/kit/labels';
import { caseStatisticsSection } from './napReportCaseStatistics';
import type { NapReportData } from './napReportData';
import {
  budgetBySource,
  headlines,
  numberText,
  percentText,
  reportFigures,
  type ActivityRow,
  type IndicatorRow,
  type PillarFigures,
} from './napReportFigures';
import { NAP_REPORT_LABELS, type NapReportLabels, type StatusBucket } from './napReportLabels';
import { pillarTrainingLine, trainingsSection } from './napReportTrainings';

type Block = Paragraph | Table;
type Ctx = NapReportData & { paper: Letterhead['paperSize'] };

/** A status cell: the word in bold on its colour (the word alone reads in black and white). */
function statusCell(b: StatusBucket): CellContent {
  return [tableLine(b.word, { bold: true, fill: b.fill })];
}

function narrative(data: Ctx, pillarId: string | null, kind: NapNarrativeKind): Block[] {
  const l = NAP_REPORT_LABELS[data.language];
  const text = data.narratives.find((n) => n.pillarId === pillarId && n.kind === kind)?.text;
  if (!text) return [para(l.noNarrative, { italic: true, color: '595959' })];
  return text
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => para(line));
}

function pillarChart(data: Ctx, p: PillarFigures, buckets: StatusBucket[]): Paragraph {
  const l = NAP_REPORT_LABELS[data.language];
  const name = `${p.code} ${p.name}`;
  const counts = (o: PillarFigures['objectives'][number], b: StatusBucket) =>
    o.activities.filter((a) => a.status === b).length;
  const rows = p.objectives.map(
    (o) => `${o.code}: ${buckets.map((b) => `${b.word} ${counts(o, b)}`).join(', ')}`,
  );
  return chartParagraph(
    barChartSvg(
      l.chartTitle(name),
      p.objectives.map((o) => ({ label: `${o.code} ${o.name}`, short: o.code })),
      buckets.map((b) => ({
        name: b.word,
        color: `#${chartColour(b.fill)}`,
        values: p.objectives.map((o) => counts(o, b)),
      })),
    ),
    l.chartAlt(name, rows),
  );
}

/** Darker tones of the cell fills, for bars. */
function chartColour(fill: string): string {
  return (
    { C6EFCE: '548235', FFEB9C: 'BF8F00', FFC7CE: 'C00000', BDD7EE: '2F5496', E7E6E6: '7F7F7F' }[
      fill
    ] ?? '595959'
  );
}

function activityTable(data: Ctx, rows: ActivityRow[]): Table {
  const l = NAP_REPORT_LABELS[data.language];
  return table(
    data.paper,
    [
      { header: l.code, width: 11 },
      { header: l.activity, width: 25 },
      { header: `${l.lead} / ${l.timeframe}`, width: 20 },
      { header: l.status, width: 18 },
      { header: l.progressThisPeriod, width: 26 },
    ],
    rows.map((r) => [
      r.code,
      r.text,
      [r.lead, r.timeframe].filter(Boolean).join('\n'),
      statusCell(r.status),
      r.progress ?? l.noData,
    ]),
  );
}

function indicatorTable(data: Ctx, rows: IndicatorRow[]): Table {
  const l = NAP_REPORT_LABELS[data.language];
  const lang = data.language;
  return table(
    data.paper,
    [
      { header: l.code, width: 11 },
      { header: l.indicator, width: 19 },
      { header: l.baseline, width: 15 },
      { header: l.target, width: 13 },
      { header: l.valueThisPeriod, width: 13 },
      { header: l.progress, width: 14 },
      { header: l.source, width: 15 },
    ],
    rows.map((r) => [
      r.code,
      `${r.name}${r.unit ? ` (${r.unit})` : ''}${r.decreasing ? ` — ↓ ${l.lowerIsBetter}` : ''}`,
      r.baseline,
      r.target,
      r.value === null ? l.noData : numberText(r.value, lang, 2),
      r.percent === null ? '—' : percentText(r.percent, lang),
      r.source,
    ]),
  );
}

function pillarSection(
  data: Ctx,
  p: PillarFigures,
  buckets: StatusBucket[],
  l: NapReportLabels,
): Block[] {
  const out: Block[] = [
    heading(`${p.code} ${p.name}`, 2),
    pillarChart(data, p, buckets),
    ...pillarTrainingLine(data.trainings, p.id, data.language, l),
  ];
  for (const o of p.objectives) {
    out.push(heading(`${o.code} ${o.name}`, 3));
    if (o.activities.length > 0) out.push(activityTable(data, o.activities), spacer());
    else out.push(para(l.noActivities, { italic: true }));
    if (o.indicators.length > 0) out.push(indicatorTable(data, o.indicators), spacer());
    else out.push(para(l.noIndicators, { italic: true }));
  }
  for (const kind of ['achievements', 'challenges', 'recommendations'] as const) {
    out.push(para(l[kind], { bold: true }), ...narrative(data, p.id, kind));
  }
  return out;
}

function overdueSection(data: Ctx, rows: ActivityRow[], l: NapReportLabels): Block[] {
  const late = rows.filter((r) => r.overdue || r.atRisk);
  if (late.length === 0) return [heading(l.overdueAtRisk, 1), para(l.noOverdue, { italic: true })];
  return [
    heading(l.overdueAtRisk, 1),
    table(
      data.paper,
      [
        { header: l.code, width: 12 },
        { header: l.activity, width: 25 },
        { header: l.lead, width: 16 },
        { header: l.status, width: 15 },
        { header: l.end, width: 12 },
        { header: l.reason, width: 20 },
      ],
      late.map((r) => [
        r.code,
        r.text,
        r.lead,
        statusCell(r.status),
        r.end,
        r.reason || l.noReason,
      ]),
    ),
    spacer(),
  ];
}

function budgetSection(data: Ctx, rows: ActivityRow[], l: NapReportLabels): Block[] {
  const lang = data.language;
  const t = data.summary.totals;
  if (!data.options.includeBudget || (t.budgetPlanned === 0 && t.budgetExecuted === 0)) return [];
  const money = (n: number) => numberText(n, lang, 2);
  return [
    heading(l.budgetTitle, 1),
    table(
      data.paper,
      [
        { header: l.pillar, width: 50 },
        { header: l.planned, width: 25 },
        { header: l.executed, width: 25 },
      ],
      [
        ...data.summary.pillars.map((p) => [
          `${p.code} ${p.name}`,
          money(p.budgetPlanned),
          money(p.budgetExecuted),
        ]),
        [l.total, money(t.budgetPlanned), money(t.budgetExecuted)],
      ],
    ),
    spacer(),
    table(
      data.paper,
      [
        { header: l.fundingSource, width: 50 },
        { header: l.planned, width: 25 },
        { header: l.executed, width: 25 },
      ],
      budgetBySource(rows, l.unspecified).map(([source, b]) => [
        source,
        money(b.planned),
        money(b.executed),
      ]),
    ),
    spacer(),
  ];
}

function agencies(data: Ctx) {
  const all = new Map<string, { name: string; acronym: string; lead: boolean; support: boolean }>();
  for (const a of data.plan.pillars.flatMap((p) => p.objectives.flatMap((o) => o.activities))) {
    for (const [list, role] of [
      [a.leadAgencies, 'lead'],
      [a.supportingAgencies, 'support'],
    ] as const) {
      for (const g of list) {
        const e = all.get(g.id) ?? {
          name: g.name,
          acronym: g.acronym,
          lead: false,
          support: false,
        };
        e[role] = true;
        all.set(g.id, e);
      }
    }
  }
  return [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function matrixTable(data: Ctx, rows: ActivityRow[], l: NapReportLabels): Table {
  return table(
    data.paper,
    [
      { header: l.code, width: 7 },
      { header: l.objective, width: 20 },
      { header: l.activity, width: 24 },
      { header: l.lead, width: 11 },
      { header: l.supporting, width: 11 },
      { header: l.timeframe, width: 11 },
      { header: l.planned, width: 9 },
      { header: l.status, width: 9 },
    ],
    rows.map((r) => [
      r.code,
      r.objective,
      r.text,
      r.lead,
      r.supporting,
      r.timeframe,
      r.budget === null ? '' : numberText(r.budget, data.language, 2),
      statusCell(r.status),
    ]),
    [],
    false,
    landscapeTextWidth(data.paper),
  );
}

export function buildNapReport(
  input: NapReportData,
  letterhead: Letterhead,
  o: { author: string; now: Date },
  progress?: BuildProgress,
): Promise<Buffer> {
  const data: Ctx = { ...input, paper: letterhead.paperSize };
  const l = NAP_REPORT_LABELS[data.language];
  const lang = data.language;
  const { buckets, pillars } = reportFigures(data);
  const steps = pillars.length + 3;
  progress?.(0, steps);
  const allRows = pillars.flatMap((p) => p.objectives.flatMap((x) => x.activities));
  const cover: Block[] = [
    ...title(data.plan.title, l.report),
    ...facts(
      [
        [
          l.periodCovered,
          `${data.span.label} (${formatDate(data.span.start, lang)} – ${formatDate(data.span.end, lang)})`,
        ],
        [l.cutOff, formatLongDate(data.cutOff, lang)],
        [l.version, data.final ? l.final : l.draft],
        [l.adoptedBy, data.plan.adoptingAct],
      ],
      labelsFor(lang).colon,
    ),
    spacer(),
    para(l.contents, { bold: true, color: '1F3864' }),
    new TableOfContents(l.contents, {
      hyperlink: true,
      headingStyleRange: '1-3',
    }) as unknown as Paragraph,
  ];
  const body: Block[] = [
    heading(l.executiveSummary, 1),
    table(
      data.paper,
      [
        { header: l.figure, width: 55 },
        { header: l.value, width: 45 },
      ],
      headlines(data, buckets),
      [],
      true,
    ),
    spacer(),
    ...narrative(data, null, 'executive'),
    heading(l.method, 1),
    heading(l.agenciesReported, 2),
    para(data.reported.map((a) => `${a.name} (${a.acronym})`).join('; ') || l.none),
    heading(l.agenciesSilent, 2),
    para(data.silent.map((a) => `${a.name} (${a.acronym})`).join('; ') || l.none),
    heading(l.statusDefinitions, 2),
    table(
      data.paper,
      [
        { header: l.status, width: 30 },
        { header: l.meaning, width: 70 },
      ],
      buckets.map((b) => [statusCell(b), b.definition]),
    ),
    spacer(),
    heading(l.sources, 2),
    para(data.sources.length > 0 ? `${l.sourcesIntro} ${data.sources.join('; ')}.` : l.noSources),
    heading(l.byPillar, 1),
  ];
  progress?.(1, steps);
  for (const [i, p] of pillars.entries()) {
    body.push(...pillarSection(data, p, buckets, l));
    progress?.(2 + i, steps);
  }
  body.push(
    ...overdueSection(data, allRows, l),
    ...budgetSection(data, allRows, l),
    ...trainingsSection(data.trainings, pillars, data.span, data.paper, lang, l),
    ...caseStatisticsSection(data.caseStatistics, data.span, data.paper, lang, l),
  );
  const sections: Block[][] = [cover, body];
  const landscape = [false, false];
  if (data.options.includeAnnexes) {
    const list = agencies(data);
    body.push(
      heading(l.annexes, 1),
      heading(l.acronyms, 2),
      table(
        data.paper,
        [
          { header: l.acronym, width: 20 },
          { header: l.agency, width: 80 },
        ],
        list.map((a) => [a.acronym, a.name]),
      ),
      spacer(),
      heading(l.contributing, 2),
      table(
        data.paper,
        [
          { header: l.agency, width: 70 },
          { header: l.role, width: 30 },
        ],
        list.map((a) => [
          a.name,
          [a.lead ? l.leadRole : '', a.support ? l.supportRole : ''].filter(Boolean).join(', '),
        ]),
      ),
    );
    sections.push([heading(l.matrix, 2), matrixTable(data, allRows, l)]);
    landscape.push(true);
  }
  progress?.(steps - 1, steps);
  return renderDocument({
    letterhead,
    language: lang,
    title: `${l.report} — ${data.plan.title}`,
    subject: data.span.label,
    author: o.author,
    createdAt: o.now,
    draft: !data.final,
    sections,
    landscape,
    updateFieldsOnOpen: true,
  });
}
