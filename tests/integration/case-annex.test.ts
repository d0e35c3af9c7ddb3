/**
 * The restricted case annex of a meeting: RESTRICTED in the header and footer of every
 * section, its own file name, the case content after k-anonymity, the passphrase asked again
 * (a wrong one builds and audits nothing), the privacy guard, and an audit entry that names
 * the meeting and never a case. The annex runs on the fast tier (in memory); the passphrase is
 * checked against the encrypted file, so its test has one.
 */
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESTRICTED_BAND } from '../../electron/core/exports/kit/documentLanguage';
import { createMeeting, startActionsWorld, type ActionsWorld } from '../fixtures/actionsWorld';
import { STRONG_PASSPHRASE, type TestCore, type TestCoreOptions } from '../fixtures/core';
import { docxText } from '../fixtures/meetingScenario';

let w: ActionsWorld;
let t: TestCore;
/** Each test of the describe in its own world: `{ memory: true }` unless it needs the file. */
function eachInAWorld(options: TestCoreOptions) {
  beforeEach(async () => {
    w = await startActionsWorld(options); // clock: 2026-03-10
    t = w.t;
  });
  afterEach(async () => {
    await t.cleanup();
  });
}

const ENTRY = 'Shelter placement confirmed; the prosecutor expects the reply from Romania soon.';

async function meetingWithTwoCases() {
  const m = await createMeeting(w, '2026-03-12');
  const base = {
    suspects: { count: 2, nationalities: ['RO'] },
    openedMonth: '2026-01',
    nrmReferral: true,
    nrmReferralMonth: '2026-02',
    assistance: ['shelter' as const],
  };
  // One victim (fewer than k = 5): generalised to Africa and child.
  const small = await t.call('cases:create', {
    ...base,
    profiles: [
      {
        ageBand: '12-17',
        sex: 'female',
        nationality: 'NG',
        exploitationForms: ['sexual_exploitation'],
      },
    ],
    agencies: [
      { agencyId: w.police, role: 'lead_investigation' },
      { agencyId: w.prosecutors, role: 'prosecution' },
    ],
  });
  // Six victims: shown as they are.
  const large = await t.call('cases:create', {
    ...base,
    profiles: [
      {
        ageBand: '25-34',
        sex: 'male',
        nationality: 'RO',
        exploitationForms: ['forced_labour'],
        count: 6,
      },
    ],
    agencies: [{ agencyId: w.immigration, role: 'labour_inspection' }],
  });
  await t.call('cooperation:create', {
    caseId: small.id,
    type: 'mutual_legal_assistance',
    direction: 'outgoing',
    country: 'NG',
    authority: 'Central Authority',
    legalBasis: 'untoc_art18',
    draftedOn: '2026-01-05',
    sentOn: '2026-01-09',
    status: 'sent',
  });
  await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [small.id, large.id] });
  await t.call('cases:addDiscussion', { caseId: small.id, meetingId: m.id, text: ENTRY });
  await t.call('actions:create', {
    title: 'Chase the MLA reply',
    ownerAgencyId: w.prosecutors,
    caseId: small.id,
    meetingId: m.id,
    dueDate: '2026-04-01',
  });
  return { m, small, large };
}

const annexAudit = async () =>
  (await t.call('audit:list', { channel: 'exports:caseAnnex', limit: 10 })).items;

describe('restricted case annex', () => {
  eachInAWorld({ memory: true });

  it('marks every section RESTRICTED in header and footer, with its own file name', async () => {
    const { m, small, large } = await meetingWithTwoCases();
    const file = await t.call('exports:caseAnnex', {
      meetingId: m.id,
      passphrase: STRONG_PASSPHRASE,
      language: 'en',
    });
    expect(file.fileName).toMatch(
      /^Case-annex-National-Task-Force-\d+-2026-03-12-restricted\.docx$/,
    );
    const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const target = (rid: string) =>
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    // A cover and one section per case, each with its own header and footer.
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((s) => s[0]);
    expect(sections).toHaveLength(3);
    for (const section of sections) {
      for (const kind of ['header', 'footer']) {
        const refs = [
          ...section.matchAll(new RegExp(`<w:${kind}Reference [^>]*r:id="([^"]+)"`, 'g')),
        ];
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) {
          const part = await zip.file(`word/${target(ref[1]!)}`)!.async('string');
          expect(part).toContain(RESTRICTED_BAND.en);
        }
      }
    }
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    const doc = await docxText(file.data);
    expect(doc.body).toContain(`${small.code}, ${large.code}`);
    // k-anonymity: one victim → region and child/adult; six victims → country and band.
    // (Nigeria is still named as the counterpart country of the request.)
    expect(doc.body).toContain(
      '1\nFemale\nChild (generalised)\nAfrica (generalised)\nSexual exploitation',
    );
    expect(doc.body).not.toContain('12–17');
    expect(doc.body).toContain('6\nMale\n25–34\nRomania\nForced labour');
    expect(doc.body).toContain('Mutual legal assistance (outgoing)');
    // Sent 2026-01-09, today 2026-03-10: 60 days pending, not over the 60-day threshold.
    expect(doc.body).toMatch(/Sent\n9 January 2026\n60\n/);
    expect(doc.body).toContain('Lead investigation');
    expect(doc.body).toContain('Labour inspection');
    expect(doc.body).toContain(ENTRY);
    expect(doc.body).toContain('Chase the MLA reply');
    expect(doc.body).toContain('Office of the Prosecutor');
  });

  it('is written in the chosen language (w:lang, words, band)', async () => {
    const { m } = await meetingWithTwoCases();
    const file = await t.call('exports:caseAnnex', {
      meetingId: m.id,
      passphrase: STRONG_PASSPHRASE,
      language: 'fr',
    });
    expect(file.fileName).toMatch(/^Annexe-des-affaires-.*-restricted\.docx$/);
    const doc = await docxText(file.data);
    const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:lang w:val="fr-FR"/);
    expect(doc.headers).toContain(RESTRICTED_BAND.fr);
    expect(doc.body).toContain('Entraide judiciaire (sortante)');
    expect(doc.body).toContain('Afrique (généralisé)');
  });

  it('leaves an audit entry naming the meeting, never a case or its content', async () => {
    const { m, small, large } = await meetingWithTwoCases();
    await t.call('exports:caseAnnex', { meetingId: m.id, passphrase: STRONG_PASSPHRASE });
    const entries = await annexAudit();
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry.recordId).toBe(m.id);
    expect(entry.actor).toBeTruthy();
    expect(entry.at).toBe('2026-03-10T09:00:00.000Z');
    expect(entry.summary).toEqual({
      event: 'case_annex_exported',
      meetingId: m.id,
      meetingNumber: m.number,
      language: 'en',
    });
    const text = JSON.stringify(entry);
    for (const forbidden of [small.code, large.code, small.id, large.id, 'NG', 'RO', ENTRY]) {
      expect(text).not.toContain(forbidden);
    }
    expect(text).not.toContain(STRONG_PASSPHRASE);
  });

  it('guards the texts: PII_DETECTED unless overridden with a reason (audited)', async () => {
    const { m, small } = await meetingWithTwoCases();
    await t.call('cases:addDiscussion', {
      caseId: small.id,
      meetingId: m.id,
      text: 'Liaison officer reachable at +234 803 555 0199.',
      privacyOverride: { reason: 'The number is the embassy switchboard, not a person.' },
    });
    const refused = await t.fail('exports:caseAnnex', {
      meetingId: m.id,
      passphrase: STRONG_PASSPHRASE,
    });
    expect(refused.code).toBe('PII_DETECTED');
    expect(await annexAudit()).toEqual([]);
    const reason = 'Reviewed by the chair: the embassy switchboard only.';
    const file = await t.call('exports:caseAnnex', {
      meetingId: m.id,
      passphrase: STRONG_PASSPHRASE,
      privacyOverride: { reason },
    });
    expect(file.bytes).toBeGreaterThan(0);
    const entry = (await annexAudit())[0]!;
    expect(entry.summary).toMatchObject({
      event: 'case_annex_exported',
      privacyOverride: { reason, kinds: ['phone'] },
    });
    expect(JSON.stringify(entry)).not.toContain('0199');
  });

  it("prints a rich entry's formatting: bold and italic runs, a real bulleted list", async () => {
    const { m, large } = await meetingWithTwoCases();
    const text = (value: string, mark?: 'bold' | 'italic') =>
      mark
        ? { type: 'text' as const, text: value, marks: [{ type: mark }] }
        : { type: 'text' as const, text: value };
    const item = (...content: ReturnType<typeof text>[]) => ({
      type: 'listItem' as const,
      content: [{ type: 'paragraph' as const, content }],
    });
    await t.call('cases:addDiscussion', {
      caseId: large.id,
      meetingId: m.id,
      text: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [text('Inspection outcome', 'bold'), text(' agreed:')] },
          {
            type: 'bulletList',
            content: [
              item(text('Workers moved to a shelter')),
              item(text('Employer summoned', 'italic')),
            ],
          },
        ],
      },
    });
    const file = await t.call('exports:caseAnnex', {
      meetingId: m.id,
      passphrase: STRONG_PASSPHRASE,
      language: 'en',
    });
    const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    // One run, bold, then a plain one in the same paragraph.
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>)[\s\S])*Inspection outcome<\/w:t>/);
    expect(xml).not.toMatch(/<w:b\/>(?:(?!<\/w:r>)[\s\S])*agreed:<\/w:t>/);
    // Each item a numbered (bulleted) list paragraph, not a line starting with "- ".
    for (const line of ['Workers moved to a shelter', 'Employer summoned']) {
      expect(xml).toMatch(
        new RegExp(
          `<w:pStyle w:val="ListParagraph"\\/><w:numPr><w:ilvl w:val="0"\\/>[\\s\\S]{0,300}${line}`,
        ),
      );
    }
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*Employer summoned<\/w:t>/);
    expect(xml).not.toContain('- Workers moved');
    // The plain-text entry is still printed as it was typed.
    expect((await docxText(file.data)).body).toContain(ENTRY);
  });
});

// The passphrase is checked against the file's encryption: an in-memory workspace has none.
describe('restricted case annex: the passphrase asked again', () => {
  eachInAWorld({});

  it('refuses a wrong passphrase: nothing built, nothing audited', async () => {
    const { m } = await meetingWithTwoCases();
    const before = (await t.call('audit:list', { limit: 1 })).total;
    const wrong = await t.fail('exports:caseAnnex', {
      meetingId: m.id,
      passphrase: 'not-the-passphrase-at-all',
    });
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect((await t.call('audit:list', { limit: 1 })).total).toBe(before);
    expect(await annexAudit()).toEqual([]);
    const empty = await t.fail('exports:caseAnnex', { meetingId: m.id, passphrase: '' });
    expect(empty.code).toBe('VALIDATION');
  });
});
