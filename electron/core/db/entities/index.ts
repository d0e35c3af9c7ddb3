/** Every entity of the workspace schema, listed explicitly (the main bundle is one file). */
import { WorkspaceSettingsEntity } from './workspaceSettings';

export const ENTITIES = [WorkspaceSettingsEntity];
