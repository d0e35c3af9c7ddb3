/**
 * Word exports, opened as what they are (zip → word/document.xml): real headings, attendance
 * names, decisions, action rows, translated labels per language, restricted items left out of
 * the standard minutes, letterhead / classification / page numbers, and the .eml draft read
 * back with an independent MIME parser.
 */
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { svgToPng } from '../../electron/core/exports/kit/chart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { docxText, RESTRICTED_MARKER, seedMeetingCycle } from '../fixtures/meetingScenario';

let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', {
    letterheadText: 'Secretariat of the National Task Force\nMinistry of Interior, Capital City',
    classificationMarking: 'RESTRICTED',
    paperSize: 'Letter',
  });
  s = await seedMeetingCycle(t);
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

describe('Word exports', () => {
  it('minutes: header, grouped attendance, notes with lists, decisions, actions, approval', async () => {
    const file = await t.call('exports:minutes', { meetingId: s.meeting.id, language: 'en' });
    expect(file.fileName).toBe('Minutes-National-Task-Force-2-2026-11-03.docx');
    const { body, xml, headers, headerXml, core } = await docxText(file.data);
    expect(body).toContain('Minutes — 2nd meeting');
    expect(body).toMatch(/Present \(2\)[\s\S]*Ana Ruiz[\s\S]*Elena Costa/);
    expect(body).toMatch(/Represented by an alternate \(1\)[\s\S]*Deputy Inspector Lee/);
    expect(body).toMatch(/Apologies \(1\)\nAgency\nRepresentative\nSafe Haven Foundation \(SHF\)/);
    expect(body).toContain('Absent (1)');
    expect(body).toContain('Dr. Sam Lee');
    expect(body).toContain(
      'Quorum reached: 3 member agencies present or represented (3 required).',
    );
    // Notes: a heading below the item's heading, bold run, bullet + nested numbered list.
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]{0,400}Highlights/);
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,200}three joint inspections/);
    expect(xml).toMatch(
      /<w:numPr><w:ilvl w:val="0"\/>[\s\S]{0,300}Labour inspections in agriculture/,
    );
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>[\s\S]{0,300}Twelve beds available/);
    expect(body).toContain('Decision TF/2026/01: Adopt the referral SOP for labour exploitation.');
    expect(body).toMatch(/TF\/2026\/02\nHold a joint training for inspectors in March\./);
    // Restricted item, its notes and its decision are left out of the standard minutes.
    expect(body).not.toContain(RESTRICTED_MARKER);
    expect(body).toMatch(
      /\n\d+\. Case discussions — held in closed session, recorded in a restricted annex\n/,
    );
    expect(body).not.toContain('Restricted decision on a case.');
    expect(body).toMatch(
      /New action items\nAction\nResponsible agency\nDue\nStatus\nLatest update\nOrganise the inspectors training\nNP/,
    );
    expect(body).toMatch(
      /Action items updated at this meeting[\s\S]*Draft the referral SOP annex\nLI\n20 October 2026\nIn progress\n14 days overdue\n3 November 2026: First draft shared with partners\./,
    );
    expect(body).toContain('3rd meeting — Tuesday, 1 December 2026');
    expect(body).toContain('To be approved at the next meeting.');
    // Kit: letterhead, classification in header and footer, page X of Y, draft marking, metadata.
    expect(headers).toContain('Secretariat of the National Task Force');
    expect(headers.match(/RESTRICTED/g)?.length).toBeGreaterThanOrEqual(2);
    expect(headers).toContain('DRAFT — for comments, not for distribution');
    // "Page X of Y": the PAGE and NUMPAGES fields live in a footer part, not in the body.
    expect(headerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(headerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(xml).not.toMatch(/NUMPAGES/);
    expect(core).toContain('<dc:title>Minutes — National Task Force, 2nd meeting</dc:title>');
    expect(core).toContain('<dc:creator>National Task Force</dc:creator>');
    expect(xml).toContain('w:w="12240"'); // Letter width from the settings
    expect(xml).toMatch(/<w:tblHeader\/>/); // header rows repeat on page breaks
  });

  it('minutes include restricted items when asked, and carry page X of Y in the footer', async () => {
    const file = await t.call('exports:minutes', {
      meetingId: s.meeting.id,
      includeRestricted: true,
      draft: false,
    });
    const { body, headers } = await docxText(file.data);
    expect(body).toContain(RESTRICTED_MARKER);
    expect(body).toContain('Case discussions (Restricted)');
    expect(body).toContain('Restricted decision on a case.');
    expect(headers).not.toContain('DRAFT');
    expect(headers).toMatch(/Page\s*of/);
  });

  it.each([
    [
      'es',
      'Acta — 2.ª reunión',
      'Presentes (2)',
      'Decisiones',
      'Nuevos compromisos',
      'martes, 1 de diciembre de 2026',
      'Página',
    ],
    [
      'fr',
      'Procès-verbal — 2e réunion',
      'Présentes (2)',
      'Décisions',
      'Nouvelles actions',
      'mardi 1 décembre 2026',
      'Page',
    ],
    [
      'en',
      'Minutes — 2nd meeting',
      'Present (2)',
      'Decisions',
      'New action items',
      'Tuesday, 1 December 2026',
      'Page',
    ],
  ] as const)('minutes in %s carry translated labels and dates', async (language, ...expected) => {
    const file = await t.call('exports:minutes', { meetingId: s.meeting.id, language });
    const { body, headers } = await docxText(file.data);
    for (const text of expected.slice(0, 5)) expect(body).toContain(text);
    expect(headers).toContain(expected[5]);
  });

  it('invitation + agenda: letter, times, presenters, estimated end', async () => {
    const file = await t.call('exports:agenda', { meetingId: s.meeting.id, language: 'fr' });
    const { body } = await docxText(file.data);
    expect(body).toContain(
      'Le secrétariat de l’instance «\u202fNational Task Force\u202f» a l’honneur d’inviter votre institution à la 2e réunion',
    );
    expect(body).toContain('4\n10\u00a0h\u00a020\nReview of action items\nMOI\n20 min');
    // The default template fills the default two hours exactly.
    expect(body).toMatch(/Fin estimée\u00a0: 12\u00a0h(?!\u00a0\d)/);
  });

  it('action tracker: open actions grouped by agency, overdue highlighted, a chart image', async () => {
    const file = await t.call('exports:actionTracker', { language: 'en' });
    const { body, xml, files } = await docxText(file.data);
    expect(body).toContain('Open actions: 3  ·  Overdue actions: 1');
    expect(body).toMatch(/Labour Inspectorate \(1\)[\s\S]*Draft the referral SOP annex/);
    expect(body).toMatch(/National Police \(1\)[\s\S]*Organise the inspectors training/);
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(xml).toMatch(/w:fill="FCE4E4"[\s\S]{0,1500}Draft the referral SOP annex/);
  });

  it('per-agency follow-up: one letter page per agency with its actions and history', async () => {
    const file = await t.call('exports:agencyFollowUp', { language: 'en', replyBy: '2026-12-15' });
    const { body, xml } = await docxText(file.data);
    expect(body).toMatch(/To: Labour Inspectorate\nFor the attention of: Omar Haddad/);
    expect(body).toContain(
      'kindly requests an update on the following action items by 15 December 2026',
    );
    expect(body).toMatch(/3 November 2026\nIn progress\nFirst draft shared with partners\./);
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(3);
    const one = await t.call('exports:agencyFollowUp', { agencyIds: [s.agencies.police] });
    const only = await docxText(one.data);
    expect(only.body).toContain('To: National Police');
    expect(only.body).not.toContain('Labour Inspectorate');
    expect((only.xml.match(/<w:sectPr/g) ?? []).length).toBe(1);
    const past = await t.fail('exports:agencyFollowUp', { replyBy: '2026-01-01' });
    expect(past.code).toBe('VALIDATION');
  });

  it('decision register: every decision with reference, date and meeting', async () => {
    const file = await t.call('exports:decisionRegister', {
      bodyId: s.body.id,
      year: 2026,
      language: 'es',
    });
    const { body } = await docxText(file.data);
    // One body: its name is in the title, not in every row.
    expect(body).toContain('Registro de decisiones — National Task Force');
    // Minutes not yet approved: the decision is marked provisional.
    expect(body).toMatch(
      /TF\/2026\/01\n3 de noviembre de 2026\n2.ª reunión\nAdopt the referral SOP for labour exploitation\.\n\(provisional — acta aún no aprobada\)/,
    );
    // The decision taken under the restricted case item stays out unless asked for.
    expect(body).not.toContain('Restricted decision on a case.');
    const full = await t.call('exports:decisionRegister', {
      bodyId: s.body.id,
      includeRestricted: true,
    });
    expect((await docxText(full.data)).body).toContain('TF/2026/03');
  });

  it('distribution e-mail: a draft to member focal points with the documents attached', async () => {
    const file = await t.call('exports:distributionEmail', {
      meetingId: s.meeting.id,
      documents: ['agenda', 'minutes', 'actionTracker'],
      language: 'es',
    });
    expect(file.mimeType).toBe('message/rfc822');
    expect(file.recipients).toBe(3);
    const mail = await simpleParser(Buffer.from(file.data, 'base64'));
    expect(mail.subject).toBe('National Task Force — 2.ª reunión: documentos');
    expect(mail.text).toContain('Adjuntamos los documentos');
    expect(mail.headers.get('x-unsent')).toBe('1');
    const to = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
    expect(to.map((a) => a.address)).toEqual([
      'omar@labour.example',
      'ana.ruiz@police.example',
      'chloe@safehaven.example',
    ]);
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      'Orden-del-dia-National-Task-Force-2-2026-11-03.docx',
      'Acta-National-Task-Force-2-2026-11-03.docx',
      'Seguimiento-de-compromisos-National-Task-Force-2026-11-30.docx',
    ]);
    const minutes = mail.attachments[1]!;
    expect((await docxText(minutes.content.toString('base64'))).body).toContain(
      'Acta — 2.ª reunión',
    );
  });

  it('prints the letterhead logo in every header; refuses files that are not PNG or JPEG', async () => {
    const png = svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#1F3864"/></svg>',
      120,
    );
    const set = await t.call('exports:setLetterheadLogo', { image: png.toString('base64') });
    expect(set.logo).toMatchObject({ type: 'png', width: 240, height: 120 });
    const file = await t.call('exports:minutes', { meetingId: s.meeting.id });
    const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0]!)!.async('uint8array')).equals(png)).toBe(true);
    const header = await zip.file('word/header1.xml')!.async('string');
    expect(header).toContain('<w:drawing>');
    for (const image of [
      Buffer.from('GIF89a-not-allowed').toString('base64'),
      Buffer.from('hello').toString('base64'),
      '',
    ]) {
      expect((await t.fail('exports:setLetterheadLogo', { image })).code).toBe('VALIDATION');
    }
    expect((await t.fail('exports:setLetterheadLogo', { image: 'not base64!' })).code).toBe(
      'VALIDATION',
    );
    expect((await t.call('exports:letterheadLogo', {})).logo?.width).toBe(240);
    expect((await t.call('exports:setLetterheadLogo', { image: null })).logo).toBeNull();
    const plain = await JSZip.loadAsync(
      Buffer.from((await t.call('exports:minutes', { meetingId: s.meeting.id })).data, 'base64'),
    );
    expect(Object.keys(plain.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
  });

  it('refuses unknown meetings and bodies with NOT_FOUND', async () => {
    expect((await t.fail('exports:minutes', { meetingId: crypto.randomUUID() })).code).toBe(
      'NOT_FOUND',
    );
    expect((await t.fail('exports:actionTracker', { bodyId: crypto.randomUUID() })).code).toBe(
      'NOT_FOUND',
    );
  });
});
