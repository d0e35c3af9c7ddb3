/**
 * Update rounds through the contract: a round created first (who is included, with or without
 * a NAP reporting period) and its forms made from it; the NAP sheet of a period's round (the
 * agency's activities and their indicators, answer cells only, signed rows) filled in with
 * exceljs and applied as a progress update and measurements reported by the agency; a NAP row
 * moved from another agency's form, a value out of range, a bad row next to good ones — and
 * a closed round — refused, with the database exactly as it was.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_COLUMNS, NAP_COLUMNS } from '../../electron/core/roundTrip/updateFormSheet';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { decryptedDump } from '../fixtures/databaseDump';

let t: TestCore;
let bodyId: string;
let planId: string;
let q4: string;
const agencies = { police: '', labour: '', ngo: '' };
const ids = { p1: '', l1: '', a1: '', a2: '', a3: '', i1: '', i2: '', i3: '' };
const clock = new Date('2026-11-30T12:00:00Z');

beforeAll(async () => {
  t = startTestCore(() => clock, { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { timeZone: 'UTC' });
  const agency = async (name: string, acronym: string) =>
    (await t.call('agencies:create', { name, acronym, kind: 'other' })).id;
  agencies.police = await agency('National Police', 'NP');
  agencies.labour = await agency('Labour Inspectorate', 'LI');
  agencies.ngo = await agency('Safe Haven Foundation', 'SHF');
  const body = await t.call('bodies:create', {
    name: 'National Task Force',
    kind: 'national_task_force',
    memberAgencyIds: Object.values(agencies),
  });
  bodyId = body.id;
  const meeting = await t.call('meetings:create', { bodyId, date: '2026-11-03' });
  const action = async (title: string, owner: string) =>
    (await t.call('actions:create', { title, ownerAgencyId: owner, meetingId: meeting.id })).id;
  ids.p1 = await action('Train border officers on indicators', agencies.police);
  ids.l1 = await action('Inspect the garment workshops', agencies.labour);

  const plan = await t.call('nap:createPlan', {
    title: 'National Action Plan 2026–2027',
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    periodKind: 'quarter',
  });
  planId = plan.id;
  q4 = plan.periods.find((p) => p.start === '2026-10-01')!.id;
  const objective = await t.call('nap:upsertObjective', {
    pillarId: plan.pillars[0]!.id,
    name: 'Identify more victims',
  });
  const activity = async (text: string, lead: string, end: string | null = null) =>
    (
      await t.call('nap:upsertActivity', {
        objectiveId: objective.id,
        text,
        leadAgencyIds: [lead],
        end,
      })
    ).id;
  ids.a1 = await activity('Train frontline officers', agencies.police);
  ids.a2 = await activity('Joint labour inspections', agencies.labour);
  // Ended before the period: not in the period's forms.
  ids.a3 = await activity('Shelter mapping', agencies.ngo, '2026-03-31');
  const indicator = async (activityId: string, name: string, isPercentage = false) =>
    (
      await t.call('nap:upsertIndicator', {
        activityId,
        name,
        unit: isPercentage ? '' : 'officers',
        targetValue: isPercentage ? 80 : 200,
        isPercentage,
      })
    ).id;
  ids.i1 = await indicator(ids.a1, 'Officers trained');
  ids.i2 = await indicator(ids.a1, 'Share of cases referred', true);
  ids.i3 = await indicator(ids.a2, 'Inspections carried out');
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

async function formsOf(roundId: string) {
  const out = await t.call('roundTrip:exportForms', { roundId });
  const zip = await JSZip.loadAsync(Buffer.from(out.data, 'base64'));
  const files: Record<string, Buffer> = {};
  for (const f of out.forms) files[f.agencyId] = await zip.file(f.fileName)!.async('nodebuffer');
  return { out, files };
}

async function napRound() {
  const round = await t.call('roundTrip:createRound', {
    bodyId,
    replyBy: '2026-12-14',
    napPeriodId: q4,
  });
  return { round, ...(await formsOf(round.id)) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const napSheetOf = (wb: ExcelJS.Workbook) => wb.getWorksheet('NAP')!;

function napRowOf(sheet: ExcelJS.Worksheet, itemId: string): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(NAP_COLUMNS.itemId).value === itemId) return sheet.getRow(r);
  }
  throw new Error('row not found');
}

async function edit(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await workbookOf(bytes);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const set = (row: ExcelJS.Row, cells: Partial<Record<keyof typeof NAP_COLUMNS, unknown>>) => {
  for (const [k, v] of Object.entries(cells)) {
    row.getCell(NAP_COLUMNS[k as keyof typeof NAP_COLUMNS]).value = v as ExcelJS.CellValue;
  }
};

const file = (dataBase64: string) => ({ fileName: 'returned.xlsx', dataBase64 });
const planOf = () => t.call('nap:getPlan', { id: planId });
const activityOf = async (id: string) =>
  (await planOf()).pillars
    .flatMap((p) => p.objectives)
    .flatMap((o) => o.activities)
    .find((a) => a.id === id)!;
const indicatorOf = async (id: string) =>
  (await planOf()).pillars
    .flatMap((p) => p.objectives)
    .flatMap((o) => o.activities)
    .flatMap((a) => a.indicators)
    .find((i) => i.id === id)!;

describe('update rounds', () => {
  it('are created first: who is included, with the NAP period’s lead agencies', async () => {
    const plain = await t.call('roundTrip:createRound', { bodyId });
    expect(plain.napPeriod).toBeNull();
    expect(plain.replyBy).toBe('2026-12-14');
    expect(plain.agencies.map((a) => [a.name, a.actions, a.napItems])).toEqual([
      ['Labour Inspectorate', 1, 0],
      ['National Police', 1, 0],
    ]);
    const { round, out, files } = await napRound();
    expect(round.napPeriod).toMatchObject({ id: q4, label: '2026 Q4', planId });
    // Police: its activity and both indicators; labour: one activity, one indicator; the
    // NGO's activity ended before the period.
    expect(round.agencies.map((a) => [a.name, a.actions, a.napItems])).toEqual([
      ['Labour Inspectorate', 1, 2],
      ['National Police', 1, 3],
    ]);
    expect(out.roundId).toBe(round.id);
    expect(out.forms.map((f) => [f.agencyName, f.actions, f.napItems]).sort()).toEqual([
      ['Labour Inspectorate', 1, 2],
      ['National Police', 1, 3],
    ]);
    const status = (await t.call('roundTrip:status', { bodyId })).rounds.find(
      (r) => r.id === round.id,
    )!;
    expect(status).toMatchObject({ closedAt: null, napPeriod: { id: q4, label: '2026 Q4' } });

    const wb = await workbookOf(files[agencies.police]!);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Instructions',
      'Actions',
      'NAP',
      'coordina',
    ]);
    const instructions = wb.getWorksheet('Instructions')!;
    const text = instructions
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(text).toContain('On the sheet “NAP”');
    expect(text).toContain('2026 Q4');
    const nap = napSheetOf(wb);
    const a1 = napRowOf(nap, ids.a1);
    const i1 = napRowOf(nap, ids.i1);
    const i2 = napRowOf(nap, ids.i2);
    expect(a1.getCell(NAP_COLUMNS.status).value).toBe('Not started');
    expect(a1.getCell(NAP_COLUMNS.newStatus).protection?.locked).toBe(false);
    expect(a1.getCell(NAP_COLUMNS.value).protection?.locked).not.toBe(false);
    expect(i1.getCell(NAP_COLUMNS.value).protection?.locked).toBe(false);
    // A count has no numerator; a percentage has both.
    expect(i1.getCell(NAP_COLUMNS.numerator).protection?.locked).not.toBe(false);
    expect(i2.getCell(NAP_COLUMNS.numerator).protection?.locked).toBe(false);
    expect(i2.getCell(NAP_COLUMNS.denominator).protection?.locked).toBe(false);
    expect(nap.getColumn(NAP_COLUMNS.signature).hidden).toBe(true);
    expect(() => napRowOf(nap, ids.a2)).toThrow('row not found');
    const protection = (nap as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection;
    expect(protection.sheet).toBe(true);

    expect(await t.fail('roundTrip:createRound', { bodyId, napPeriodId: ids.a1 })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await t.fail('roundTrip:exportForms', { roundId: ids.a1 })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('take the NAP answers in as a progress update and measurements of the agency', async () => {
    const { files } = await napRound();
    const data = await edit(files[agencies.police]!, (wb) => {
      const sheet = napSheetOf(wb);
      set(napRowOf(sheet, ids.a1), { newStatus: 'On track', note: 'Two sessions held' });
      set(napRowOf(sheet, ids.i1), { value: 25, source: 'Training register' });
      set(napRowOf(sheet, ids.i2), { numerator: 3, denominator: 4, source: 'Case files' });
      const actions = wb.getWorksheet('Actions')!;
      actions.getRow(2).getCell(FORM_COLUMNS.note).value = 'Curriculum drafted';
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    expect(preview.napPeriod).toEqual({ id: q4, label: '2026 Q4' });
    expect(preview.counts).toEqual({ change: 4, unchanged: 0, error: 0 });
    const napRows = preview.rows.filter((r) => r.kind !== 'action');
    expect(
      napRows.map((r) => [r.kind, r.nap!.itemId, r.nap!.newStatus, r.nap!.value, r.state]),
    ).toEqual([
      ['activity', ids.a1, 'on_track', null, 'change'],
      ['indicator', ids.i1, null, 25, 'change'],
      ['indicator', ids.i2, null, 75, 'change'],
    ]);

    const out = await t.call('roundTrip:importCommit', file(data));
    expect(out).toMatchObject({
      agencyId: agencies.police,
      applied: 4,
      actionIds: [ids.p1],
      activityIds: [ids.a1],
      indicatorIds: [ids.i1, ids.i2],
    });
    const a1 = await activityOf(ids.a1);
    expect(a1.status).toBe('on_track');
    expect(a1.updates).toHaveLength(1);
    expect(a1.updates[0]!.periodId).toBe(q4);
    expect(a1.updates[0]!.narrative).toBe(
      'Two sessions held\n(Reported by National Police in the update form returned on 30 November 2026.)',
    );
    const i1 = await indicatorOf(ids.i1);
    expect(
      i1.measurements.map((m) => [m.periodId, m.value, m.source, m.reportingAgency?.id]),
    ).toEqual([[q4, 25, 'Training register', agencies.police]]);
    expect(i1.measurements[0]!.note).toContain('update form returned on 30 November 2026');
    const i2 = await indicatorOf(ids.i2);
    expect(i2.measurements.map((m) => [m.value, m.numerator, m.denominator])).toEqual([[75, 3, 4]]);
    const audit = (await t.call('audit:list', { limit: 1 })).items[0]!;
    expect(audit.channel).toBe('roundTrip:importCommit');
  });

  it('refuse a NAP row moved in from another agency’s form, and write nothing', async () => {
    const { files } = await napRound();
    const labour = napSheetOf(await workbookOf(files[agencies.labour]!));
    const stolen = napRowOf(labour, ids.i3);
    const data = await edit(files[agencies.police]!, (wb) => {
      const sheet = napSheetOf(wb);
      const target = sheet.getRow(sheet.rowCount + 1);
      for (let c = 1; c <= NAP_COLUMNS.signature; c++) {
        target.getCell(c).value = stolen.getCell(c).value;
      }
      target.getCell(NAP_COLUMNS.value).value = 12;
      set(napRowOf(sheet, ids.i1), { value: 30 });
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    const moved = preview.rows.find((r) => r.nap?.itemId === ids.i3)!;
    expect(moved.errors).toEqual([{ field: 'item', code: 'foreign_action' }]);
    // Signed for the labour form: even the signature does not hold in the police form.
    const dump = decryptedDump(t);
    expect(await t.fail('roundTrip:importCommit', file(data))).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'foreign_rows', rows: [moved.rowNumber] },
    });
    expect(decryptedDump(t)).toBe(dump);
  });

  it('flag values out of range, and apply nothing of a file with a bad row', async () => {
    const { files } = await napRound();
    const data = await edit(files[agencies.police]!, (wb) => {
      const sheet = napSheetOf(wb);
      set(napRowOf(sheet, ids.i1), { value: -5 });
      set(napRowOf(sheet, ids.i2), { numerator: 5, denominator: 4 });
      set(napRowOf(sheet, ids.a1), { newStatus: 'Delayed' });
      wb.getWorksheet('Actions')!.getRow(2).getCell(FORM_COLUMNS.note).value = 'Fine row';
    });
    const preview = await t.call('roundTrip:importPreview', file(data));
    const byItem = (id: string) => preview.rows.find((r) => r.nap?.itemId === id)!;
    expect(byItem(ids.i1).errors).toEqual([{ field: 'value', code: 'out_of_range' }]);
    expect(byItem(ids.i2).errors).toEqual([{ field: 'numerator', code: 'out_of_range' }]);
    expect(byItem(ids.a1).errors).toEqual([{ field: 'note', code: 'reason_required' }]);
    expect(preview.counts).toEqual({ change: 1, unchanged: 0, error: 3 });

    const dump = decryptedDump(t);
    expect(await t.fail('roundTrip:importCommit', file(data))).toMatchObject({
      code: 'VALIDATION',
      details: {
        rows: [],
        napRows: [byItem(ids.a1).rowNumber, byItem(ids.i1).rowNumber, byItem(ids.i2).rowNumber],
      },
    });
    expect(decryptedDump(t)).toBe(dump);

    // Only the good action row accepted: it alone is applied; no NAP row is.
    const measurements = (await indicatorOf(ids.i1)).measurements.length;
    const out = await t.call('roundTrip:importCommit', {
      ...file(data),
      acceptRows: [2],
      acceptNapRows: [],
    });
    expect(out).toMatchObject({ applied: 1, activityIds: [], indicatorIds: [] });
    expect((await indicatorOf(ids.i1)).measurements).toHaveLength(measurements);
  });

  it('read the NAP sheet in the form language, and refuse an altered hidden state', async () => {
    const round = await t.call('roundTrip:createRound', {
      bodyId,
      language: 'es',
      napPeriodId: q4,
    });
    const { files } = await formsOf(round.id);
    const wb = await workbookOf(files[agencies.labour]!);
    expect(wb.worksheets.map((x) => x.name)).toEqual([
      'Instrucciones',
      'Compromisos',
      'PAN',
      'coordina',
    ]);
    const altered = await edit(files[agencies.labour]!, (book) => {
      const row = napRowOf(book.getWorksheet('PAN')!, ids.i3);
      set(row, { stateAt: 'm#0-edited', value: 4 });
    });
    const refused = await t.call('roundTrip:importPreview', file(altered));
    expect(refused.rows.find((r) => r.nap?.itemId === ids.i3)!.errors).toEqual([
      { field: 'item', code: 'tampered' },
    ]);
    expect(await t.fail('roundTrip:importCommit', file(altered))).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'foreign_rows' },
    });

    const data = await edit(files[agencies.labour]!, (book) => {
      set(napRowOf(book.getWorksheet('PAN')!, ids.a2), {
        newStatus: 'En riesgo',
        note: 'Faltan inspectores',
      });
    });
    const out = await t.call('roundTrip:importCommit', file(data));
    expect(out.activityIds).toEqual([ids.a2]);
    const a2 = await activityOf(ids.a2);
    expect([a2.status, a2.statusReason]).toEqual(['at_risk', 'Faltan inspectores']);
    expect(a2.updates.at(-1)!.narrative).toBe(
      'Faltan inspectores\n(Informado por Labour Inspectorate en el formulario de seguimiento devuelto el 30 de noviembre de 2026.)',
    );
  });

  it('take a NAP round’s Actions sheet re-saved as CSV without NAP rows; its NAP sheet alone is unidentified', async () => {
    const { round, files } = await napRound();
    const wb = await workbookOf(files[agencies.police]!);
    const actionsSheet = wb.getWorksheet('Actions')!;
    let p1Row = 0;
    actionsSheet.eachRow((row, n) => {
      if (row.getCell(FORM_COLUMNS.actionId).value === ids.p1) p1Row = n;
    });
    actionsSheet.getRow(p1Row).getCell(FORM_COLUMNS.note).value = 'Checkpoint staffed';
    set(napRowOf(napSheetOf(wb), ids.a1), { newStatus: 'Ongoing' });
    const csvOf = async (sheetName: string) =>
      Buffer.from(
        await wb.csv.writeBuffer({ sheetName, formatterOptions: { delimiter: ';' } }),
      ).toString('base64');
    const csv = { fileName: 'returned.csv', dataBase64: await csvOf('Actions') };
    const preview = await t.call('roundTrip:importPreview', csv);
    expect(preview).toMatchObject({
      source: 'csv',
      roundId: round.id,
      agency: { id: agencies.police },
      napPeriod: { id: q4 },
      counts: { change: 1, error: 0 },
    });
    expect(preview.rows.map((r) => r.kind)).toEqual(['action']);
    const out = await t.call('roundTrip:importCommit', { ...csv, acceptRows: [p1Row] });
    expect(out).toMatchObject({
      applied: 1,
      actionIds: [ids.p1],
      activityIds: [],
      indicatorIds: [],
    });

    // The NAP sheet saved on its own names no action of a form: nothing is taken from it.
    const before = decryptedDump(t);
    const napCsv = { fileName: 'nap.csv', dataBase64: await csvOf('NAP') };
    for (const call of [
      t.fail('roundTrip:importPreview', napCsv),
      t.fail('roundTrip:importCommit', { ...napCsv, acceptRows: [2] }),
    ]) {
      expect(await call).toMatchObject({ code: 'VALIDATION' });
    }
    expect(decryptedDump(t)).toBe(before);
  });

  it('refuse every form of a closed round, whole, with nothing written', async () => {
    const { round, files } = await napRound();
    const data = await edit(files[agencies.labour]!, (wb) => {
      set(napRowOf(napSheetOf(wb), ids.i3), { value: 7 });
      wb.getWorksheet('Actions')!.getRow(2).getCell(FORM_COLUMNS.note).value = 'Two visits';
    });
    expect((await t.call('roundTrip:importPreview', file(data))).counts.change).toBe(2);

    const closed = await t.call('roundTrip:closeRound', { roundId: round.id });
    expect(closed).toEqual({ roundId: round.id, closedAt: clock.toISOString() });
    const audit = (await t.call('audit:list', { limit: 1 })).items[0]!;
    expect(audit.channel).toBe('roundTrip:closeRound');
    const status = (await t.call('roundTrip:status', { bodyId })).rounds.find(
      (r) => r.id === round.id,
    )!;
    expect(status.closedAt).toBe(clock.toISOString());

    const dump = decryptedDump(t);
    for (const c of ['roundTrip:importPreview', 'roundTrip:importCommit'] as const) {
      expect(await t.fail(c, file(data))).toMatchObject({
        code: 'VALIDATION',
        details: { reason: 'closed_round' },
      });
    }
    expect(await t.fail('roundTrip:exportForms', { roundId: round.id })).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'closed_round' },
    });
    expect(decryptedDump(t)).toBe(dump);
    expect((await indicatorOf(ids.i3)).measurements).toEqual([]);
    expect(await t.fail('roundTrip:closeRound', { roundId: ids.a1 })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
