/** The packaged app ships with Electron's fuses set as the README says (electron-builder.yml). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The `key: value` lines of one top-level block of a YAML file (flat booleans only). */
function topLevelBlock(yaml: string, name: string): Record<string, string> {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trimEnd() === `${name}:`);
  if (start < 0) return {};
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) break;
    const match = /^\s+([A-Za-z]+):\s*(\S+)\s*$/.exec(line);
    if (match?.[1] && match[2]) entries[match[1]] = match[2];
  }
  return entries;
}

describe('electron-builder.yml', () => {
  const yaml = fs.readFileSync(path.join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8');

  it('sets every fuse Coordina relies on', () => {
    expect(topLevelBlock(yaml, 'electronFuses')).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });

  it('packs the app into an asar archive, which onlyLoadAppFromAsar needs', () => {
    expect(yaml).toMatch(/^asar: true$/m);
  });
});
