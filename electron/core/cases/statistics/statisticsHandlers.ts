/** The statistics slice of the case contract: k from the workspace settings. */
import type { caseStatisticsContract } from '../../../../shared/contract/cases';
import type { HandlerSlice } from '../../handlers';
import type { WorkspaceService } from '../../workspace/workspaceService';
import { caseStatistics } from './statisticsQueries';

export function caseStatisticsHandlers(
  workspace: WorkspaceService,
): HandlerSlice<keyof typeof caseStatisticsContract> {
  return {
    'cases:statistics': (input) =>
      workspace.read((db) => caseStatistics(db, input, workspace.currentSettings().kAnonymity)),
  };
}
