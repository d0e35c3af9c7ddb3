/** The dashboard slice of the contract: read-only, "today" from the core's clock. */
import type { dashboardContract } from '../../../shared/contract/dashboard';
import { agreementsDueForReview } from '../agreements/agreementQueries';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { dashboardSummary, UPCOMING_LIMIT } from './dashboardQueries';
import { dashboardSetup } from './setupQueries';

export function dashboardHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof dashboardContract> {
  return {
    'dashboard:summary': (input) =>
      workspace.read(async (db) => {
        const today = workspace.dayOf(now());
        return {
          ...(await dashboardSummary(db, input, today)),
          agreementsDue: await agreementsDueForReview(db, today, UPCOMING_LIMIT, input.bodyId),
        };
      }),
    'dashboard:setup': () => workspace.read((db) => dashboardSetup(db)),
  };
}
