#!/usr/bin/env node
// Renders an agency update form (the reporting round-trip) with LibreOffice Calc for the
// README: docs/screenshots/round-trip-form-calc.png (the Actions sheet) and
// round-trip-form-calc-instructions.png (the first sheet).
// A demo workspace on a throw-away data folder (browser host, built app) issues the forms of a
// body; the police form is converted by headless LibreOffice to PDF, each page to PNG
// (pdftoppm). Every temporary file — workspace, form, PDF — is deleted at the end.
// Needs LibreOffice (soffice) and poppler-utils (pdftoppm). Not part of `npm test`.
// Usage: npm run screenshots:form   (builds the app first)
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import JSZip from 'jszip';
import { hostRpc } from './host-rpc.mjs';

const OUT = path.resolve('docs/screenshots');

/**
 * Renders one page of a PDF to PNG at `dpi`, cropped to what is printed on it (plus a margin):
 * a grey render first (PGM, trivial to read) finds the printed area.
 */
function renderPage(pdf, page, dpi, target) {
  const range = ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile'];
  const base = path.join(path.dirname(pdf), `page-${page}`);
  execFileSync('pdftoppm', [...range, '-gray', pdf, base]);
  const pgm = fs.readFileSync(`${base}.pgm`);
  const [, w, h, headerLength] = (() => {
    const m = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    return [m[0], Number(m[1]), Number(m[2]), m[0].length];
  })();
  let [left, top, right, bottom] = [w, h, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (pgm[headerLength + y * w + x] < 250) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  const margin = Math.round(dpi / 6);
  const x = Math.max(0, left - margin);
  const y = Math.max(0, top - margin);
  const box = ['-x', String(x), '-y', String(y)];
  box.push(
    '-W',
    String(Math.min(w, right + margin) - x),
    '-H',
    String(Math.min(h, bottom + margin) - y),
  );
  execFileSync('pdftoppm', [...range, '-png', ...box, pdf, base]);
  fs.copyFileSync(`${base}.png`, target);
}
const PASSPHRASE = 'amber-lantern-orchid-vessel-42';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'coordina-form-shot-'));
const dataDir = path.join(work, 'data');
fs.mkdirSync(dataDir);

const host = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopped = new Promise((resolve) => host.once('exit', resolve));

try {
  const ready = await new Promise((resolve, reject) => {
    host.once('exit', () => reject(new Error('the browser host stopped (run npm run build?)')));
    readline.createInterface({ input: host.stdout }).on('line', (line) => {
      if (line.startsWith('COORDINA_HOST_READY ')) resolve(JSON.parse(line.slice(20)));
    });
  });
  const rpc = hostRpc(ready);
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  await rpc('workspace:create', {
    path: 'demo',
    passphrase: PASSPHRASE,
    passphraseConfirm: PASSPHRASE,
    settings: { taskForceName: 'National Task Force against Trafficking in Persons' },
  });
  const agency = async (name, acronym, kind) =>
    (await rpc('agencies:create', { name, acronym, kind })).id;
  const secretariat = await agency('Anti-Trafficking Secretariat', 'ATS', 'ministry');
  const police = await agency('National Police Service', 'NPS', 'law_enforcement');
  const labour = await agency('Labour Inspectorate', 'LI', 'ministry');
  const body = await rpc('bodies:create', {
    name: 'National Task Force',
    code: 'NTF',
    kind: 'national_task_force',
    memberAgencyIds: [secretariat, police, labour],
    quorum: { kind: 'majority' },
  });
  const earlier = await rpc('meetings:create', { bodyId: body.id, date: day(-70) });
  const last = await rpc('meetings:create', { bodyId: body.id, date: day(-14) });
  const action = async (meeting, title, owner, due) =>
    (
      await rpc('actions:create', {
        meetingId: meeting.id,
        title,
        ownerAgencyId: owner,
        dueDate: day(due),
      })
    ).id;
  const patrols = await action(
    earlier,
    'Plan joint patrols with the labour inspectorate at the two main fishing ports',
    police,
    -5,
  );
  await rpc('actions:addUpdate', {
    actionId: patrols,
    date: day(-20),
    note: 'Draft patrol plan sent to the inspectorate for comments',
    status: 'in_progress',
  });
  const training = await action(
    earlier,
    'Train 40 border officers on the indicators of trafficking',
    police,
    30,
  );
  await rpc('actions:addUpdate', {
    actionId: training,
    date: day(-30),
    note: 'Two of four sessions held; 22 officers trained',
  });
  await action(last, 'Share the updated referral contact list with all regional units', police, 10);
  await action(last, 'Name a focal point for the shelter network', police, 21);
  await action(last, 'Inspect the garment workshops flagged in the last report', labour, 45);

  const issued = await rpc('roundTrip:exportForms', {
    bodyId: body.id,
    language: 'en',
    replyBy: day(14),
  });
  const zip = await JSZip.loadAsync(Buffer.from(issued.data, 'base64'));
  const name = Object.keys(zip.files).find((n) => n.includes('Police') && n.endsWith('.xlsx'));
  const form = path.join(work, 'form.xlsx');
  fs.writeFileSync(form, await zip.file(name).async('nodebuffer'));

  // A profile of its own, so a LibreOffice already open elsewhere is not disturbed.
  const profile = `file://${path.join(work, 'lo-profile')}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      form,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = path.join(work, 'form.pdf');
  const pageCount = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
  );
  // Page 1: the instructions sheet; page 2: the Actions sheet (all rows fit on one page).
  if (pageCount !== 2) throw new Error(`expected two pages, got ${pageCount}`);
  fs.mkdirSync(OUT, { recursive: true });
  renderPage(pdf, 1, 150, path.join(OUT, 'round-trip-form-calc-instructions.png'));
  renderPage(pdf, 2, 220, path.join(OUT, 'round-trip-form-calc.png'));
  console.log('form rendered: docs/screenshots/round-trip-form-calc*.png');
} finally {
  host.kill();
  await stopped;
  fs.rmSync(work, { recursive: true, force: true });
}
