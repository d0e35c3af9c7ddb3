/**
 * Where each workspace's backups were last written and which workspace (its stable UUID) the
 * file at that path is, kept in the app data folder (paths and ids only, 0600), so that a
 * damaged workspace — whose own settings cannot be read — can still be pointed at the newest
 * backup of *that* workspace, never another one's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writePrivateFileAtomic } from '../workspace/privateFiles';

export interface BackupLocation {
  folder: string;
  /** The workspace's UUID, when known (written by versions that know it). */
  workspaceId?: string;
}

export class BackupLocations {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'backup-locations.json');
  }

  get(workspacePath: string): BackupLocation | undefined {
    return this.read()[workspacePath];
  }

  set(workspacePath: string, location: BackupLocation): void {
    const all = this.read();
    const known = all[workspacePath];
    if (known?.folder === location.folder && known.workspaceId === location.workspaceId) return;
    all[workspacePath] = location;
    writePrivateFileAtomic(this.file, JSON.stringify({ version: 2, items: all }, null, 2));
  }

  private read(): Record<string, BackupLocation> {
    let parsed: { items?: unknown };
    try {
      parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { items?: unknown };
    } catch {
      return {};
    }
    if (!parsed.items || typeof parsed.items !== 'object') return {};
    const out: Record<string, BackupLocation> = {};
    for (const [key, value] of Object.entries(parsed.items as Record<string, unknown>)) {
      // Version 1 stored the folder alone.
      if (typeof value === 'string') out[key] = { folder: value };
      else if (
        value &&
        typeof value === 'object' &&
        typeof (value as BackupLocation).folder === 'string'
      ) {
        const { folder, workspaceId } = value as BackupLocation;
        out[key] = typeof workspaceId === 'string' ? { folder, workspaceId } : { folder };
      }
    }
    return out;
  }
}
