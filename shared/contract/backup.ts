/** Channels of encrypted backups: make one now, list them, restore one into a new file. */
import { z } from 'zod';
import { pathText } from './common';
import { channel } from './define';

const pathSchema = pathText(4096);

export const backupSchema = z.object({
  path: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
  /** Made on demand (never rotated away) or automatically (daily, at lock and close). */
  kind: z.enum(['automatic', 'manual']),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupContract = {
  'backup:now': channel(
    z.object({ folder: pathSchema.optional() }).strict(),
    z.object({ backup: backupSchema, removed: z.array(z.string()) }),
    { mutates: true },
  ),
  'backup:list': channel(
    z.object({ folder: pathSchema.optional(), workspacePath: pathSchema.optional() }).strict(),
    z.object({ folder: z.string(), items: z.array(backupSchema) }),
    { mutates: false },
  ),
  /** Verifies the backup (passphrase, integrity) and copies it into a new file; never overwrites. */
  'backup:restore': channel(
    z
      .object({
        backupPath: pathSchema,
        targetPath: pathSchema,
        passphrase: z.string().min(1).max(1024),
      })
      .strict(),
    z.object({ path: z.string() }),
    { mutates: false },
  ),
};
