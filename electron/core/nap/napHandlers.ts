/** The NAP slice of the contract, bound to the open workspace and the core's clock. */
import type { napContract } from '../../../shared/contract/nap';
import { DomainError } from '../../../shared/errors';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';

const notYet = (): never => {
  throw new DomainError('INTERNAL', 'The NAP module is being built.');
};

export function napHandlers(
  _workspace: WorkspaceService,
  _now: () => Date,
): HandlerSlice<keyof typeof napContract> {
  return {
    'nap:listPlans': notYet,
    'nap:getPlan': notYet,
    'nap:createPlan': notYet,
    'nap:updatePlan': notYet,
    'nap:upsertPillar': notYet,
    'nap:upsertObjective': notYet,
    'nap:upsertActivity': notYet,
    'nap:removeNode': notYet,
    'nap:upsertIndicator': notYet,
    'nap:addMeasurement': notYet,
    'nap:addProgressUpdate': notYet,
    'nap:summary': notYet,
    'nap:importPreview': notYet,
    'nap:importCommit': notYet,
    'exports:napMatrix': notYet,
  };
}
