#!/usr/bin/env node
// Regenerates the README screenshots (docs/screenshots/*.png) from the built app:
// starts the browser host on a throw-away data folder and walks through the main screens.
// Usage: npm run build && node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from '@playwright/test';
import { shootMeetingActions } from './screenshots-meeting-actions.mjs';
import { hostRpc } from './host-rpc.mjs';

const OUT = path.resolve('docs/screenshots');
const PASSPHRASE = 'amber-lantern-orchid-vessel-42';
const executablePath =
  process.env.COORDINA_CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coordina-shots-'));
const host = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const ready = await new Promise((resolve) => {
  readline.createInterface({ input: host.stdout }).on('line', (line) => {
    if (line.startsWith('COORDINA_HOST_READY ')) resolve(JSON.parse(line.slice(20)));
  });
});

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const shot = (name, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
fs.mkdirSync(OUT, { recursive: true });
try {
  await page.goto(ready.url);
  await page
    .getByRole('textbox', { name: 'Task force name', exact: true })
    .fill('National Task Force against Trafficking in Persons');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase', exact: true }).fill(PASSPHRASE);
  await page
    .getByTestId('passphrase-strength')
    .getByText(/strong/i)
    .waitFor();
  await shot('01-create-workspace', true);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByTestId('task-force-name').waitFor();
  await shot('02-dashboard');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  await shot('03-settings');

  // The agency register, filled from the CSV fixture.
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-file-input').setInputFiles('tests/fixtures/agencies-30.csv');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('combobox', { name: 'Name', exact: true }).waitFor();
  await shot('06-import-mapping');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Import 30 agencies' }).waitFor();
  await shot('07-import-preview');
  await page.getByRole('button', { name: 'Import 30 agencies' }).click();
  await page
    .getByRole('table', { name: 'Agencies' })
    .getByRole('link', { name: 'Immigration Service' })
    .waitFor();
  await shot('08-agencies');
  await page.getByRole('tab', { name: 'Who does what' }).click();
  await page.getByRole('table', { name: 'Who does what' }).waitFor();
  await shot('09-who-does-what');
  await page.getByRole('tab', { name: 'Register' }).click();
  await page
    .getByRole('table', { name: 'Agencies' })
    .getByRole('link', { name: 'National Police Service' })
    .click();
  await page.getByRole('button', { name: 'Add focal point' }).waitFor();
  await shot('10-agency-detail');

  // Meetings: a task force of five agencies, last month's meeting that raised two actions,
  // and next month's meeting prepared from the template, with attendance, notes and decisions.
  const rpc = hostRpc(ready);
  const iso = (d) => d.toISOString().slice(0, 10);
  const now = new Date();
  const agencies = (await rpc('agencies:list', {})).items.slice(0, 5);
  const body = await rpc('bodies:create', {
    name: 'National Task Force',
    code: 'NTF',
    kind: 'national_task_force',
    chairAgencyId: agencies[0].id,
    memberAgencyIds: agencies.map((a) => a.id),
    quorum: { kind: 'majority' },
  });
  const place = { location: 'Ministry of Interior, room 4', startTime: '09:30' };
  const previous = await rpc('meetings:create', {
    bodyId: body.id,
    date: iso(new Date(Date.UTC(now.getFullYear(), now.getMonth() - 1, 12))),
    templateId: 'default',
    ...place,
  });
  for (const [i, title] of [
    'Share anonymised referral data with the shelter network',
    'Train labour inspectors on indicators of forced labour',
  ].entries()) {
    await rpc('actions:create', {
      meetingId: previous.id,
      title,
      ownerAgencyId: agencies[i + 1].id,
      dueDate: iso(new Date(now.getTime() - (9 + i * 12) * 86_400_000)),
      priority: 'high',
    });
  }
  for (const status of ['agenda_circulated', 'held']) {
    await rpc('meetings:setStatus', { id: previous.id, status });
  }
  const meeting = await rpc('meetings:create', {
    bodyId: body.id,
    date: iso(new Date(Date.UTC(now.getFullYear(), now.getMonth() + 1, 12))),
    templateId: 'default',
    chairName: 'National Coordinator',
    minuteTaker: 'Secretariat officer',
    ...place,
  });
  const item = (kind) => meeting.agenda.find((i) => i.kind === kind);
  await rpc('agenda:updateItem', {
    id: item('nap_progress').id,
    patch: { presenterAgencyId: agencies[0].id },
  });
  await rpc('agenda:updateItem', {
    id: item('partner_updates').id,
    patch: { presenterAgencyId: agencies[3].id },
  });
  for (const [i, status] of ['present', 'present', 'represented', 'apologies'].entries()) {
    await rpc('attendance:set', { meetingId: meeting.id, agencyId: agencies[i].id, status });
  }
  const text = (t, marks) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
  const bullets = (...lines) => ({
    type: 'bulletList',
    content: lines.map((l) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text(l)] }],
    })),
  });
  await rpc('minutes:saveItemNotes', {
    itemId: item('opening').id,
    notes: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            text('The chair opened the meeting at 09:35 and welcomed '),
            text('two new focal points', [{ type: 'bold' }]),
            text('.'),
          ],
        },
      ],
    },
  });
  await rpc('minutes:saveItemNotes', {
    itemId: item('review_of_action_items').id,
    notes: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Overdue actions')] },
        { type: 'paragraph', content: [text('The task force reviewed the two overdue actions:')] },
        bullets(
          'Referral data: the police will send the first extract by the end of the month.',
          'Labour inspectors: the training is rescheduled to the next quarter.',
        ),
      ],
    },
  });
  const decision = await rpc('decisions:create', {
    meetingId: meeting.id,
    agendaItemId: item('review_of_action_items').id,
    text: 'The referral data is shared monthly, anonymised, through the secretariat.',
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('link', { name: meeting.title }).click();
  await page.reload(); // without the import's notification
  await page.getByTestId('agenda-item').first().waitFor();
  await shot('meetings-agenda', true);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await page
    .getByRole('textbox', { name: /^Notes on/ })
    .first()
    .waitFor();
  await shot('meetings-minutes', true);

  // The export dialog: the minutes with restricted items, after the export has run.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Minutes' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Minutes' });
  await exportDialog
    .getByRole('switch', { name: 'Include restricted items (case discussions)' })
    .check();
  const exported = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await exported).delete();
  await exportDialog.getByText(/^Saved /).waitFor();
  await page.getByRole('button', { name: 'Close notification' }).click();
  await page.waitForTimeout(400); // notification transition
  await shot('export-dialog');
  await page.keyboard.press('Escape');
  await exportDialog.waitFor({ state: 'hidden' });

  // Actions and the chair's dashboard: a dozen more actions around today, some progress.
  const all = (await rpc('agencies:list', {})).items;
  const byName = (name) => all.find((a) => a.name === name) ?? all[0];
  const day = (offset) => iso(new Date(now.getTime() + offset * 86_400_000));
  const more = [
    [
      'National Police Service',
      'Second the anti-trafficking unit to the port operation',
      -64,
      'high',
    ],
    ['National Police Service', 'Report on the follow-up of the March referrals', -18, 'medium'],
    ['Immigration Service', 'Issue the reflection-period guidance to border posts', -95, 'high'],
    ['Immigration Service', 'Share the list of interpreters for victim interviews', 4, 'medium'],
    [
      'Ministry of Foreign Affairs',
      'Request the consular contact list from the embassies',
      -33,
      'medium',
    ],
    ['Ministry of Foreign Affairs', 'Prepare the bilateral case-management meeting', 12, 'high'],
    [agencies[0].name, 'Circulate the draft National Action Plan for comments', 2, 'high'],
    [agencies[0].name, 'Update the terms of reference of the working groups', 25, 'low'],
    [agencies[3].name, 'Map shelter places for male and child victims', -7, 'medium'],
  ];
  for (const [owner, title, due, priority] of more) {
    await rpc('actions:create', {
      meetingId: previous.id,
      title,
      ownerAgencyId: byName(owner).id,
      dueDate: day(due),
      priority,
    });
  }
  for (const [owner, title, due, doneOn] of [
    ['Immigration Service', 'Translate the victim information leaflet', -40, -42],
    ['National Police Service', 'Name a focal point for the referral mechanism', -50, -44],
    [agencies[0].name, 'Send the annual report to parliament', -20, -21],
  ]) {
    const action = await rpc('actions:create', {
      meetingId: previous.id,
      title,
      ownerAgencyId: byName(owner).id,
      dueDate: day(due),
      priority: 'medium',
    });
    await rpc('actions:addUpdate', {
      actionId: action.id,
      date: day(doneOn),
      note: 'Reported done by the focal point.',
      status: 'done',
    });
  }
  for (const [i, status] of [
    'present',
    'represented',
    'present',
    'absent',
    'apologies',
  ].entries()) {
    await rpc('attendance:set', { meetingId: previous.id, agencyId: agencies[i].id, status });
  }
  const [blocked] = (await rpc('actions:list', { search: 'reflection-period' })).items;
  await rpc('actions:addUpdate', {
    actionId: blocked.id,
    date: day(-30),
    note: 'Waiting for the legal opinion of the Ministry of Justice.',
    status: 'blocked',
  });
  await rpc('actions:addUpdate', {
    actionId: blocked.id,
    date: day(-3),
    note: 'Opinion received; guidance being finalised.',
    status: 'in_progress',
    meetingId: previous.id,
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByTestId('stat-open').waitFor();
  await page.waitForTimeout(800); // chart animations
  await shot('dashboard', true);
  await page.getByRole('navigation').getByRole('link', { name: 'Actions', exact: true }).click();
  await page.getByRole('table', { name: 'Action items' }).getByRole('row').nth(3).waitFor();
  await shot('actions-list', true);
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.getByRole('region', { name: 'Blocked' }).waitFor();
  await shot('actions-board');
  await page.getByRole('tab', { name: 'List', exact: true }).click();
  const list = page.getByRole('table', { name: 'Action items' });
  await list.getByRole('button', { name: blocked.title, exact: true }).click();
  await page.getByRole('dialog', { name: blocked.title }).getByText('Opinion received').waitFor();
  await page.waitForTimeout(400); // drawer transition
  await shot('actions-detail');
  await page.keyboard.press('Escape');
  await shootMeetingActions({ page, rpc, shot, meeting, decision, agencies });
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Reuniones', exact: true }).click();
  await page.getByRole('button', { name: /tema/i }).click();
  await page.waitForTimeout(300);
  await shot('04-meetings-es-dark');
  await page.getByRole('button', { name: /bloquear/i }).click();
  await page.getByRole('textbox').first().waitFor();
  await shot('05-locked-es-dark');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`screenshots written to ${OUT}`);
