/**
 * The demo workspace: a fictional task force generated into the app's data folder, so a
 * newcomer sees a living workspace in seconds. Its passphrase is fixed and shown on screen —
 * the demo holds no real data.
 */
import { z } from 'zod';
import { channel } from './define';
import { workspaceStatusSchema } from './workspace';

/** Shown on the welcome screen and after opening: the demo is not a secret. */
export const DEMO_PASSPHRASE = 'coral-meadow-lantern-harbour-47';

export const demoContract = {
  /**
   * Opens the demo workspace, generating it on first use (about a year of monthly meetings of
   * a national task force, working groups and a bilateral meeting). Closes the workspace that
   * was open, like workspace:open.
   */
  'demo:open': channel(
    z.object({}).strict(),
    workspaceStatusSchema.extend({ passphrase: z.string() }),
    { mutates: true },
  ),
};
