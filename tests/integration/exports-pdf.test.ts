/**
 * Every document converts to PDF with LibreOffice headless without error (runs where
 * LibreOffice is installed — CI installs `libreoffice-writer`). Set COORDINA_KEEP_PDF=<dir>
 * to keep the PDFs for a visual check.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svgToPng } from '../../electron/core/exports/kit/chart';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { seedMeetingCycle } from '../fixtures/meetingScenario';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

function findSoffice(): string | null {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const soffice = findSoffice();
let t: TestCore;
let dir: string;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;

beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', {
    letterheadText: 'Secretariat of the National Task Force\nMinistry of Interior, Capital City',
  });
  const logo = svgToPng(
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="60"><rect width="160" height="60" rx="8" fill="#1F3864"/><circle cx="30" cy="30" r="18" fill="#F2C14E"/></svg>',
    160,
  );
  await t.call('exports:setLetterheadLogo', { image: logo.toString('base64') });
  s = await seedMeetingCycle(t);
  dir = makeTempDir();
}, 60_000);
afterAll(async () => {
  await t.cleanup();
  removeDir(dir);
});

describe.runIf(soffice)('LibreOffice renders every document', () => {
  it('converts agenda, minutes, tracker, follow-up and register to PDF', async () => {
    const files = [
      await t.call('exports:agenda', { meetingId: s.meeting.id }),
      await t.call('exports:minutes', { meetingId: s.meeting.id, language: 'fr' }),
      await t.call('exports:actionTracker', { language: 'es' }),
      await t.call('exports:agencyFollowUp', {}),
      await t.call('exports:decisionRegister', {}),
    ];
    for (const f of files)
      fs.writeFileSync(path.join(dir, f.fileName), Buffer.from(f.data, 'base64'));
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files.map((f) => path.join(dir, f.fileName)),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    for (const f of files) {
      const pdf = path.join(dir, f.fileName.replace(/\.docx$/, '.pdf'));
      expect(fs.existsSync(pdf), f.fileName).toBe(true);
      const bytes = fs.readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, f.fileName).toBeGreaterThan(0);
      if (process.env.COORDINA_KEEP_PDF) {
        fs.mkdirSync(process.env.COORDINA_KEEP_PDF, { recursive: true });
        fs.copyFileSync(pdf, path.join(process.env.COORDINA_KEEP_PDF, path.basename(pdf)));
      }
    }
  }, 180_000);
});
