/** Every entity of the workspace schema, listed explicitly (the main bundle is one file). */
import { WorkspaceIdentityEntity } from './workspaceIdentity';
import { WorkspaceSettingsEntity } from './workspaceSettings';

export const ENTITIES = [WorkspaceSettingsEntity, WorkspaceIdentityEntity];
