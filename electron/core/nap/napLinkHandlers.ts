/** The napLinks slice of the contract: reads only, on the open workspace and the core's clock. */
import type { napLinksContract } from '../../../shared/contract/napLinks';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { activityLinks, meetingProgress } from './napLinks';

export function napLinkHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof napLinksContract> {
  return {
    'nap:activityLinks': ({ activityId }) =>
      workspace.read((db) => activityLinks(db, activityId, workspace.dayOf(now()))),
    'nap:meetingProgress': ({ meetingId }) =>
      workspace.read((db) => meetingProgress(db, meetingId)),
  };
}
