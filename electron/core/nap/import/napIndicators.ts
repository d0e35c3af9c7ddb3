/**
 * Builds one indicator from a matrix row: name, unit, baseline and target (value and year),
 * means of verification, direction, cumulative or periodic, and whether it is a percentage.
 */
import type { NapIndicatorDraft, NapRowError } from '../../../../shared/contract/nap';
import type { NapField } from '../../../../shared/domain/nap';
import type { GridCell } from './napGrid';
import { readNumber, readYear, type NumberReading } from './napNumbers';
import { isPercentName, readAggregation, readDirection } from './napWords';

export type RowReader = (field: NapField) => GridCell;

/** Years the headers carry ("Meta 2027"), used when the cells give none. */
export interface HeaderYears {
  baseline: number | null;
  target: number | null;
}

/** "35 (2023)", "150 en 2023": the year written beside a value. */
function yearBeside(text: string): number | null {
  const m =
    /\((?:\D{0,12})?((?:19|20)\d{2})\)|\b(?:en|in|año|ano|year|annee|année)\s+((?:19|20)\d{2})\b/iu.exec(
      text,
    );
  const year = m?.[1] ?? m?.[2];
  return year ? Number(year) : null;
}

/** The value part of "35 (2023)": the text with the bracketed year removed. */
function valueCell(cell: GridCell): GridCell {
  if (cell.value !== null) return cell;
  return { ...cell, text: cell.text.replace(/\((?:\D{0,12})?(?:19|20)\d{2}\)/u, '').trim() };
}

function yearOf(cell: GridCell, valueText: string, fallback: number | null): number | null {
  if (cell.text) return readYear(cell);
  return yearBeside(valueText) ?? fallback;
}

/** True when the row says anything about an indicator. */
export function hasIndicator(get: RowReader): boolean {
  return ['indicator', 'baseline', 'target', 'unit', 'verification'].some(
    (f) => get(f as NapField).text !== '',
  );
}

export function buildIndicator(
  get: RowReader,
  rowNumber: number,
  years: HeaderYears,
  errors: NapRowError[],
): NapIndicatorDraft {
  const name = get('indicator').text.replace(/\s*\n\s*/g, ' ');
  if (!name) errors.push({ rowNumber, field: 'indicator', message: 'The indicator has no name.' });
  const read = (field: 'baseline' | 'target'): NumberReading => {
    const reading = readNumber(valueCell(get(field)));
    if (reading === 'invalid') {
      errors.push({
        rowNumber,
        field,
        message: `“${get(field).text}” is not a number (${field}).`,
      });
    }
    return reading;
  };
  const baseline = read('baseline');
  const target = read('target');
  const num = (r: NumberReading) => (r && r !== 'invalid' ? r.value : null);
  const percentRead = [baseline, target].some((r) => r && r !== 'invalid' && r.percent);
  let unit = get('unit').text;
  if (!unit && percentRead) unit = '%';
  const currency = [baseline, target].find((r) => r && r !== 'invalid' && r.currency);
  if (!unit && currency && currency !== 'invalid') unit = currency.currency;
  const baselineValue = num(baseline);
  const targetValue = num(target);
  return {
    name,
    unit,
    baselineValue,
    baselineYear: yearOf(get('baselineYear'), get('baseline').text, years.baseline),
    targetValue,
    targetYear: yearOf(get('targetYear'), get('target').text, years.target),
    meansOfVerification: get('verification').text,
    direction: readDirection(get('direction').text, name, baselineValue, targetValue),
    aggregation: readAggregation(get('aggregation').text, name),
    isPercentage: percentRead || unit.includes('%') || isPercentName(name),
    rowNumber,
  };
}
