/**
 * Which folder each workspace's backups were last written to, kept in the app data folder
 * (paths only), so that a damaged workspace — whose own settings cannot be read — can still
 * be pointed at its newest backup.
 */
import fs from 'node:fs';
import path from 'node:path';

export class BackupLocations {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'backup-locations.json');
  }

  get(workspacePath: string): string | undefined {
    return this.read()[workspacePath];
  }

  set(workspacePath: string, folder: string): void {
    const all = this.read();
    if (all[workspacePath] === folder) return;
    all[workspacePath] = folder;
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, items: all }, null, 2));
    fs.renameSync(tmp, this.file);
  }

  private read(): Record<string, string> {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { items?: unknown };
      return parsed.items && typeof parsed.items === 'object'
        ? (parsed.items as Record<string, string>)
        : {};
    } catch {
      return {};
    }
  }
}
