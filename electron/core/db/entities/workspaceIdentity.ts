/** The single row naming the workspace (stable UUID) and anchoring its audit chain's head. */
import { EntitySchema } from 'typeorm';

export interface WorkspaceIdentityRow {
  id: string;
  workspaceId: string;
  auditHeadSeq: number;
  auditHeadHash: string;
}

export const IDENTITY_ROW_ID = 'workspace';

export const WorkspaceIdentityEntity = new EntitySchema<WorkspaceIdentityRow>({
  name: 'WorkspaceIdentity',
  tableName: 'workspace_identity',
  columns: {
    id: { type: 'text', primary: true },
    workspaceId: { type: 'text', name: 'workspace_id' },
    auditHeadSeq: { type: 'integer', name: 'audit_head_seq' },
    auditHeadHash: { type: 'text', name: 'audit_head_hash' },
  },
  checks: [
    { expression: "id = 'workspace'" },
    { expression: 'length(workspace_id) = 36' },
    { expression: 'audit_head_seq >= 0' },
    { expression: 'length(audit_head_hash) = 64' },
  ],
});
