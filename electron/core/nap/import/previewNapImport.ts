/**
 * What `nap:importPreview` answers, as a pure function of the file's bytes and the agency
 * register: the sheets, the chosen sheet and header row, the suggested (or given) mapping, the
 * plan draft with every activity in file order and its row errors, and the counts.
 */
import type {
  NapImportPreview,
  NapImportPreviewInput,
  NapMapping,
} from '../../../../shared/contract/nap';
import { NAP_FIELDS } from '../../../../shared/domain/nap';
import { DomainError } from '../../../../shared/errors';
import { textKey } from '../../db/sql';
import { AgencyMatcher, type RegisterAgency } from './napAgencies';
import { readNapWorkbook, type Grid } from './napGrid';
import {
  chooseSheet,
  detectHeaderRow,
  headerTexts,
  headerYear,
  suggestNapMapping,
} from './napHeaders';
import { currencyOf } from './napNumbers';
import { readRows } from './napRows';

function pickGrid(grids: Grid[], sheet: string | undefined): Grid {
  if (!sheet) return chooseSheet(grids);
  const grid = grids.find((g) => g.name === sheet);
  if (!grid) {
    throw new DomainError('VALIDATION', `There is no sheet named “${sheet}”.`, { field: 'sheet' });
  }
  return grid;
}

/** The given mapping over the suggested one; columns out of range are refused. */
function finalMapping(suggested: NapMapping, given: NapMapping | undefined, width: number) {
  const mapping: NapMapping = { ...suggested };
  for (const field of NAP_FIELDS) {
    const index = given?.[field];
    if (index === undefined) continue;
    if (index !== null && index >= width) {
      throw new DomainError('VALIDATION', `Column ${index + 1} does not exist.`, {
        field: `mapping.${field}`,
      });
    }
    mapping[field] = index;
  }
  return mapping;
}

/** The plan's title: the title block's line naming a plan, else its first line, else the file name. */
function titleOf(grid: Grid, headerRow: number, fileName: string): string {
  const lines = grid.rows
    .slice(0, headerRow - 1)
    .map((row) => row.find((c) => c.text)?.text.split('\n')[0] ?? '')
    .filter(Boolean);
  const plan = lines.find((l) => /plan|strat[eé]g|programa?m?e?|action/i.test(l));
  return plan ?? lines[0] ?? fileName.replace(/\.[^.]+$/, '');
}

export async function previewNapImport(
  input: NapImportPreviewInput,
  register: RegisterAgency[],
): Promise<NapImportPreview> {
  const book = await readNapWorkbook(input.fileName, input.dataBase64);
  const grid = pickGrid(book.grids, input.sheet);
  const headerRow = input.headerRow ?? detectHeaderRow(grid).headerRow;
  const { headers, dataFrom } = headerTexts(grid, headerRow);
  const mapping = finalMapping(
    suggestNapMapping(headers, grid.hiddenColumns),
    input.mapping,
    grid.width,
  );
  const yearOf = (field: 'baseline' | 'target') => {
    const index = mapping[field];
    return index === null || index === undefined ? null : headerYear(headers[index] ?? '');
  };
  const matcher = new AgencyMatcher(register);
  const rows = readRows(
    grid.rows,
    dataFrom,
    mapping,
    grid.hiddenColumns,
    { baseline: yearOf('baseline'), target: yearOf('target') },
    matcher,
    currencyOf(mapping.budget == null ? '' : (headers[mapping.budget] ?? '')),
  );
  const activities = rows.activities.map(({ activity, pillar, objective }) => ({
    ...activity,
    pillarCode: pillar.code,
    objectiveCode: objective.code,
  }));
  const rowErrors = [...rows.objectiveErrors, ...activities.flatMap((a) => a.errors)].sort(
    (a, b) => a.rowNumber - b.rowNumber,
  );
  const agencies = matcher.all();
  const missing = new Map<string, string>();
  for (const a of agencies) if (!a.agencyId) missing.set(textKey(a.text), a.text);
  const objectives = rows.pillars.flatMap((p) => p.objectives);
  return {
    format: book.format,
    sheets: book.grids.map((g) => ({ name: g.name, hidden: g.hidden })),
    sheet: book.format === 'xlsx' ? grid.name : null,
    headerRow,
    columns: headers.map((header, index) => ({
      index,
      header,
      hidden: grid.hiddenColumns[index] ?? false,
    })),
    mapping,
    plan: { title: titleOf(grid, headerRow, input.fileName), pillars: rows.pillars },
    activities,
    rowErrors,
    skippedRows: rows.skipped,
    agencies,
    missingAgencies: [...missing.values()],
    counts: {
      pillars: rows.pillars.length,
      objectives: objectives.length,
      activities: activities.length,
      indicators:
        objectives.reduce((n, o) => n + o.indicators.length, 0) +
        activities.reduce((n, a) => n + a.indicators.length, 0),
    },
  };
}
