/**
 * The import's error report: the rows the import skips (errors, and duplicates when they are
 * skipped) with their row number, the file's columns and the reason in the UI language, as a
 * CSV built from the preview (nothing is asked of the core).
 */
import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import {
  IMPORT_FIELDS,
  type ImportPreview,
  type ImportRow,
} from '../../../../../shared/contract/agencies';
import { isOneOf } from '../../../app/agencies/agencyVocabulary';

/** The reason of one error, in the UI language (the core's English message as a fallback). */
export function errorReason(t: TFunction, row: ImportRow, error: ImportRow['errors'][number]) {
  const field = isOneOf(IMPORT_FIELDS, error.field)
    ? t(`vocab.importFields.${error.field}`)
    : error.field;
  const message = error.code
    ? t(`import.reasons.${error.code}`, { value: row.values[error.field] ?? '' })
    : error.message;
  return t('import.rowError', { field, message });
}

export function duplicateReason(t: TFunction, duplicateOf: NonNullable<ImportRow['duplicateOf']>) {
  return duplicateOf.source === 'workspace'
    ? t('import.status.duplicateWorkspace', { name: duplicateOf.name })
    : t('import.status.duplicateFile', {
        name: duplicateOf.name,
        row: duplicateOf.rowNumber ?? '?',
      });
}

/** The rows the commit leaves out: rows with errors, and duplicates (skipped or refused). */
export function skippedRows(preview: ImportPreview): ImportRow[] {
  return preview.rows.filter((row) => row.errors.length > 0 || row.duplicateOf);
}

export function errorReportCsv(t: TFunction, preview: ImportPreview): string {
  // The mapped columns, in the file's order, under the file's own headers.
  const mapped = IMPORT_FIELDS.flatMap((field) => {
    const index = preview.mapping[field];
    return index === null || index === undefined ? [] : [{ field, index }];
  }).sort((a, b) => a.index - b.index);
  const header = [
    t('import.report.row'),
    ...mapped.map(
      ({ index }) => preview.columns[index] || t('import.unnamedColumn', { number: index + 1 }),
    ),
    t('import.report.reason'),
  ];
  const body = skippedRows(preview).map((row) => [
    String(row.rowNumber),
    ...mapped.map(({ field }) => row.values[field] ?? ''),
    row.errors.length > 0
      ? row.errors.map((error) => errorReason(t, row, error)).join('; ')
      : duplicateReason(t, row.duplicateOf!),
  ]);
  // A formula-looking cell is kept as text, so a spreadsheet does not run it.
  return Papa.unparse([header, ...body], { escapeFormulae: /^[=@\t\r]/, newline: '\r\n' });
}
