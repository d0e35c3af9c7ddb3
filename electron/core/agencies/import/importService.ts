/**
 * Import of agencies and focal points: preview (parse, map, validate, flag duplicates —
 * nothing written) and commit (the same checks again, then every row in one transaction:
 * all or nothing).
 */
import type { ImportMapping, ImportPreview } from '../../../../shared/contract/agencies';
import { DomainError } from '../../../../shared/errors';
import { AgencyEntity } from '../../db/entities/agencies';
import type { ReadableDB, WritableDB } from '../../db/sql';
import { createAgency } from '../agencyCommands';
import { createFocalPoint, type FocalPointContext } from '../focalPointCommands';
import { suggestMapping } from './importFields';
import { validateRows, type CellEdit, type ExistingKeys, type ValidatedRow } from './importRows';
import { readTable } from './readTable';

export interface ImportRequest {
  fileName: string;
  contentBase64: string;
  sheet?: string;
  mapping?: ImportMapping;
  edits?: CellEdit[];
}

async function existingKeys(db: ReadableDB): Promise<ExistingKeys> {
  const all = await db
    .getRepository(AgencyEntity)
    .find({ select: { name: true, nameKey: true, acronymKey: true } });
  return {
    names: new Map(all.map((a) => [a.nameKey, a.name])),
    acronyms: new Map(all.filter((a) => a.acronymKey).map((a) => [a.acronymKey, a.name])),
  };
}

async function analyse(
  db: ReadableDB,
  request: ImportRequest,
  country: string,
  requireNameColumn: boolean,
) {
  const table = await readTable(request.fileName, request.contentBase64, request.sheet);
  const mapping = request.mapping ?? suggestMapping(table.columns);
  for (const index of Object.values(mapping)) {
    if (index !== null && index !== undefined && index >= table.columns.length) {
      throw new DomainError(
        'VALIDATION',
        'The column mapping refers to a column the file does not have.',
        {
          field: 'mapping',
        },
      );
    }
  }
  if (requireNameColumn && (mapping.name === null || mapping.name === undefined)) {
    throw new DomainError('VALIDATION', 'Choose the column that holds the agency names.', {
      field: 'mapping.name',
    });
  }
  return {
    table,
    mapping,
    validated: validateRows(table, mapping, await existingKeys(db), country, request.edits),
  };
}

export async function previewImport(
  db: ReadableDB,
  request: ImportRequest,
  country: string,
): Promise<ImportPreview> {
  // Without a name column every row reports the missing name: the user maps it next.
  const { table, mapping, validated } = await analyse(db, request, country, false);
  return {
    format: table.format,
    sheets: table.sheets,
    sheet: table.sheet,
    columns: table.columns,
    mapping,
    rows: validated.map(({ agency: _a, focalPoint: _f, ...row }) => row),
    summary: summarise(validated),
  };
}

function summarise(validated: ValidatedRow[]): ImportPreview['summary'] {
  const withErrors = validated.filter((r) => r.errors.length > 0).length;
  const duplicates = validated.filter((r) => r.duplicateOf).length;
  return {
    rows: validated.length,
    withErrors,
    duplicates,
    valid: validated.filter((r) => r.errors.length === 0 && !r.duplicateOf).length,
    focalPoints: validated.filter((r) => r.focalPoint && !r.duplicateOf).length,
  };
}

export async function commitImport(
  db: WritableDB,
  request: ImportRequest & {
    mapping: ImportMapping;
    duplicates: 'skip' | 'refuse';
    rowNumbers?: number[];
  },
  ctx: FocalPointContext,
) {
  const { validated: all } = await analyse(db, request, ctx.country, true);
  // The renderer may leave rows out (skipped in the preview); the chosen ones are all checked.
  const chosen = request.rowNumbers ? new Set(request.rowNumbers) : null;
  const validated = chosen ? all.filter((r) => chosen.has(r.rowNumber)) : all;
  const left = all.length - validated.length;
  if (chosen && validated.length !== chosen.size) {
    throw new DomainError('VALIDATION', 'The rows to import do not match the file.', {
      field: 'rowNumbers',
    });
  }
  const invalid = validated.filter((r) => r.errors.length > 0);
  if (invalid.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `${invalid.length} row(s) have errors; nothing was imported.`,
      {
        rows: invalid.map((r) => ({ rowNumber: r.rowNumber, errors: r.errors })),
      },
    );
  }
  const duplicates = validated.filter((r) => r.duplicateOf);
  if (duplicates.length > 0 && request.duplicates === 'refuse') {
    throw new DomainError(
      'DUPLICATE',
      `${duplicates.length} row(s) duplicate existing agencies; nothing was imported.`,
      {
        rows: duplicates.map((r) => r.rowNumber),
      },
    );
  }
  let agenciesCreated = 0;
  let focalPointsCreated = 0;
  for (const row of validated) {
    if (row.duplicateOf || !row.agency) continue;
    const agency = await createAgency(db, row.agency, ctx.now);
    agenciesCreated++;
    if (row.focalPoint) {
      await createFocalPoint(db, { ...row.focalPoint, agencyId: agency.id }, ctx);
      focalPointsCreated++;
    }
  }
  return { agenciesCreated, focalPointsCreated, skipped: duplicates.length + left };
}
