/** Import of agencies and focal points: mapping, per-row errors, duplicates, all-or-nothing. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePillarList } from '../../electron/core/agencies/import/importFields';
import {
  createWorkspace,
  startTestCore,
  writableConnection,
  type TestCore,
} from '../fixtures/core';
import { hugeCsv, hugeXlsx } from '../fixtures/hugeImportFiles';

const FIXTURE = path.resolve(__dirname, '../fixtures/agencies-30.csv');
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

let t: TestCore;
beforeEach(async () => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { country: 'GH' });
});
afterEach(async () => {
  await t.cleanup();
});

async function counts() {
  const agencies = (await t.call('agencies:list', { includeArchived: true })).total;
  const focalPoints = (await t.call('focalPoints:list', { includeEnded: true })).items.length;
  return { agencies, focalPoints };
}

describe('agency import', () => {
  it('previews the 30-agency CSV with a suggested mapping and imports it with focal points', async () => {
    const file = { fileName: 'agencies.csv', contentBase64: b64(fs.readFileSync(FIXTURE)) };
    const preview = await t.call('agencies:importPreview', file);
    expect(preview.format).toBe('csv');
    expect(preview.summary).toEqual({
      rows: 30,
      valid: 30,
      withErrors: 0,
      duplicates: 0,
      focalPoints: 30,
    });
    expect(preview.mapping).toMatchObject({
      name: 0,
      acronym: 1,
      kind: 2,
      sector: 3,
      prevention: 4,
      focalPointName: 8,
      focalPointEmail: 10,
      focalPointPhone: 11,
    });
    expect(await counts()).toEqual({ agencies: 0, focalPoints: 0 }); // preview writes nothing

    const result = await t.call('agencies:importCommit', { ...file, mapping: preview.mapping });
    expect(result).toEqual({ agenciesCreated: 30, focalPointsCreated: 30, skipped: 0 });
    const police = (await t.call('agencies:list', { search: 'NPS' })).items[0]!;
    expect(police).toMatchObject({
      kind: 'law_enforcement',
      sector: 'state',
      pillarRoles: { prevention: 'support', prosecution: 'lead' },
      primaryFocalPoint: { name: 'Kofi Darko', email: 'kofi.darko@nps.example.org' },
    });
    const iom = (await t.call('agencies:list', { search: 'IOM' })).items[0]!;
    expect(iom).toMatchObject({ kind: 'international_organisation', sector: 'non_state' });
    expect(
      (await t.call('agencies:list', { pillars: ['partnership'], pillarRole: 'lead' })).items
        .map((a) => a.acronym)
        .sort(),
    ).toEqual(['IOM', 'MFA']);
  });

  it('reports every error of every row and imports nothing until all rows are valid', async () => {
    const csv = [
      'Agency,Type,Focal point,E-mail,Phone,Prevention',
      'Ministry of Labour,Ministry,Ama Mensah,ama@labour.example.org,+233 30 266 4611,lead',
      ',NGO,,,,',
      'Harbour Authority,Spaceship,Kojo Quaye,not-an-email,12345,maybe',
      'Border Police,Law enforcement,,,,',
    ].join('\n');
    const file = { fileName: 'agencies.csv', contentBase64: b64(csv) };
    const preview = await t.call('agencies:importPreview', file);
    expect(preview.summary).toMatchObject({ rows: 4, withErrors: 2, valid: 2 });
    const byRow = new Map(
      preview.rows.map((r) => [r.rowNumber, r.errors.map((e) => e.field).sort()]),
    );
    expect(byRow.get(2)).toEqual([]);
    expect(byRow.get(3)).toEqual(['name']);
    expect(byRow.get(4)).toEqual(['focalPointEmail', 'focalPointPhone', 'kind', 'prevention']);

    const refused = await t.fail('agencies:importCommit', { ...file, mapping: preview.mapping });
    expect(refused.code).toBe('VALIDATION');
    expect(
      (refused.details as { rows: { rowNumber: number }[] }).rows.map((r) => r.rowNumber),
    ).toEqual([3, 4]);
    expect(await counts()).toEqual({ agencies: 0, focalPoints: 0 });
  });

  it('flags duplicates of the workspace and of earlier rows; skips or refuses them', async () => {
    await t.call('agencies:create', {
      name: 'Immigration Service',
      acronym: 'GIS',
      kind: 'immigration_border',
    });
    const csv = [
      'Name,Acronym,Kind',
      'Immigration  service,IMM,Immigration/border', // same name as existing
      'Ghana Immigration,gis,Immigration/border', // same acronym as existing
      'Labour Inspectorate,LI,Labour inspection',
      'LABOUR INSPECTORATE,LI2,Labour inspection', // same as row 4
      'Health Service,HS,Health',
    ].join('\n');
    const file = { fileName: 'dups.csv', contentBase64: b64(csv) };
    const preview = await t.call('agencies:importPreview', file);
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([
      { source: 'workspace', name: 'Immigration Service' },
      { source: 'workspace', name: 'Immigration Service' },
      null,
      { source: 'file', name: 'Labour Inspectorate', rowNumber: 4 },
      null,
    ]);
    expect(preview.summary).toMatchObject({ duplicates: 3, valid: 2 });

    const refused = await t.fail('agencies:importCommit', {
      ...file,
      mapping: preview.mapping,
      duplicates: 'refuse',
    });
    expect(refused.code).toBe('DUPLICATE');
    expect((await counts()).agencies).toBe(1);

    const done = await t.call('agencies:importCommit', {
      ...file,
      mapping: preview.mapping,
      duplicates: 'skip',
    });
    expect(done).toEqual({ agenciesCreated: 2, focalPointsCreated: 0, skipped: 3 });
    expect((await counts()).agencies).toBe(3);
  });

  it('stops reading a CSV or XLSX file at the first row over the 5,000-row limit', async () => {
    // The big files end in a broken row after their agencies: a reader that parsed them whole
    // would report the broken end; one that stops at row 5,001 refuses them for their size.
    // (An .xlsx is parsed in chunks of some kilobytes: its broken end must be further away.)
    const cases = [
      { fileName: 'just-over.csv', contentBase64: b64(hugeCsv(5001)) },
      { fileName: 'million.csv', contentBase64: b64(hugeCsv(1_000_000)) },
      { fileName: 'just-over.xlsx', contentBase64: b64(hugeXlsx(5001, { brokenEnd: false })) },
      { fileName: 'million.xlsx', contentBase64: b64(hugeXlsx(1_000_000)) },
    ];
    for (const file of cases) {
      const started = Date.now();
      const error = await t.fail('agencies:importPreview', { ...file, mapping: { name: 0 } });
      expect(error.code, file.fileName).toBe('VALIDATION');
      expect(error.message, file.fileName).toMatch(/more than 5000 rows/);
      expect(Date.now() - started, `${file.fileName} read whole?`).toBeLessThan(10_000);
    }
    expect(await counts()).toEqual({ agencies: 0, focalPoints: 0 });
    // At the limit the file is read in full, and its broken end is reported.
    const atLimit = await t.fail('agencies:importPreview', {
      fileName: 'at-limit.xlsx',
      contentBase64: b64(hugeXlsx(5000)),
    });
    expect(atLimit.message).toMatch(/not a readable .xlsx/);
    const whole = await t.call('agencies:importPreview', {
      fileName: 'at-limit.xlsx',
      contentBase64: b64(hugeXlsx(5000, { brokenEnd: false })),
    });
    expect(whole.summary.rows).toBe(5000);
    expect(whole.rows.at(-1)!.values.name).toBe('A5001');
  }, 60_000);

  it('reads XLSX workbooks, lets the user pick the sheet, and applies a custom mapping', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRow(['This sheet explains the template']);
    const sheet = workbook.addWorksheet('Agencies');
    sheet.addRow(['Organismo', 'Sigla', 'Punto focal', 'Desde']);
    sheet.addRow([
      'Fiscalía Especializada',
      'FE',
      'Lucía García',
      new Date('2025-02-01T00:00:00Z'),
    ]);
    sheet.addRow(['Defensoría del Pueblo', 'DP', '', '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const file = { fileName: 'matriz.xlsx', contentBase64: bytes.toString('base64') };

    const first = await t.call('agencies:importPreview', file);
    expect(first).toMatchObject({
      format: 'xlsx',
      sheets: ['Read me', 'Agencies'],
      sheet: 'Read me',
    });
    const second = await t.call('agencies:importPreview', { ...file, sheet: 'Agencies' });
    expect(second.columns).toEqual(['Organismo', 'Sigla', 'Punto focal', 'Desde']);
    expect(second.mapping).toMatchObject({
      name: 0,
      acronym: 1,
      focalPointName: 2,
      focalPointStartDate: 3,
    });
    expect(second.summary).toMatchObject({ rows: 2, valid: 2, focalPoints: 1 });

    // A custom mapping: ignore the focal point columns.
    const mapping = { name: 0, acronym: 1 };
    const result = await t.call('agencies:importCommit', { ...file, sheet: 'Agencies', mapping });
    expect(result).toEqual({ agenciesCreated: 2, focalPointsCreated: 0, skipped: 0 });
    const fe = (await t.call('agencies:list', { search: 'fiscalia' })).items[0]!;
    expect(fe).toMatchObject({
      name: 'Fiscalía Especializada',
      kind: 'other',
      primaryFocalPoint: null,
    });
  });

  it('names the earlier row a duplicate repeats, and refuses names without letters or digits', async () => {
    const csv = [
      'Name,Acronym',
      'Ministry of Labour,ML',
      'Migration League,ML',
      '---,X',
      '***,Y',
    ].join('\n');
    const preview = await t.call('agencies:importPreview', {
      fileName: 'a.csv',
      contentBase64: b64(csv),
    });
    expect(preview.rows[1]!.duplicateOf).toEqual({
      source: 'file',
      name: 'Ministry of Labour',
      rowNumber: 2,
    });
    expect(preview.rows.slice(2).map((r) => r.errors.map((e) => e.field))).toEqual([
      ['name'],
      ['name'],
    ]);
    expect((await t.fail('agencies:create', { name: '(—)', kind: 'other' })).code).toBe(
      'VALIDATION',
    );
  });

  it('rolls the whole import back when a write fails half-way', async () => {
    const file = { fileName: 'agencies.csv', contentBase64: b64(fs.readFileSync(FIXTURE)) };
    const preview = await t.call('agencies:importPreview', file);
    // Make the 11th focal-point insert fail inside the commit's transaction.
    const db = writableConnection(t.core);
    db.exec(`CREATE TEMP TRIGGER fail_late BEFORE INSERT ON focal_points
      WHEN (SELECT count(*) FROM focal_points) >= 10 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const failed = await t.fail('agencies:importCommit', { ...file, mapping: preview.mapping });
    expect(failed.code).toBe('INTERNAL');
    expect(await counts()).toEqual({ agencies: 0, focalPoints: 0 });
    writableConnection(t.core).exec('DROP TRIGGER fail_late');
    expect(
      (await t.call('agencies:importCommit', { ...file, mapping: preview.mapping }))
        .agenciesCreated,
    ).toBe(30);
  });

  it('gives clear errors for unreadable files and impossible mappings', async () => {
    expect(
      (
        await t.fail('agencies:importPreview', {
          fileName: 'x.pdf',
          contentBase64: b64('%PDF-1.4'),
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await t.fail('agencies:importPreview', {
          fileName: 'x.xlsx',
          contentBase64: b64('not a zip'),
        })
      ).code,
    ).toBe('VALIDATION');
    const csv = { fileName: 'a.csv', contentBase64: b64('Name\nPolice') };
    const outOfRange = await t.fail('agencies:importCommit', { ...csv, mapping: { name: 5 } });
    expect(outOfRange).toMatchObject({ code: 'VALIDATION', details: { field: 'mapping' } });
    const noName = await t.fail('agencies:importCommit', { ...csv, mapping: { acronym: 0 } });
    expect(noName).toMatchObject({ code: 'VALIDATION', details: { field: 'mapping.name' } });
  });
});

// The forgiving import: a "Pillar lead" / "Pillar support" column listing several pillars, a
// commit of only the rows the preview kept (each still validated by the core, one
// transaction), and cells corrected in the preview.
async function names() {
  return (await t.call('agencies:list', { includeArchived: true })).items.map((a) => a.name).sort();
}

describe('pillar list cells', () => {
  it('reads names in EN/ES/FR, numbers and P1…P4 with any separator', () => {
    expect(parsePillarList('Prevention; Protection').pillars).toEqual(['prevention', 'protection']);
    expect(parsePillarList('1, 3').pillars).toEqual(['prevention', 'prosecution']);
    expect(parsePillarList('P1/P2').pillars).toEqual(['prevention', 'protection']);
    expect(parsePillarList('Prevención y Persecución').pillars).toEqual([
      'prevention',
      'prosecution',
    ]);
    expect(parsePillarList('Poursuites, Partenariat').pillars).toEqual([
      'prosecution',
      'partnership',
    ]);
    expect(parsePillarList('Pillar 4 | protección').pillars).toEqual(['partnership', 'protection']);
    expect(parsePillarList('Prevention; Spaceflight; 7')).toEqual({
      pillars: ['prevention'],
      unknown: ['Spaceflight', '7'],
    });
  });
});

describe('forgiving agency import', () => {
  it('maps "Pillar lead" / "Pillar support" columns and assigns the pillars they list', async () => {
    const csv = [
      'Agency,Acronym,Pillar lead,Pillar support',
      'Ministry of Labour,MOL,Prevention; Protection,P3/P4',
      'National Police,NPS,3,"1, 2"',
      'Legal Aid NGO,LAN,,Protección',
      'Harbour Authority,HA,Prevention; Cooking,',
    ].join('\n');
    const file = { fileName: 'register.csv', contentBase64: b64(csv) };
    const preview = await t.call('agencies:importPreview', file);
    expect(preview.mapping).toMatchObject({ name: 0, acronym: 1, pillarLead: 2, pillarSupport: 3 });
    expect(preview.rows.map((r) => r.errors.map((e) => [e.field, e.code]))).toEqual([
      [],
      [],
      [],
      [['pillarLead', 'unknownValue']],
    ]);

    const done = await t.call('agencies:importCommit', {
      ...file,
      mapping: preview.mapping,
      rowNumbers: [2, 3, 4],
    });
    expect(done).toEqual({ agenciesCreated: 3, focalPointsCreated: 0, skipped: 1 });
    const roles = new Map(
      (await t.call('agencies:list', {})).items.map((a) => [a.acronym, a.pillarRoles]),
    );
    expect(roles.get('MOL')).toEqual({
      prevention: 'lead',
      protection: 'lead',
      prosecution: 'support',
      partnership: 'support',
    });
    expect(roles.get('NPS')).toEqual({
      prevention: 'support',
      protection: 'support',
      prosecution: 'lead',
    });
    expect(roles.get('LAN')).toEqual({ protection: 'support' });
    expect(roles.has('HA')).toBe(false);
  });

  it('commits only the chosen rows, refuses a chosen row that is still invalid, and applies edits', async () => {
    const csv = [
      'Agency,Type,E-mail,Focal point',
      'Ministry of Labour,Ministry,ama@labour.example.org,Ama Mensah',
      'Harbour Authority,Spaceship,,',
      'Border Police,Law enforcement,not-an-email,Kojo Quaye',
    ].join('\n');
    const file = { fileName: 'agencies.csv', contentBase64: b64(csv) };
    const preview = await t.call('agencies:importPreview', file);
    expect(preview.summary).toMatchObject({ rows: 3, valid: 1, withErrors: 2 });

    // A chosen row that is invalid refuses the commit as a whole: nothing is written.
    const refused = await t.fail('agencies:importCommit', {
      ...file,
      mapping: preview.mapping,
      rowNumbers: [2, 3],
    });
    expect(refused.code).toBe('VALIDATION');
    expect(
      (refused.details as { rows: { rowNumber: number }[] }).rows.map((r) => r.rowNumber),
    ).toEqual([3]);
    expect(await names()).toEqual([]);

    // Rows that are not in the file are refused too.
    const unknownRow = await t.fail('agencies:importCommit', {
      ...file,
      mapping: preview.mapping,
      rowNumbers: [2, 99],
    });
    expect(unknownRow.code).toBe('VALIDATION');
    expect(await names()).toEqual([]);

    // The e-mail of row 4 corrected in the preview: the row is valid again.
    const edits = [
      { rowNumber: 4, field: 'focalPointEmail' as const, value: 'kojo@police.example.org' },
    ];
    const fixed = await t.call('agencies:importPreview', { ...file, edits });
    expect(fixed.rows.find((r) => r.rowNumber === 4)!.errors).toEqual([]);
    expect(fixed.rows.find((r) => r.rowNumber === 4)!.values.focalPointEmail).toBe(
      'kojo@police.example.org',
    );
    expect(fixed.summary).toMatchObject({ valid: 2, withErrors: 1 });

    // Without the edit the same row is refused on commit: the core checks again.
    const stale = await t.fail('agencies:importCommit', {
      ...file,
      mapping: preview.mapping,
      rowNumbers: [2, 4],
    });
    expect(stale.code).toBe('VALIDATION');
    expect(await names()).toEqual([]);

    const done = await t.call('agencies:importCommit', {
      ...file,
      mapping: preview.mapping,
      edits,
      rowNumbers: [2, 4],
    });
    expect(done).toEqual({ agenciesCreated: 2, focalPointsCreated: 2, skipped: 1 });
    expect(await names()).toEqual(['Border Police', 'Ministry of Labour']);
    const police = (await t.call('agencies:list', { search: 'Border' })).items[0]!;
    expect(police.primaryFocalPoint).toMatchObject({ email: 'kojo@police.example.org' });
  });
});
