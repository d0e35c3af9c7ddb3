/** The backup slice of the contract: back up now, list, restore into a new file. */
import type { backupContract } from '../../../shared/contract/backup';
import { DomainError } from '../../../shared/errors';
import type { HandlerSlice } from '../handlers';
import {
  assertNewWorkspaceFile,
  prepareFolderOf,
  resolveWorkspacePath,
} from '../workspace/workspacePaths';
import type { WorkspaceService } from '../workspace/workspaceService';
import { listBackups, restoreBackup, verifyBackup } from './backupFiles';

export function backupHandlers(
  workspace: WorkspaceService,
  defaultFolder: string,
): HandlerSlice<keyof typeof backupContract> {
  return {
    'backup:now': ({ folder }) => workspace.backupNow(folder),
    // After any backup already under way (e.g. the daily one), never beside it.
    'backup:list': ({ folder, workspacePath }) =>
      workspace.exclusive(() => {
        const target = workspacePath
          ? resolveWorkspacePath(workspacePath, defaultFolder)
          : workspace.currentPath();
        if (!target) throw new DomainError('NO_WORKSPACE', 'Say which workspace, or open one.');
        const from = folder ?? workspace.backupFolderFor(target);
        return { folder: from, items: listBackups(from, workspace.backupOwnerFor(target)) };
      }),
    'backup:restore': ({ backupPath, targetPath, passphrase }) => {
      const path = resolveWorkspacePath(targetPath, defaultFolder);
      assertNewWorkspaceFile(path, 'targetPath');
      // The backup is checked before anything is made for the copy (e.g. the default folder).
      verifyBackup(backupPath, passphrase);
      prepareFolderOf(path, defaultFolder);
      restoreBackup(backupPath, path, passphrase);
      return { path };
    },
  };
}
