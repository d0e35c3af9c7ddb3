/**
 * The architecture boundaries that need the import graph (.dependency-cruiser.cjs, run by
 * `npm run lint`): these tests cruise code that breaks them on purpose (tests/fixtures/lint)
 * with the project's own configuration, so a rule that is switched off or mis-scoped fails
 * here. (`npm run lint` cruises the real code with the same configuration.)
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

function violations(args: string[]): Violation[] {
  const out = execFileSync(
    process.execPath,
    [cli, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...args],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('lint boundaries', () => {
  it('refuses an import cycle, even when one half of it imports only types', () => {
    const found = violations(['tests/fixtures/lint/cycle']).filter(
      (v) => v.rule.name === 'no-circular',
    );
    expect(found.map((v) => v.from)).toContain('tests/fixtures/lint/cycle/first.ts');
  }, 60_000);

  it('refuses a feature importing another feature, and allows components/ and its own files', () => {
    const found = violations(['tests/fixtures/lint/renderer']).filter(
      (v) => v.rule.name === 'feature-boundary',
    );
    expect(found.map((v) => `${v.from} → ${v.to}`)).toEqual([
      'tests/fixtures/lint/renderer/src/features/alpha/AlphaPage.ts → tests/fixtures/lint/renderer/src/features/beta/BetaBadge.ts',
    ]);
  }, 60_000);

  it('refuses Electron main importing the core’s code, and allows its types', () => {
    const found = violations(['tests/fixtures/lint/electron']).filter(
      (v) => v.rule.name === 'main-relays-only',
    );
    expect(found.map((v) => `${v.from} → ${v.to}`)).toEqual([
      'tests/fixtures/lint/electron/main/relay.ts → tests/fixtures/lint/electron/core/engine.ts',
    ]);
  }, 60_000);
});
