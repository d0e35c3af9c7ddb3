/**
 * Produce the NAP progress report (Word, with its Excel annex) for a plan and period.
 * Mounted in the NAP page header. (Placeholder until the report lands: renders nothing.)
 */
export interface NapReportButtonProps {
  planId: string;
}

export function NapReportButton(_props: NapReportButtonProps) {
  return null;
}
