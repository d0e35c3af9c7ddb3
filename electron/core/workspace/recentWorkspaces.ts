/**
 * The recent-workspaces list, kept outside the encrypted file in the app data folder.
 * It holds paths and times only — never anything from inside a workspace.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RecentWorkspace } from '../../../shared/contract/workspace';
import { writePrivateFileAtomic } from './privateFiles';

const FILE_NAME = 'recent-workspaces.json';
const MAX_ITEMS = 10;

interface StoredItem {
  path: string;
  lastOpenedAt: string;
}

export class RecentWorkspaces {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, FILE_NAME);
  }

  list(): RecentWorkspace[] {
    return this.read().map((item) => ({ ...item, exists: fs.existsSync(item.path) }));
  }

  touch(filePath: string, at: Date): void {
    const rest = this.read().filter((item) => item.path !== filePath);
    this.write([{ path: filePath, lastOpenedAt: at.toISOString() }, ...rest].slice(0, MAX_ITEMS));
  }

  forget(filePath: string): void {
    this.write(this.read().filter((item) => item.path !== filePath));
  }

  private read(): StoredItem[] {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      const items = (parsed as { items?: unknown }).items;
      if (!Array.isArray(items)) return [];
      return items.filter(
        (i): i is StoredItem =>
          typeof i === 'object' &&
          i !== null &&
          typeof (i as StoredItem).path === 'string' &&
          typeof (i as StoredItem).lastOpenedAt === 'string',
      );
    } catch {
      return []; // a damaged list is not worth an error: it only holds shortcuts
    }
  }

  private write(items: StoredItem[]): void {
    writePrivateFileAtomic(this.file, JSON.stringify({ version: 1, items }, null, 2));
  }
}
