/**
 * Builds one activity from the first matrix row that names it: lead and supporting agencies
 * matched to the register, timeframe as written plus its dates, budget, funding and status.
 */
import type { NapActivityDraft, NapRowError } from '../../../../shared/contract/nap';
import type { AgencyMatcher } from './napAgencies';
import { splitAgencies } from './napAgencies';
import type { RowReader } from './napIndicators';
import { readNumber } from './napNumbers';
import { readTimeframe } from './napTimeframe';
import { readStatus } from './napWords';

function agenciesOf(text: string, matcher: AgencyMatcher) {
  return splitAgencies(text).map((name) => {
    const match = matcher.match(name);
    return { text: name, agencyId: match.agencyId };
  });
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function buildActivity(
  get: RowReader,
  rowNumber: number,
  text: string,
  code: string,
  agencies: AgencyMatcher,
  defaultCurrency = '',
): NapActivityDraft {
  const errors: NapRowError[] = [];
  const warnings: NapRowError[] = [];
  if (!text) errors.push({ rowNumber, field: 'activity', message: 'The activity has no text.' });
  const leadAgencies = agenciesOf(get('lead').text, agencies);
  if (leadAgencies.length === 0) {
    errors.push({ rowNumber, field: 'lead', message: 'The activity has no lead agency.' });
  }
  const supportingAgencies = agenciesOf(get('support').text, agencies);

  const timeCell = get('timeframe');
  const startCell = get('start');
  const endCell = get('end');
  let timeframe = oneLine(timeCell.text);
  let { start, end } = readTimeframe(timeCell);
  if (startCell.text || endCell.text) {
    start = readTimeframe(startCell).start ?? start;
    end = readTimeframe(endCell).end ?? end;
    if (!timeframe) timeframe = [startCell.text, endCell.text].filter(Boolean).join(' – ');
  }

  const budgetCell = get('budget');
  const budget = readNumber(budgetCell);
  let budgetAmount: number | null = null;
  let currency = get('currency').text.toUpperCase();
  let budgetText = '';
  if (budget === 'invalid') {
    budgetText = oneLine(budgetCell.text);
    warnings.push({ rowNumber, field: 'budget', message: `“${budgetText}” is not an amount.` });
  } else if (budget) {
    budgetAmount = budget.value;
    currency ||= budget.currency || defaultCurrency;
  }

  const status = readStatus(get('status').text);
  if (status === 'unknown') {
    warnings.push({
      rowNumber,
      field: 'status',
      message: `“${get('status').text}” is not a known status.`,
    });
  }
  return {
    code,
    text,
    leadAgencies,
    supportingAgencies,
    timeframe,
    start,
    end,
    budgetAmount,
    currency,
    budgetText,
    fundingSource: oneLine(get('funding').text),
    status: status && status !== 'unknown' ? status : 'not_started',
    indicators: [],
    rowNumber,
    lastRowNumber: rowNumber,
    errors,
    warnings,
  };
}
