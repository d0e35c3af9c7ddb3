/**
 * Writes a plan back to the matrix ministries keep: the workspace letterhead and the plan
 * title above a header row, one row per indicator, pillar and objective cells merged over
 * their rows. Reading the file back with the importer gives the same plan.
 */
import ExcelJS from 'exceljs';
import type {
  NapActivityDraft,
  NapIndicatorDraft,
  NapPlanDraft,
} from '../../../../shared/contract/nap';
import type { Letterhead } from '../../exports/kit/documentKit';

export const NAP_MATRIX_HEADERS = [
  'Pillar',
  'Objective',
  'Code',
  'Activity',
  'Lead agencies',
  'Supporting agencies',
  'Timeframe',
  'Start',
  'End',
  'Budget',
  'Currency',
  'Funding source',
  'Status',
  'Indicator level',
  'Indicator',
  'Unit',
  'Baseline',
  'Baseline year',
  'Target',
  'Target year',
  'Means of verification',
  'Direction',
  'Aggregation',
];

type Row = (string | number | null)[];

function activityCells(a: NapActivityDraft | null): Row {
  if (!a) return Array<null>(11).fill(null);
  const names = (list: { text: string }[]) => list.map((x) => x.text).join(' / ');
  return [
    a.code,
    a.text,
    names(a.leadAgencies),
    names(a.supportingAgencies),
    a.timeframe,
    a.start,
    a.end,
    a.budgetAmount ?? (a.budgetText || null),
    a.currency,
    a.fundingSource,
    a.status,
  ];
}

/** An indicator's own fields in matrix (and table) column order, after its level. */
export function indicatorFields(
  i: Omit<NapIndicatorDraft, 'isPercentage' | 'rowNumber'>,
): (string | number | null)[] {
  return [
    i.name,
    i.unit,
    i.baselineValue,
    i.baselineYear,
    i.targetValue,
    i.targetYear,
    i.meansOfVerification,
    i.direction,
    i.aggregation,
  ];
}

function indicatorCells(i: NapIndicatorDraft | null, level: string): Row {
  if (!i) return Array<null>(10).fill(null);
  return [level, ...indicatorFields(i)];
}

/** The matrix rows of a plan, and the row spans of each pillar and objective. */
function planRows(plan: NapPlanDraft) {
  const rows: Row[] = [];
  const spans: { column: number; from: number; to: number }[] = [];
  for (const pillar of plan.pillars) {
    const pillarFrom = rows.length;
    const pillarCell = `${pillar.code}. ${pillar.name}`;
    if (pillar.objectives.length === 0) rows.push([pillarCell]);
    for (const objective of pillar.objectives) {
      const objectiveFrom = rows.length;
      const lead = [pillarCell, `${objective.code} ${objective.name}`];
      for (const indicator of objective.indicators) {
        rows.push([...lead, ...activityCells(null), ...indicatorCells(indicator, 'Objective')]);
      }
      for (const activity of objective.activities) {
        const indicators = activity.indicators.length > 0 ? activity.indicators : [null];
        indicators.forEach((indicator, i) => {
          const cells = i === 0 ? activityCells(activity) : activityCells(null);
          rows.push([...lead, ...cells, ...indicatorCells(indicator, 'Activity')]);
        });
      }
      if (rows.length === objectiveFrom) rows.push(lead);
      spans.push({ column: 2, from: objectiveFrom, to: rows.length - 1 });
    }
    spans.push({ column: 1, from: pillarFrom, to: rows.length - 1 });
  }
  return { rows, spans };
}

export async function buildNapMatrixXlsx(
  plan: NapPlanDraft,
  letterhead: Pick<Letterhead, 'taskForceName' | 'letterheadText' | 'classificationMarking'>,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('NAP matrix');
  const title = [
    letterhead.taskForceName,
    ...letterhead.letterheadText.split('\n'),
    letterhead.classificationMarking,
  ].filter((line) => line.trim() !== '');
  for (const line of title) sheet.addRow([line]).font = { bold: true };
  sheet.addRow([plan.title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow(NAP_MATRIX_HEADERS);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  const first = header.number + 1;
  const { rows, spans } = planRows(plan);
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  for (const { column, from, to } of spans) {
    if (to > from) sheet.mergeCells(first + from, column, first + to, column);
  }
  NAP_MATRIX_HEADERS.forEach((_, i) => (sheet.getColumn(i + 1).width = i < 4 ? 36 : 16));
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
