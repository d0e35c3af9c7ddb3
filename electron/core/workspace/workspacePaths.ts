/** Where workspace files live: an absolute path, or a bare name inside the default folder. */
import path from 'node:path';
import { WORKSPACE_EXTENSION } from '../../../shared/domain/settings';
import { DomainError } from '../../../shared/errors';

export function defaultWorkspaceFolder(dataDir: string): string {
  return path.join(dataDir, 'workspaces');
}

export function resolveWorkspacePath(input: string, defaultFolder: string): string {
  if (path.isAbsolute(input)) return path.normalize(input);
  if (/[\\/]/.test(input) || input === '.' || input === '..') {
    throw new DomainError(
      'VALIDATION',
      'Give a full path, or a plain file name to use the default folder.',
      { field: 'path' },
    );
  }
  const name = input.endsWith(WORKSPACE_EXTENSION) ? input : `${input}${WORKSPACE_EXTENSION}`;
  return path.join(defaultFolder, name);
}
