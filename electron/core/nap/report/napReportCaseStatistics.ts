/**
 * The "Case statistics" section of the NAP progress report: the k-anonymised victim counts of
 * the period (cases:statistics), one table per dimension with its categories in the document
 * language, suppressed values printed as a word and never as a number, and under each table
 * k and how many values were generalised or suppressed.
 */
import { Paragraph, TextRun, type Table } from 'docx';
import type { CaseStatistics, StatisticTable } from '../../../../shared/contract/cases';
import type { AgeBand, CaseStage, ExploitationForm, Sex } from '../../../../shared/domain/cases';
import type { Language } from '../../../../shared/domain/languages';
import { placeName } from '../../../../shared/domain/places';
import { UNKNOWN_NATIONALITY, type AgeGroup } from '../../cases/statistics/kAnonymity';
import { caseLabels } from '../../exports/caseLabels';
import { heading, para, table, type Letterhead } from '../../exports/kit/documentKit';
import { formatMonth } from '../../exports/kit/labels';
import type { NapReportLabels } from './napReportLabels';

type Block = Paragraph | Table;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/**
 * The category of a cell in the document language: "Female · 18–24", "Female · Adult
 * (generalised)", "Africa (generalised)". Sex and age are two fields side by side, as in the
 * app, so that no language has to make the age agree with the sex.
 */
export function statisticCellLabel(
  table: StatisticTable,
  cell: StatisticTable['cells'][number],
  language: Language,
): string {
  const c = caseLabels(language);
  const [first = '', second = ''] = cell.parts;
  let label: string;
  switch (table.dimension) {
    case 'sex_age': {
      const age =
        second === 'unknown'
          ? `${c.age} ${lowerFirst(c.ages.unknown)}`
          : c.ages[second as AgeBand | AgeGroup];
      label = `${c.sexes[first as Sex]} · ${age}`;
      break;
    }
    case 'exploitation':
      label = c.forms[first as ExploitationForm];
      break;
    case 'stage':
      label = c.stages[first as CaseStage];
      break;
    case 'nationality_region':
      label = first === UNKNOWN_NATIONALITY ? c.unknown : placeName(first, language);
      break;
  }
  return cell.generalised ? `${label} (${c.generalised})` : label;
}

function statisticTable(
  stats: CaseStatistics,
  t: StatisticTable,
  paper: Letterhead['paperSize'],
  language: Language,
  l: NapReportLabels,
): Block[] {
  return [
    heading(l.statisticDimensions[t.dimension], 2),
    table(
      paper,
      [
        { header: l.category, width: 70 },
        { header: caseLabels(language).victims, width: 30 },
      ],
      t.cells.map((cell) => [
        statisticCellLabel(t, cell, language),
        cell.count === null ? l.suppressedCell : String(cell.count),
      ]),
      [],
      true,
    ),
    // The table's note, close under it and set apart from the next heading.
    new Paragraph({
      spacing: { before: 60, after: 240 },
      children: [
        new TextRun({
          text: l.statisticsNote(
            stats.k,
            t.generalisedCells,
            t.suppressedCells,
            t.suppressedVictims,
          ),
          italics: true,
          color: '595959',
          size: 18,
        }),
      ],
    }),
  ];
}

/** The section, or nothing when the statistics were not asked for. */
export function caseStatisticsSection(
  stats: CaseStatistics | null,
  span: { start: string; end: string },
  paper: Letterhead['paperSize'],
  language: Language,
  l: NapReportLabels,
): Block[] {
  if (!stats) return [];
  const from = formatMonth(stats.from ?? span.start, language);
  const to = formatMonth(stats.to ?? span.end, language);
  if (stats.caseCount === 0) {
    return [heading(l.caseStatistics, 1), para(l.noCaseStatistics(from, to), { italic: true })];
  }
  return [
    heading(l.caseStatistics, 1),
    para(l.caseStatisticsIntro(from, to, stats.caseCount, stats.victimCount, stats.k)),
    ...stats.tables
      .filter((t) => t.cells.length > 0)
      .flatMap((t) => statisticTable(stats, t, paper, language, l)),
  ];
}
