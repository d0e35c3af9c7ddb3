/** The audit slice of the contract, bound to the open workspace. */
import type { auditContract } from '../../../shared/contract/audit';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { listAudit, verifyAudit } from './auditLog';

export function auditHandlers(
  workspace: WorkspaceService,
): HandlerSlice<keyof typeof auditContract> {
  return {
    'audit:list': (filter) => workspace.read((db) => listAudit(db, filter)),
    'audit:verify': () => workspace.read((db) => verifyAudit(db)),
  };
}
