/**
 * The agency reporting round-trip through the contract: update forms out (one per agency, only
 * its open actions, answer cells unlocked, a status list, hidden signed identifiers, the
 * instructions in the form's language), filled in with exceljs as an agency would, previewed
 * and committed as progress updates in one transaction — and every way a returned form can be
 * wrong (another agency's row, an altered identifier or header, an unknown round, a bad status,
 * a future date, a change made meanwhile, personal data in a note) refused with nothing written.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZIP_MIME } from '../../shared/contract/exports';
import { FORM_COLUMNS } from '../../electron/core/roundTrip/updateFormSheet';
import { answer, rowOf, workbookOf } from '../fixtures/agencyForms';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
let bodyId: string;
const agencies: Record<'police' | 'labour' | 'ngo', string> = { police: '', labour: '', ngo: '' };
const actions: Record<'p1' | 'p2' | 'l1' | 'n1', string> = { p1: '', p2: '', l1: '', n1: '' };
let doneId: string;
let clock = new Date('2026-11-30T12:00:00Z');

beforeAll(async () => {
  t = startTestCore(() => clock, { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { timeZone: 'UTC' });
  const agency = async (name: string, acronym: string) =>
    (await t.call('agencies:create', { name, acronym, kind: 'other' })).id;
  agencies.police = await agency('National Police', 'NP');
  agencies.labour = await agency('Labour Inspectorate', 'LI');
  agencies.ngo = await agency('Safe Haven Foundation', 'SHF');
  await t.call('focalPoints:create', {
    agencyId: agencies.police,
    name: 'Ana Ruiz',
    email: 'ana.ruiz@police.example',
    role: 'primary',
  });
  await t.call('focalPoints:create', {
    agencyId: agencies.labour,
    name: 'Omar Haddad',
    email: 'omar@labour.example',
    role: 'primary',
  });
  const body = await t.call('bodies:create', {
    name: 'National Task Force',
    kind: 'national_task_force',
    memberAgencyIds: Object.values(agencies),
  });
  bodyId = body.id;
  const meeting = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
  const action = async (title: string, owner: string, dueDate: string) =>
    (
      await t.call('actions:create', {
        title,
        ownerAgencyId: owner,
        meetingId: meeting.id,
        dueDate,
      })
    ).id;
  actions.p1 = await action('Train border officers on indicators', agencies.police, '2026-12-15');
  actions.p2 = await action('Share the referral contact list', agencies.police, '2026-11-20');
  actions.l1 = await action('Inspect the garment workshops', agencies.labour, '2027-01-31');
  actions.n1 = await action('Update the shelter directory', agencies.ngo, '2026-12-01');
  doneId = await action('Already finished task', agencies.ngo, '2026-10-01');
  await t.call('actions:update', { id: doneId, patch: { status: 'done' } });
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

interface Round {
  roundId: string;
  files: Record<string, Buffer>;
}

/** Issues forms for the body and returns each agency's form (by agency id). */
async function issue(language?: 'en' | 'es' | 'fr'): Promise<Round> {
  const out = await t.call('roundTrip:exportForms', { bodyId, language, replyBy: '2026-12-14' });
  expect(out.mimeType).toBe(ZIP_MIME);
  const zip = await JSZip.loadAsync(Buffer.from(out.data, 'base64'));
  const files: Record<string, Buffer> = {};
  for (const f of out.forms) files[f.agencyId] = await zip.file(f.fileName)!.async('nodebuffer');
  expect(Object.keys(zip.files).sort()).toEqual(
    out.forms.flatMap((f) => [f.fileName, f.fileName.replace(/\.xlsx$/, '.eml')]).sort(),
  );
  return { roundId: out.roundId, files };
}

/** Edits a form as an agency would (exceljs), returning the saved file as base64. */
async function edit(
  bytes: Buffer,
  change: (sheet: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = await workbookOf(bytes);
  change(wb.worksheets[1]!, wb);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const file = (dataBase64: string) => ({ fileName: 'returned.xlsx', dataBase64 });
const historyOf = async (id: string) => (await t.call('actions:get', { id })).updates;

describe('update forms', () => {
  it('go one per agency with open actions, holding only its own open actions', async () => {
    const out = await t.call('roundTrip:exportForms', { bodyId });
    expect(out.forms.map((f) => [f.agencyName, f.actions]).sort()).toEqual([
      ['Labour Inspectorate', 1],
      ['National Police', 2],
      ['Safe Haven Foundation', 1],
    ]);
    expect(out.agenciesWithoutRecipients).toEqual(['Safe Haven Foundation']);
    const zip = await JSZip.loadAsync(Buffer.from(out.data, 'base64'));
    const police = out.forms.find((f) => f.agencyId === agencies.police)!;
    expect(police.recipients).toBe(1);
    // The police draft goes to the police focal point only, with only the police form.
    const eml = await zip.file(police.fileName.replace(/\.xlsx$/, '.eml'))!.async('string');
    expect(eml).toMatch(/^To: .*ana\.ruiz@police\.example/m);
    expect(eml).not.toContain('omar@labour.example');
    expect(eml).toContain(police.fileName);
    expect(eml.match(/filename=/g)).toHaveLength(1);
    expect(eml).toContain('X-Unsent: 1');
    const wb = await workbookOf(await zip.file(police.fileName)!.async('nodebuffer'));
    const sheet = wb.worksheets[1]!;
    const ids = [2, 3].map((r) => sheet.getRow(r).getCell(FORM_COLUMNS.actionId).value);
    expect(ids.sort()).toEqual([actions.p1, actions.p2].sort());
    expect(sheet.getRow(4).getCell(FORM_COLUMNS.actionId).value ?? null).toBeNull();
    const titles = [2, 3].map((r) => sheet.getRow(r).getCell(FORM_COLUMNS.action).value);
    expect(titles).not.toContain('Inspect the garment workshops');
  });

  it('lock everything but the answers, offer a status list and hide the identifiers', async () => {
    const { files } = await issue('en');
    const wb = await workbookOf(files[agencies.police]!);
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Instructions', 'visible'],
      ['Actions', 'visible'],
      ['coordina', 'veryHidden'],
    ]);
    const sheet = wb.worksheets[1]!;
    const protection = (sheet as unknown as { sheetProtection: { sheet?: boolean } })
      .sheetProtection;
    expect(protection.sheet).toBe(true);
    const row = rowOf(sheet, actions.p1);
    expect(row.getCell(FORM_COLUMNS.action).protection?.locked).not.toBe(false);
    for (const col of [FORM_COLUMNS.newStatus, FORM_COLUMNS.note, FORM_COLUMNS.date]) {
      expect(row.getCell(col).protection?.locked).toBe(false);
    }
    expect(row.getCell(FORM_COLUMNS.newStatus).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Open,In progress,Blocked,Done,Cancelled"'],
    });
    for (const col of [FORM_COLUMNS.actionId, FORM_COLUMNS.stateAt, FORM_COLUMNS.signature]) {
      expect(sheet.getColumn(col).hidden).toBe(true);
    }
    expect(row.getCell(FORM_COLUMNS.status).value).toBe('Open');
  });

  it('write the instructions and status words in the form language', async () => {
    const { files } = await issue('es');
    const wb = await workbookOf(files[agencies.labour]!);
    expect(wb.worksheets[0]!.name).toBe('Instrucciones');
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts.join(' ')).toContain('Este formulario contiene solo los compromisos abiertos');
    expect(texts).toContain('Labour Inspectorate');
    const row = rowOf(wb.worksheets[1]!, actions.l1);
    expect(row.getCell(FORM_COLUMNS.status).value).toBe('Abierto');
    const fr = await workbookOf((await issue('fr')).files[agencies.labour]!);
    expect(fr.worksheets[0]!.getRow(2).getCell(1).value).toBe('Demande de mise à jour des actions');
  });

  it('refuse a body without open actions and a past reply date', async () => {
    const empty = await t.call('bodies:create', { name: 'Empty Group', kind: 'working_group' });
    expect(await t.fail('roundTrip:exportForms', { bodyId: empty.id })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await t.fail('roundTrip:exportForms', { bodyId, replyBy: '2026-11-29' })).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'replyBy' },
    });
    expect(
      await t.fail('roundTrip:exportForms', { bodyId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('returned forms', () => {
  it('round-trip: the answers preview as changes and commit as progress updates', async () => {
    const { roundId, files } = await issue();
    const data = await edit(files[agencies.police]!, (sheet) => {
      answer(rowOf(sheet, actions.p1), {
        status: 'In progress',
        note: 'Two of four regional sessions held',
        date: new Date('2026-11-25T00:00:00Z'),
      });
      answer(rowOf(sheet, actions.p2), {
        note: 'The referral list was agreed and circulates next week',
        due: '15/12/2026',
      });
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    expect(preview).toMatchObject({
      roundId,
      agency: { id: agencies.police, name: 'National Police' },
      body: { id: bodyId, name: 'National Task Force' },
      issuedOn: '2026-11-30',
      replyBy: '2026-12-14',
      counts: { change: 2, unchanged: 0, error: 0 },
    });
    const p1 = preview.rows.find((r) => r.actionId === actions.p1)!;
    expect(p1).toMatchObject({
      state: 'change',
      currentStatus: 'open',
      newStatus: 'in_progress',
      date: '2026-11-25',
      note: 'Two of four regional sessions held',
      errors: [],
    });
    const p2 = preview.rows.find((r) => r.actionId === actions.p2)!;
    expect(p2).toMatchObject({ newStatus: null, date: '2026-11-30', newDueDate: '2026-12-15' });
    // The preview wrote nothing.
    expect(await historyOf(actions.p1)).toHaveLength(0);

    const done = await t.call('roundTrip:importCommit', file(data));
    expect(done).toMatchObject({ roundId, agencyId: agencies.police, applied: 2 });
    expect(done.actionIds.sort()).toEqual([actions.p1, actions.p2].sort());
    const a1 = await t.call('actions:get', { id: actions.p1 });
    expect(a1.status).toBe('in_progress');
    expect(a1.updates).toHaveLength(1);
    expect(a1.updates[0]).toMatchObject({
      date: '2026-11-25',
      statusFrom: 'open',
      statusTo: 'in_progress',
    });
    expect(a1.updates[0]!.note).toContain('Two of four regional sessions held');
    expect(a1.updates[0]!.note).toContain('Reported by National Police in the update form');
    const a2 = await t.call('actions:get', { id: actions.p2 });
    expect(a2.dueDate).toBe('2026-12-15');
    expect(a2.status).toBe('open');
    expect(a2.updates.at(-1)!.note).toContain(
      'The referral list was agreed and circulates next week',
    );
    // Other agencies' actions untouched.
    expect(await historyOf(actions.l1)).toHaveLength(0);

    const audit = await t.call('audit:list', { channel: 'roundTrip:importCommit' });
    expect(audit.items[0]).toMatchObject({
      recordType: 'roundTrip',
      recordId: agencies.police,
      recordLabel: 'National Police',
      summary: { roundId, applied: 2 },
    });
    expect(JSON.stringify(audit.items[0]!.summary)).not.toContain('regional sessions');

    // The same form again: its actions changed since (by this very import).
    const again = await t.call('roundTrip:importPreview', file(data));
    expect(again.rows.map((r) => r.errors.map((e) => e.code))).toEqual([
      ['conflict'],
      ['conflict'],
    ]);
    expect(await t.fail('roundTrip:importCommit', file(data))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await historyOf(actions.p1)).toHaveLength(1);
  });

  it('accept only some rows when asked', async () => {
    const { files } = await issue();
    const wb = await workbookOf(files[agencies.police]!);
    const p2Row = rowOf(wb.worksheets[1]!, actions.p2).number;
    const data = await edit(files[agencies.police]!, (sheet) => {
      answer(rowOf(sheet, actions.p1), { note: 'Third session held' });
      answer(rowOf(sheet, actions.p2), { status: 'Blocked' });
    });
    const before = (await historyOf(actions.p1)).length;
    const out = await t.call('roundTrip:importCommit', { ...file(data), acceptRows: [p2Row] });
    expect(out).toMatchObject({ applied: 1, actionIds: [actions.p2] });
    expect((await t.call('actions:get', { id: actions.p2 })).status).toBe('blocked');
    expect(await historyOf(actions.p1)).toHaveLength(before);
  });

  it('refuse a row of agency A altered to name agency B’s action', async () => {
    const { files } = await issue();
    const data = await edit(files[agencies.ngo]!, (sheet) => {
      const row = rowOf(sheet, actions.n1);
      row.getCell(FORM_COLUMNS.actionId).value = actions.l1;
      answer(row, { status: 'Done', note: 'Closed' });
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    expect(preview.agency.id).toBe(agencies.ngo);
    expect(preview.rows[0]).toMatchObject({
      actionId: actions.l1,
      state: 'error',
      errors: [{ field: 'action', code: 'foreign_action' }],
      currentStatus: null,
    });
    // The other agency's title is not shown from the workspace.
    expect(preview.rows[0]!.title).toBe('Update the shelter directory');
    expect(await t.fail('roundTrip:importCommit', file(data))).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'foreign_rows', rows: [preview.rows[0]!.rowNumber] },
    });
    const l1 = await t.call('actions:get', { id: actions.l1 });
    expect(l1.status).toBe('open');
    expect(l1.updates).toHaveLength(0);
  });

  it('refuse a row copied whole (id and signature) from another agency’s form', async () => {
    const { files } = await issue();
    const labour = await workbookOf(files[agencies.labour]!);
    const source = rowOf(labour.worksheets[1]!, actions.l1);
    const data = await edit(files[agencies.ngo]!, (sheet) => {
      const row = sheet.getRow(sheet.rowCount + 1);
      for (let c = 1; c <= FORM_COLUMNS.signature; c++) {
        row.getCell(c).value = source.getCell(c).value;
      }
      answer(row, { status: 'Done' });
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    const copied = preview.rows.find((r) => r.actionId === actions.l1)!;
    expect(copied.errors.map((e) => e.code)).toEqual(['foreign_action']);
    // Even when only the agency's own rows are accepted: the file is tainted.
    const own = preview.rows.filter((r) => r.actionId !== actions.l1).map((r) => r.rowNumber);
    expect(
      await t.fail('roundTrip:importCommit', { ...file(data), acceptRows: own }),
    ).toMatchObject({ code: 'VALIDATION', details: { reason: 'foreign_rows' } });
    expect(await historyOf(actions.l1)).toHaveLength(0);
  });

  it('refuse a tampered row identifier, an altered header and an unknown round', async () => {
    const { files } = await issue();
    const forged = await edit(files[agencies.labour]!, (sheet) => {
      const row = rowOf(sheet, actions.l1);
      row.getCell(FORM_COLUMNS.actionId).value = '11111111-1111-4111-8111-111111111111';
      answer(row, { note: 'Forged' });
    });
    const preview = await t.call('roundTrip:importPreview', file(forged));
    expect(preview.rows[0]!.errors.map((e) => e.code)).toEqual(['tampered']);

    const stale = await edit(files[agencies.labour]!, (sheet) => {
      const row = rowOf(sheet, actions.l1);
      row.getCell(FORM_COLUMNS.stateAt).value = '2030-01-01T00:00:00.000Z';
      answer(row, { note: 'Changed state' });
    });
    expect(
      (await t.call('roundTrip:importPreview', file(stale))).rows[0]!.errors.map((e) => e.code),
    ).toEqual(['tampered']);

    const otherAgency = await edit(files[agencies.labour]!, (_sheet, wb) => {
      wb.getWorksheet('coordina')!.getRow(3).getCell(2).value = agencies.ngo;
    });
    expect(await t.fail('roundTrip:importPreview', file(otherAgency))).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'signature' },
    });
    const otherRound = await edit(files[agencies.labour]!, (_sheet, wb) => {
      wb.getWorksheet('coordina')!.getRow(2).getCell(2).value =
        '22222222-2222-4222-8222-222222222222';
    });
    expect(await t.fail('roundTrip:importPreview', file(otherRound))).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'unknown_round' },
    });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Actions').addRow(['No.', 'Action item']);
    for (const bad of [
      Buffer.from('not a spreadsheet').toString('base64'),
      Buffer.from(await plain.xlsx.writeBuffer()).toString('base64'),
    ]) {
      expect(await t.fail('roundTrip:importCommit', file(bad))).toMatchObject({
        code: 'VALIDATION',
        details: { reason: 'malformed' },
      });
    }
    expect(await historyOf(actions.l1)).toHaveLength(0);
  });

  it('report bad statuses and future dates per row; status words of any language are read', async () => {
    const { files } = await issue();
    const data = await edit(files[agencies.police]!, (sheet) => {
      answer(rowOf(sheet, actions.p1), { status: 'Almost there', date: '2026-12-05' });
      answer(rowOf(sheet, actions.p2), { status: 'cumplido', date: '31/02/2026' });
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    const p1 = preview.rows.find((r) => r.actionId === actions.p1)!;
    expect(p1.errors).toEqual([
      { field: 'newStatus', code: 'invalid_status' },
      { field: 'date', code: 'future_date' },
    ]);
    const p2 = preview.rows.find((r) => r.actionId === actions.p2)!;
    expect(p2.newStatus).toBe('done');
    expect(p2.errors).toEqual([{ field: 'date', code: 'invalid_date' }]);
    expect(preview.counts).toEqual({ change: 0, unchanged: 0, error: 2 });
  });

  it('flag a row whose action the secretariat changed since the form was made', async () => {
    const { files } = await issue();
    await t.call('actions:addUpdate', {
      actionId: actions.n1,
      date: '2026-11-30',
      note: 'Secretariat follow-up call',
    });
    const data = await edit(files[agencies.ngo]!, (sheet) => {
      answer(rowOf(sheet, actions.n1), { status: 'Blocked', note: 'Waiting for funds' });
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    expect(preview.rows[0]!.errors.map((e) => e.code)).toEqual(['conflict']);
    expect(await t.fail('roundTrip:importCommit', file(data))).toMatchObject({
      code: 'VALIDATION',
      details: { rows: [preview.rows[0]!.rowNumber] },
    });
    expect((await t.call('actions:get', { id: actions.n1 })).status).toBe('open');
  });

  it('a commit that fails leaves nothing written', async () => {
    const { files } = await issue();
    const wb = await workbookOf(files[agencies.police]!);
    const rows = [actions.p1, actions.p2].map((id) => rowOf(wb.worksheets[1]!, id).number);
    const before = await Promise.all([actions.p1, actions.p2].map((id) => historyOf(id)));
    const auditBefore = (await t.call('audit:list', { limit: 1 })).items[0]!.seq;

    // One good row and one bad row, both accepted: refused as a whole.
    const mixed = await edit(files[agencies.police]!, (sheet) => {
      answer(rowOf(sheet, actions.p1), { note: 'Fourth session held' });
      answer(rowOf(sheet, actions.p2), { status: 'Nearly' });
    });
    expect(
      await t.fail('roundTrip:importCommit', { ...file(mixed), acceptRows: rows }),
    ).toMatchObject({ code: 'VALIDATION', details: { rows: [rows[1]] } });

    // Personal data in a note: the privacy guard refuses after the updates were made.
    const personal = await edit(files[agencies.police]!, (sheet) => {
      answer(rowOf(sheet, actions.p1), { note: 'Call the witness on +34 612 345 678' });
      answer(rowOf(sheet, actions.p2), { note: 'Progress made' });
    });
    expect(await t.fail('roundTrip:importCommit', file(personal))).toMatchObject({
      code: 'PII_DETECTED',
    });

    const after = await Promise.all([actions.p1, actions.p2].map((id) => historyOf(id)));
    expect(after).toEqual(before);
    expect((await t.call('audit:list', { limit: 1 })).items[0]!.seq).toBe(auditBefore);
  });

  it('tracks which agencies returned their form, and which are late after the reply date', async () => {
    const { roundId, files } = await issue();
    const data = await edit(files[agencies.labour]!, (sheet) => {
      answer(rowOf(sheet, actions.l1), { note: 'Three workshops inspected' });
    });
    await t.call('roundTrip:importCommit', file(data));
    const statusOf = async () =>
      (await t.call('roundTrip:status', { bodyId })).rounds.find((r) => r.id === roundId)!;
    const now = await statusOf();
    expect(now).toMatchObject({
      body: { id: bodyId },
      issuedOn: '2026-11-30',
      replyBy: '2026-12-14',
    });
    expect(now.agencies.map((a) => [a.name, a.actions, a.returnedAt !== null, a.late])).toEqual([
      ['Labour Inspectorate', 1, true, false],
      ['National Police', 2, false, false],
      ['Safe Haven Foundation', 1, false, false],
    ]);
    clock = new Date('2026-12-20T12:00:00Z');
    try {
      const later = await statusOf();
      expect(later.agencies.map((a) => a.late)).toEqual([false, true, true]);
    } finally {
      clock = new Date('2026-11-30T12:00:00Z');
    }
    const other = await t.call('bodies:create', { name: 'Other Group', kind: 'working_group' });
    expect(await t.call('roundTrip:status', { bodyId: other.id })).toEqual({ rounds: [] });
  });
});
