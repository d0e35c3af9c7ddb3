/** The dashboard slice of the contract: read-only, "today" from the core's clock. */
import type { dashboardContract } from '../../../shared/contract/dashboard';
import { isoDate } from '../db/sql';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { dashboardSummary } from './dashboardQueries';

export function dashboardHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof dashboardContract> {
  return {
    'dashboard:summary': (input) =>
      workspace.read((db) => dashboardSummary(db, input, isoDate(now()))),
  };
}
