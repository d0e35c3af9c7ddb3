/**
 * Validates each mapped spreadsheet row into an agency (and optionally its focal point),
 * collecting every error of the row instead of stopping at the first, and flags rows that
 * duplicate an agency of the workspace or an earlier row (same name or acronym).
 */
import type { ImportField, ImportMapping, ImportRow } from '../../../../shared/contract/agencies';
import { agencyInputSchema, focalPointInputSchema } from '../../../../shared/contract/agencies';
import { DomainError } from '../../../../shared/errors';
import { textKey } from '../../db/sql';
import type { AgencyCreate } from '../agencyCommands';
import { normalisePhone } from '../contactValidation';
import type { FocalPointCreate } from '../focalPointCommands';
import {
  FOCAL_ROLE_WORDS,
  LEVEL_WORDS,
  MEMBERSHIP_WORDS,
  PILLAR_ROLE_WORDS,
  SECTOR_WORDS,
  parseKind,
  parsePillarList,
  parseWord,
} from './importFields';
import type { Table } from './readTable';

export interface ValidatedRow extends ImportRow {
  agency: AgencyCreate | null;
  focalPoint: Omit<FocalPointCreate, 'agencyId'> | null;
}

export interface ExistingKeys {
  names: Map<string, string>;
  acronyms: Map<string, string>;
}

const FOCAL_FIELDS: ImportField[] = [
  'focalPointName',
  'focalPointTitle',
  'focalPointEmail',
  'focalPointPhone',
  'focalPointRole',
  'focalPointLanguages',
  'focalPointStartDate',
];

function mappedValues(cells: string[], mapping: ImportMapping): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== null && index !== undefined) values[field] = cells[index] ?? '';
  }
  return values;
}

function validateRow(rowNumber: number, v: Record<string, string>, country: string): ValidatedRow {
  const errors: ImportRow['errors'] = [];
  const enumField = <T extends string>(field: string, words: Record<string, T>): T | undefined => {
    const raw = v[field];
    if (!raw) return undefined;
    const parsed = parseWord(raw, words);
    if (!parsed) {
      errors.push({ field, message: `“${raw}” is not a known value.`, code: 'unknownValue' });
    }
    return parsed ?? undefined;
  };

  let kind = parseKind(v.kind ?? '') ?? undefined;
  if (v.kind && !kind)
    errors.push({
      field: 'kind',
      message: `“${v.kind}” is not a known kind of agency.`,
      code: 'unknownValue',
    });
  kind ??= 'other';
  const pillarRoles: Record<string, 'lead' | 'support'> = {};
  for (const pillar of ['prevention', 'protection', 'prosecution', 'partnership'] as const) {
    const role = enumField(pillar, PILLAR_ROLE_WORDS);
    if (role) pillarRoles[pillar] = role;
  }
  // A single "Pillar lead" / "Pillar support" column lists pillars; lead wins over support.
  for (const [field, role] of [
    ['pillarSupport', 'support'],
    ['pillarLead', 'lead'],
  ] as const) {
    const raw = v[field];
    if (!raw) continue;
    const { pillars, unknown } = parsePillarList(raw);
    if (unknown.length > 0) {
      errors.push({
        field,
        message: `“${unknown.join(', ')}” is not a known pillar.`,
        code: 'unknownValue',
      });
    }
    for (const pillar of pillars) {
      if (role === 'lead' || pillarRoles[pillar] !== 'lead') pillarRoles[pillar] = role;
    }
  }
  const candidate = {
    name: v.name ?? '',
    acronym: v.acronym ?? '',
    kind,
    sector: enumField('sector', SECTOR_WORDS),
    level: enumField('level', LEVEL_WORDS),
    country: v.country ?? '',
    membershipStatus: enumField('membershipStatus', MEMBERSHIP_WORDS),
    rolesText: v.rolesText ?? '',
    notes: v.notes ?? '',
    pillarRoles,
  };
  const agency = agencyInputSchema.safeParse(candidate);
  if (!agency.success) {
    for (const issue of agency.error.issues) {
      errors.push({
        field: String(issue.path[0] ?? 'row'),
        message: issue.path[0] === 'name' ? 'The name is required.' : issue.message,
        code: issue.path[0] === 'name' ? 'required' : 'invalid',
      });
    }
  }

  let focalPoint: ValidatedRow['focalPoint'] = null;
  if (FOCAL_FIELDS.some((f) => v[f])) {
    let phone = '';
    try {
      phone = normalisePhone(v.focalPointPhone ?? '', country, 'focalPointPhone');
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ field: 'focalPointPhone', message: error.message, code: 'invalid' });
    }
    const parsed = focalPointInputSchema.safeParse({
      agencyId: '00000000-0000-4000-8000-000000000000',
      name: v.focalPointName ?? '',
      title: v.focalPointTitle ?? '',
      email: (v.focalPointEmail ?? '').toLowerCase(),
      role: enumField('focalPointRole', FOCAL_ROLE_WORDS) ?? 'primary',
      languages: (v.focalPointLanguages ?? '').split(/[\s,;/]+/).filter(Boolean),
      startDate: v.focalPointStartDate || null,
    });
    if (parsed.success) {
      const { agencyId: _placeholder, ...rest } = parsed.data;
      focalPoint = { ...rest, phone };
    } else {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'name');
        const field = `focalPoint${key.charAt(0).toUpperCase()}${key.slice(1)}`;
        errors.push({
          field,
          message: key === 'name' ? 'The focal point needs a name.' : issue.message,
          code: key === 'name' ? 'required' : 'invalid',
        });
      }
    }
  }
  return {
    rowNumber,
    values: v,
    errors,
    duplicateOf: null,
    agency: errors.length === 0 && agency.success ? agency.data : null,
    focalPoint: errors.length === 0 ? focalPoint : null,
  };
}

/** A corrected cell: replaces the file's value of one field of one row. */
export interface CellEdit {
  rowNumber: number;
  field: ImportField;
  value: string;
}

export function validateRows(
  table: Table,
  mapping: ImportMapping,
  existing: ExistingKeys,
  country: string,
  edits: CellEdit[] = [],
): ValidatedRow[] {
  const editsByRow = new Map<number, CellEdit[]>();
  for (const edit of edits) {
    editsByRow.set(edit.rowNumber, [...(editsByRow.get(edit.rowNumber) ?? []), edit]);
  }
  const seenNames = new Map<string, { rowNumber: number; name: string }>();
  const seenAcronyms = new Map<string, { rowNumber: number; name: string }>();
  return table.rows.map(({ rowNumber, cells }) => {
    const values = mappedValues(cells, mapping);
    // An edit of a field the mapping does not import has nowhere to go: it is ignored.
    for (const edit of editsByRow.get(rowNumber) ?? []) {
      if (edit.field in values) values[edit.field] = edit.value.trim();
    }
    const row = validateRow(rowNumber, values, country);
    const name = row.values.name ?? '';
    const nameKey = textKey(name);
    const acronymKey = textKey(row.values.acronym ?? '');
    if (name.trim() && !nameKey) {
      row.errors.push({
        field: 'name',
        message: 'The name needs letters or digits.',
        code: 'invalid',
      });
      row.agency = null;
    }
    const inWorkspace =
      existing.names.get(nameKey) ?? (acronymKey ? existing.acronyms.get(acronymKey) : undefined);
    const earlier =
      seenNames.get(nameKey) ?? (acronymKey ? seenAcronyms.get(acronymKey) : undefined);
    if (nameKey && inWorkspace) row.duplicateOf = { source: 'workspace', name: inWorkspace };
    else if (nameKey && earlier) {
      row.duplicateOf = { source: 'file', name: earlier.name, rowNumber: earlier.rowNumber };
    }
    if (nameKey && !seenNames.has(nameKey)) seenNames.set(nameKey, { rowNumber, name });
    if (acronymKey && !seenAcronyms.has(acronymKey))
      seenAcronyms.set(acronymKey, { rowNumber, name });
    return row;
  });
}
