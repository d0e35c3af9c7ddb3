/**
 * The reporting round of one period: a spreadsheet-like grid to enter every indicator value and
 * activity status, showing what is still missing per agency. Mounted by the NAP page.
 * (Placeholder until the grid lands: renders nothing.)
 */
export interface ReportingRoundProps {
  planId: string;
}

export function ReportingRound(_props: ReportingRoundProps) {
  return null;
}
