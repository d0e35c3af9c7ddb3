/** The privacy slice of the contract: scan text (with or without a workspace), the deny-list. */
import type { privacyContract } from '../../../shared/contract/privacy';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { addDenylistTerm, denylistCount, removeAllDenylistTerms } from './denylist';
import { scanText, workspaceGuardContext } from './guard';

export function privacyHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof privacyContract> {
  return {
    'privacy:scan': async ({ text, language, context }) => {
      if (workspace.status().state !== 'open')
        return { findings: scanText(text, { context, language }) };
      const country = workspace.currentSettings().country;
      const ctx = await workspace.read((db) =>
        workspaceGuardContext(db, { context, language, country }),
      );
      return { findings: scanText(text, ctx) };
    },
    'privacy:denylistAdd': ({ term }) =>
      workspace.write(async (db) => ({
        count: await addDenylistTerm(db, term, now().toISOString()),
      })),
    'privacy:denylistCount': () =>
      workspace.read(async (db) => ({ count: await denylistCount(db) })),
    'privacy:denylistRemoveAll': () =>
      workspace.write(async (db) => ({ count: await removeAllDenylistTerms(db) })),
  };
}
