/**
 * Migrations are frozen (issue 13): each one imports only TypeORM's types and Node's own
 * modules, never application code, so a later change to the app cannot change what an old
 * migration does to a workspace that has not run it yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = path.join(__dirname, '../../electron/core/db/migrations');
const migrations = fs
  .readdirSync(folder)
  .filter((f) => /^\d+-.+\.ts$/.test(f))
  .sort();

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)]
    .map((m) => m[1]!)
    .concat([...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!));
}

describe('migrations', () => {
  it('are all here, in timestamp order', () => {
    expect(migrations.length).toBeGreaterThanOrEqual(19);
  });

  it.each(migrations)('%s imports nothing from the application', (file) => {
    const source = fs.readFileSync(path.join(folder, file), 'utf8');
    const outside = importsOf(source).filter((s) => s !== 'typeorm' && !s.startsWith('node:'));
    expect(outside).toEqual([]);
  });

  it('the check sees an application import', () => {
    expect(
      importsOf("import { textKey } from '../sql';\nimport type { X } from 'typeorm';"),
    ).toEqual(['../sql', 'typeorm']);
  });
});
