/**
 * The Excel annex of the NAP progress report: the same figures as the Word report (headline
 * figures from nap:summary, every activity, every indicator, budget per pillar and funding
 * source), one sheet each, header rows frozen with an autofilter.
 */
import ExcelJS from 'exceljs';
import type { BuildProgress } from '../../exports/buildProgress';
import type { Letterhead } from '../../exports/kit/documentKit';
import type { NapReportData } from './napReportData';
import { budgetBySource, headlines, reportFigures } from './napReportFigures';
import { NAP_REPORT_LABELS } from './napReportLabels';

const HEADER_FILL = 'FF1F3864';

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
  rows: ExcelJS.CellValue[][],
): void {
  const sheet = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const head = sheet.getRow(1);
  head.font = { name: 'Calibri', bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  for (const r of rows) sheet.addRow(r);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function buildNapReportSheet(
  data: NapReportData,
  letterhead: Letterhead,
  o: { author: string; now: Date },
  progress?: BuildProgress,
): Promise<Buffer> {
  const l = NAP_REPORT_LABELS[data.language];
  const { buckets, pillars } = reportFigures(data);
  progress?.(0, 2);
  const book = new ExcelJS.Workbook();
  book.creator = o.author;
  book.created = o.now;
  book.title = `${l.report} — ${data.plan.title} — ${data.span.label}`;
  book.company = letterhead.taskForceName;
  addSheet(
    book,
    l.summarySheet,
    [
      { header: l.figure, width: 45 },
      { header: l.value, width: 60 },
    ],
    [
      [l.periodCovered, data.span.label],
      [l.cutOff, data.cutOff],
      [l.version, data.final ? l.final : l.draft],
      ...headlines(data, buckets),
    ],
  );
  const rows = pillars.flatMap((p) => p.objectives.flatMap((x) => x.activities));
  addSheet(
    book,
    l.activities,
    [
      { header: l.pillar, width: 24 },
      { header: l.objective, width: 30 },
      { header: l.code, width: 10 },
      { header: l.activity, width: 50 },
      { header: l.lead, width: 20 },
      { header: l.supporting, width: 20 },
      { header: l.timeframe, width: 18 },
      { header: l.status, width: 16 },
      { header: l.progressThisPeriod, width: 50 },
      { header: l.reason, width: 30 },
      { header: l.planned, width: 14 },
      { header: l.executed, width: 14 },
      { header: l.fundingSource, width: 20 },
    ],
    rows.map((r) => [
      r.pillar,
      r.objective,
      r.code,
      r.text,
      r.lead,
      r.supporting,
      r.timeframe,
      r.status.word,
      r.progress ?? l.noData,
      r.reason,
      r.budget,
      r.executed,
      r.fundingSource,
    ]),
  );
  addSheet(
    book,
    l.indicators,
    [
      { header: l.code, width: 10 },
      { header: l.indicator, width: 50 },
      { header: l.baseline, width: 16 },
      { header: l.target, width: 16 },
      { header: l.valueThisPeriod, width: 16 },
      { header: l.progress, width: 12 },
      { header: l.source, width: 30 },
    ],
    pillars.flatMap((p) =>
      p.objectives.flatMap((x) =>
        x.indicators.map((i) => [
          i.code,
          `${i.name}${i.decreasing ? ` (↓ ${l.lowerIsBetter})` : ''}`,
          i.baseline,
          i.target,
          i.value ?? l.noData,
          i.percent === null ? null : Math.round(i.percent * 10) / 10,
          i.source,
        ]),
      ),
    ),
  );
  progress?.(1, 2);
  if (data.options.includeBudget) {
    addSheet(
      book,
      l.budgetSheet,
      [
        { header: `${l.pillar} / ${l.fundingSource}`, width: 40 },
        { header: l.planned, width: 16 },
        { header: l.executed, width: 16 },
      ],
      [
        ...data.summary.pillars.map((p) => [
          `${p.code} ${p.name}`,
          p.budgetPlanned,
          p.budgetExecuted,
        ]),
        [l.total, data.summary.totals.budgetPlanned, data.summary.totals.budgetExecuted],
        ...budgetBySource(rows, l.unspecified).map(([s, b]) => [s, b.planned, b.executed]),
      ],
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
