/** The workspace slice of the contract, bound to the workspace service. */
import type { workspaceContract } from '../../../shared/contract/workspace';
import type { HandlerSlice } from '../handlers';
import { measurePassphrase } from './passphraseStrength';
import type { RecentWorkspaces } from './recentWorkspaces';
import type { WorkspaceService } from './workspaceService';

export function workspaceHandlers(
  service: WorkspaceService,
  recent: RecentWorkspaces,
  defaultFolder: string,
): HandlerSlice<keyof typeof workspaceContract> {
  const recentList = () => ({ defaultFolder, items: recent.list() });
  return {
    'workspace:create': (input) => service.create(input),
    'workspace:open': (input) => service.open(input),
    'workspace:unlock': (input) => service.unlock(input),
    'workspace:lock': () => service.lock(),
    'workspace:close': () => service.close(),
    'workspace:status': () => service.status(),
    'workspace:changePassphrase': (input) => service.changePassphrase(input),
    'workspace:passphraseStrength': ({ passphrase, context }) =>
      measurePassphrase(passphrase, context),
    'workspace:getSettings': () => service.getSettings(),
    'workspace:updateSettings': (patch) => service.updateSettings(patch),
    'workspace:recent': recentList,
    'workspace:forgetRecent': ({ path }) => {
      recent.forget(path);
      return recentList();
    },
  };
}
