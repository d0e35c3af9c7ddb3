/**
 * Follow-up letters that can be sent: each agency's letter is its own section with its own page
 * numbers, a reference, the meetings where its actions were agreed, a signatory and copies; and
 * the distribution never leaks — one .eml per agency, to its focal points only, with only its
 * own letter, read back with an independent MIME parser.
 */
import JSZip from 'jszip';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterReference } from '../../electron/core/exports/followUpLetters';
import { separateFieldResults } from '../../electron/core/exports/kit/fieldResults';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { docxText, seedMeetingCycle } from '../fixtures/meetingScenario';

let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
const SECRETARIAT = 'secretariat@tf.example';

/** Each agency with open actions: its letter's name and the only addresses it may go to. */
const AGENCIES = {
  labour: { name: 'Labour Inspectorate', to: ['omar@labour.example', 'lina@labour.example'] },
  police: { name: 'National Police', to: ['ana.ruiz@police.example'] },
  ngo: { name: 'Safe Haven Foundation', to: ['chloe@safehaven.example'] },
};
const ACTIONS = {
  labour: 'Draft the referral SOP annex',
  police: 'Organise the inspectors training',
  ngo: 'Update the shelter directory',
};

beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', {
    signatoryName: 'Elena Costa',
    signatoryTitle: 'Head of the secretariat',
    secretariatEmail: SECRETARIAT,
  });
  s = await seedMeetingCycle(t);
  await t.call('focalPoints:create', {
    agencyId: s.agencies.labour,
    name: 'Lina Haddad',
    email: 'lina@labour.example',
    role: 'alternate',
  });
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) =>
    a.value.map((v) => v.address),
  );

/** The .eml drafts of a .zip, parsed, in the archive's order. */
async function drafts(base64: string): Promise<{ name: string; mail: ParsedMail }[]> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const names = Object.keys(zip.files);
  expect(names.every((n) => n.endsWith('.eml'))).toBe(true);
  return Promise.all(
    names.map(async (name) => ({
      name,
      mail: await simpleParser(await zip.file(name)!.async('nodebuffer')),
    })),
  );
}

/** Asserts a draft is one agency's: its focal points, its one letter, nothing of the others. */
async function expectAgencyDraft(mail: ParsedMail, agency: keyof typeof AGENCIES, to = 'To: ') {
  expect(addresses(mail.to).sort()).toEqual([...AGENCIES[agency].to].sort());
  expect(addresses(mail.cc)).toEqual([SECRETARIAT]);
  expect(mail.bcc).toBeUndefined();
  expect(mail.attachments).toHaveLength(1);
  const letter = await docxText(mail.attachments[0]!.content.toString('base64'));
  expect(letter.body).toContain(`${to}${AGENCIES[agency].name}`);
  expect(letter.body).toContain(ACTIONS[agency]);
  for (const other of Object.keys(AGENCIES) as (keyof typeof AGENCIES)[]) {
    if (other === agency) continue;
    expect(letter.body).not.toContain(AGENCIES[other].name);
    expect(letter.body).not.toContain(ACTIONS[other]);
  }
  expect((letter.xml.match(/<w:sectPr/g) ?? []).length).toBe(1);
}

function agencyOf(mail: ParsedMail): keyof typeof AGENCIES {
  const found = (Object.keys(AGENCIES) as (keyof typeof AGENCIES)[]).find((k) =>
    mail.subject?.includes(AGENCIES[k].name),
  );
  if (!found) throw new Error(`no agency in "${mail.subject}"`);
  return found;
}

describe('follow-up distribution', () => {
  it('yields one .eml per agency, to its focal points only, with only its own letter', async () => {
    const file = await t.call('exports:followUpDistribution', {
      bodyId: s.body.id,
      language: 'en',
      replyBy: '2026-12-15',
    });
    expect(file.mimeType).toBe('application/zip');
    expect(file.fileName).toBe('E-mail-drafts-National-Task-Force-2026-11-30.zip');
    expect(file).toMatchObject({ messages: 3, recipients: 4, agenciesWithoutRecipients: [] });
    const all = await drafts(file.data);
    expect(all.map((d) => d.name)).toEqual([
      'Follow-up-e-mail-LI-2026-11-30.eml',
      'Follow-up-e-mail-NP-2026-11-30.eml',
      'Follow-up-e-mail-SHF-2026-11-30.eml',
    ]);
    for (const { mail } of all) {
      expect(mail.headers.get('x-unsent')).toBe('1');
      await expectAgencyDraft(mail, agencyOf(mail));
    }
    const labour = all[0]!.mail;
    expect(labour.subject).toBe(
      'National Task Force — Follow-up of action items: Labour Inspectorate (TF/FU/2026/LI-1130)',
    );
    expect(labour.text).toContain('by 15 December 2026');
    expect(labour.text).toContain('Elena Costa\nHead of the secretariat');
    expect(labour.attachments[0]!.filename).toBe('Follow-up-letter-LI-2026-11-30.docx');
  });

  it('with other documents: one .eml to all with them, then one per agency with its letter', async () => {
    const file = await t.call('exports:distributionEmail', {
      meetingId: s.meeting.id,
      documents: ['minutes', 'actionTracker', 'agencyFollowUp'],
      language: 'es',
    });
    expect(file.mimeType).toBe('application/zip');
    expect(file.fileName).toBe('Borradores-de-correo-National-Task-Force-2-2026-11-03.zip');
    expect(file.messages).toBe(4);
    const [common, ...perAgency] = await drafts(file.data);
    expect(addresses(common!.mail.to).sort()).toEqual(
      Object.values(AGENCIES)
        .flatMap((a) => a.to)
        .sort(),
    );
    expect(common!.mail.attachments.map((a) => a.filename)).toEqual([
      'Acta-National-Task-Force-2-2026-11-03.docx',
      'Seguimiento-de-compromisos-National-Task-Force-2026-11-30.docx',
    ]);
    expect(perAgency).toHaveLength(3);
    for (const { mail } of perAgency) await expectAgencyDraft(mail, agencyOf(mail), 'A: ');
  });

  it('never puts the letters in a draft to all, even when they are the only document', async () => {
    const file = await t.call('exports:distributionEmail', {
      meetingId: s.meeting.id,
      documents: ['agencyFollowUp'],
      language: 'fr',
    });
    const all = await drafts(file.data);
    expect(all).toHaveLength(3);
    for (const { mail } of all) await expectAgencyDraft(mail, agencyOf(mail), 'À\u00a0: ');
  });
});

describe('sendable letters', () => {
  it('each letter is its own section, numbering its own pages (Page 1 of n)', async () => {
    const file = await t.call('exports:agencyFollowUp', { bodyId: s.body.id, language: 'en' });
    const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(3);
    for (const section of sections) expect(section).toContain('<w:pgNumType w:start="1"/>');
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers.length).toBeGreaterThanOrEqual(3);
    for (const footer of footers) {
      const part = await zip.file(footer)!.async('string');
      expect(part).toContain('SECTIONPAGES');
      expect(part).not.toContain('NUMPAGES');
      // The count is written, in a run of its own (LibreOffice shows it with its formatting).
      expect(part).toMatch(
        /SECTIONPAGES[\s\S]*?separate"\/><\/w:r><w:r><w:rPr>[\s\S]*?<w:t[^>]*>1</,
      );
    }
  });

  it('carries reference, date, subject, meetings, signatory and copies', async () => {
    const { body } = await docxText(
      (await t.call('exports:agencyFollowUp', { bodyId: s.body.id, language: 'en' })).data,
    );
    expect(body).toMatch(/Reference: TF\/FU\/2026\/LI-1130\n30 November 2026\n/);
    expect(body).toContain('Subject: Follow-up of action items — Labour Inspectorate');
    expect(body).toContain(
      'The action items below were agreed by the coordination body “National Task Force” at its 1st meeting (6 October 2026).',
    );
    expect(body).toContain('Agreed at the 2nd meeting (3 November 2026)');
    expect(body).toMatch(
      /Yours sincerely,\nElena Costa\nHead of the secretariat\nSecretariat, National Task Force\ncc:\tChair, National Task Force \(Ministry of Interior\)\nSecretariat \(secretariat@tf\.example\)/,
    );
    const es = await docxText(
      (await t.call('exports:agencyFollowUp', { bodyId: s.body.id, language: 'es' })).data,
    );
    expect(es.body).toContain('Referencia: TF/FU/2026/NP-1130');
    expect(es.body).toContain('Asunto: Seguimiento de compromisos — National Police');
    expect(es.body).toContain('en su 2.ª reunión (3 de noviembre de 2026)');
    const fr = await docxText(
      (await t.call('exports:agencyFollowUp', { bodyId: s.body.id, language: 'fr' })).data,
    );
    expect(fr.body).toContain('Objet\u00a0: Suivi des actions — Safe Haven Foundation');
    expect(fr.body).toContain('lors de sa 2e réunion (3 novembre 2026)');
  });

  it('is signed by the secretariat without a signatory; a letter without address is reported', async () => {
    await t.call('workspace:updateSettings', { signatoryName: '', signatoryTitle: '' });
    await t.call('actions:create', {
      title: 'Nominate a focal point',
      ownerAgencyId: s.agencies.social,
      bodyId: s.body.id,
    });
    const { body } = await docxText(
      (await t.call('exports:agencyFollowUp', { agencyIds: [s.agencies.social] })).data,
    );
    expect(body).toMatch(/Yours sincerely,\nSecretariat, National Task Force\ncc:/);
    const file = await t.call('exports:followUpDistribution', { bodyId: s.body.id });
    expect(file.agenciesWithoutRecipients).toEqual(['Social Welfare Department']);
    const social = (await drafts(file.data)).find((d) => d.name.includes('SWD'))!;
    expect(addresses(social.mail.to)).toEqual([]);
    expect(addresses(social.mail.cc)).toEqual([SECRETARIAT]);
    const none = await t.call('agencies:create', { name: 'Idle Agency', kind: 'other' });
    expect((await t.fail('exports:followUpDistribution', { agencyIds: [none.id] })).code).toBe(
      'VALIDATION',
    );
  });

  it('builds deterministic references: body code, FU, year, agency acronym, month and day', () => {
    expect(letterReference('TF', '2026-01-05', 'Mín-Just')).toBe('TF/FU/2026/MIN-JUST-0105');
    expect(letterReference('NTF', '2027-12-31', '')).toBe('NTF/FU/2027/X-1231');
  });

  it('moves a field result written in its separator run into a run of its own', () => {
    const run = '<w:rPr><w:sz w:val="16"/></w:rPr>';
    expect(
      separateFieldResults(
        `<w:r>${run}<w:fldChar w:fldCharType="separate"/><w:t xml:space="preserve">2</w:t></w:r>`,
      ),
    ).toBe(
      `<w:r>${run}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${run}<w:t xml:space="preserve">2</w:t></w:r>`,
    );
  });
});
