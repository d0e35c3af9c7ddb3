/**
 * The privacy guard through the core: privacy:scan with and without a workspace (its allow-list,
 * the minutes context), the reusable guard, and a deny-list that never stores, returns or
 * audits the term itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/contract/privacy';
import { DomainError } from '../../shared/errors';
import { assertNoPersonalData, workspaceGuardContext } from '../../electron/core/privacy/guard';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { decryptedDump } from '../fixtures/databaseDump';

let t: TestCore;
beforeEach(() => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'), { memory: true });
});
afterEach(async () => {
  await t.cleanup();
});

const spans = (text: string, findings: Finding[]) =>
  findings.map((f) => [f.kind, text.slice(f.start, f.end)]);

describe('privacy:scan', () => {
  it('finds personal data without a workspace, with UTF-16 offsets into the text', async () => {
    const text =
      '👋 La víctima, Chiwetalu Anozie, llamó desde el +234 803 555 0199 (caso C-2026-0042).';
    const { findings } = await t.call('privacy:scan', { text, language: 'es' });
    expect(spans(text, findings)).toEqual([
      ['person_name', 'Chiwetalu Anozie'],
      ['phone', '+234 803 555 0199'],
    ]);
  });

  it('validates its input (context and language are enumerations)', async () => {
    expect((await t.fail('privacy:scan', { text: 'x', context: 'other' })).code).toBe('VALIDATION');
    expect((await t.fail('privacy:scan', { text: 'x', language: 'de' })).code).toBe('VALIDATION');
    expect((await t.fail('privacy:scan', { text: 1 })).code).toBe('VALIDATION');
  });

  it('uses the workspace allow-list, and allows focal points in minutes but not in cases', async () => {
    await createWorkspace(t);
    await t.call('workspace:updateSettings', { country: 'FR' });
    const agency = await t.call('agencies:create', {
      name: 'Fondation Kouamé Abidji',
      acronym: 'FKA',
      kind: 'ngo',
    });
    await t.call('focalPoints:create', {
      agencyId: agency.id,
      name: 'Perrine Quéméner',
      email: 'p.quemener@fka-example.org',
    });
    const text =
      'La Fondation Kouamé Abidji (FKA) : Perrine Quéméner présente le bilan ; écrire à p.quemener@fka-example.org. Appeler le 06 12 34 56 78.';
    const minutes = await t.call('privacy:scan', { text, context: 'minutes' });
    expect(spans(text, minutes.findings)).toEqual([['phone', '06 12 34 56 78']]);
    const inCase = await t.call('privacy:scan', { text });
    expect(spans(text, inCase.findings)).toEqual([
      ['person_name', 'Perrine Quéméner'],
      ['email', 'p.quemener@fka-example.org'],
      ['phone', '06 12 34 56 78'],
    ]);
  });
  it('scans 2 MB of one repeated character in linear time (no regular-expression backtracking)', async () => {
    // Each of these took minutes at 200 KB (quadratic): an unbounded e-mail local part, and
    // unbounded look-aheads of the ID and plate recognizers. Bounded, 2 MB takes about a second.
    const twoMb = 2_000_000;
    for (const text of [
      'x'.repeat(twoMb),
      'A'.repeat(twoMb),
      '1'.repeat(twoMb),
      ' '.repeat(twoMb),
    ]) {
      const started = performance.now();
      const { findings } = await t.call('privacy:scan', { text });
      expect(findings).toEqual([]);
      expect(performance.now() - started, text.slice(0, 1)).toBeLessThan(15_000);
    }
  }, 120_000);

  it('still finds long-but-real e-mail addresses and plates next to long runs', async () => {
    const text = `${'x'.repeat(5000)} write to maria.fernanda.gomez-ruiz@correo.example.es now`;
    const { findings } = await t.call('privacy:scan', { text });
    expect(spans(text, findings)).toContainEqual([
      'email',
      'maria.fernanda.gomez-ruiz@correo.example.es',
    ]);
  });
});

describe('the reusable guard', () => {
  it('throws PII_DETECTED with the findings, or returns the reason and kinds of an override', async () => {
    await createWorkspace(t);
    const ctx = await t.core.workspace.read((db) => workspaceGuardContext(db, { context: 'case' }));
    const text = 'Contact the mother on +40 721 234 567.';
    let error: unknown;
    try {
      assertNoPersonalData(text, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('PII_DETECTED');
    expect(JSON.stringify((error as DomainError).details)).not.toContain('721');
    expect((error as DomainError).details).toEqual({
      findings: [{ kind: 'phone', start: 22, end: 37 }],
    });
    expect(() => assertNoPersonalData(text, ctx, { reason: 'short' })).toThrow(DomainError);
    expect(
      assertNoPersonalData(text, ctx, { reason: 'Hotline number of the shelter, public' }),
    ).toEqual({
      reason: 'Hotline number of the shelter, public',
      kinds: ['phone'],
    });
    expect(assertNoPersonalData('The working group met on 3 March 2026.', ctx)).toBeNull();
    expect(() => assertNoPersonalData({ title: 'ok', notes: 'mail a.b@gmail.com' }, ctx)).toThrow(
      expect.objectContaining({
        details: { fields: { notes: [{ kind: 'email', start: 5, end: 18 }] } },
      }),
    );
  });
});

describe('the deny-list', () => {
  const TERM = 'Zorbalina Quintanilla';

  it('matches accent-folded 1–4 word windows and never stores, returns or audits the term', async () => {
    await createWorkspace(t);
    const text = 'Según la fuente, la tal zorbalina quintánilla sigue en la zona.';
    expect((await t.call('privacy:scan', { text })).findings).toEqual([]);
    expect(await t.call('privacy:denylistAdd', { term: TERM })).toEqual({ count: 1 });
    expect(await t.call('privacy:denylistAdd', { term: 'zorbalina QUINTANILLA' })).toEqual({
      count: 1,
    });
    expect(await t.call('privacy:denylistCount', {})).toEqual({ count: 1 });
    const { findings } = await t.call('privacy:scan', { text });
    expect(spans(text, findings)).toEqual([['person_name', 'zorbalina quintánilla']]);
    expect((await t.fail('privacy:denylistAdd', { term: 'one two three four five' })).code).toBe(
      'VALIDATION',
    );

    const dump = decryptedDump(t);
    expect(dump).toContain('privacy:denylistadd');
    expect(dump).not.toContain('zorbalina');
    expect(dump).not.toContain('quintanilla');
    const audit = JSON.stringify(await t.call('audit:list', { limit: 1000 })).toLowerCase();
    expect(audit).toContain('privacy:denylistadd');
    expect(audit).not.toContain('zorbalina');

    expect(await t.call('privacy:denylistRemoveAll', {})).toEqual({ count: 0 });
    expect(await t.call('privacy:denylistCount', {})).toEqual({ count: 0 });
    expect((await t.call('privacy:scan', { text })).findings).toEqual([]);
  });

  it('needs an open workspace', async () => {
    expect((await t.fail('privacy:denylistAdd', { term: TERM })).code).toBe('NO_WORKSPACE');
    expect((await t.fail('privacy:denylistCount', {})).code).toBe('NO_WORKSPACE');
  });
});
