/**
 * Every document builder by name, so a build can run in a worker thread: the job is a name and
 * plain, structured-cloneable arguments (DTOs, dates); the result is the file's bytes.
 */
import { buildActionTracker } from './actionTrackerDocument';
import { buildActionTrackerSheet } from './actionTrackerSheet';
import { buildAgenda } from './agendaDocument';
import { buildCaseAnnex } from './caseAnnexDocument';
import { buildDecisionRegister } from './decisionRegisterDocument';
import { buildFollowUp } from './followUpDocument';
import { buildMinutes } from './minutesDocument';
import { buildNapReport } from '../nap/report/napReportDocument';
import { buildNapReportSheet } from '../nap/report/napReportSheet';
import { buildUpdateForm } from '../roundTrip/updateFormSheet';
import type { BuildProgress } from './buildProgress';

export const BUILDERS = {
  agenda: buildAgenda,
  minutes: buildMinutes,
  actionTracker: buildActionTracker,
  actionTrackerSheet: buildActionTrackerSheet,
  followUp: buildFollowUp,
  decisionRegister: buildDecisionRegister,
  napProgressReport: buildNapReport,
  napProgressReportSheet: buildNapReportSheet,
  caseAnnex: buildCaseAnnex,
  agencyUpdateForm: buildUpdateForm,
};

export type BuilderName = keyof typeof BUILDERS;
export type BuilderArgs<K extends BuilderName> = Parameters<(typeof BUILDERS)[K]>;

/** Runs a builder with its arguments and an optional progress callback as last argument. */
export function runBuilder<K extends BuilderName>(
  name: K,
  args: BuilderArgs<K>,
  progress?: BuildProgress,
): Promise<Buffer> {
  const build = BUILDERS[name] as (...a: unknown[]) => Promise<Buffer>;
  return build(...(args as unknown[]), progress);
}
