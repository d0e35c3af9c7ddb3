/**
 * The format of every exported document, read back from the files: each .docx declares its
 * language in its styles and keeps a heading outline without skips, restricted versions carry
 * the RESTRICTED band and their own file name, and the .eml draft has CRLF line ends only.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { docxText, seedMeetingCycle } from '../fixtures/meetingScenario';

let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
  s = await seedMeetingCycle(t);
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

const LANGS = [
  ['en', 'en-GB'],
  ['es', 'es-ES'],
  ['fr', 'fr-FR'],
] as const;

async function part(base64: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return zip.file(name)!.async('string');
}

/** Every export of the scenario in one language. */
async function everyDocument(language: 'en' | 'es' | 'fr') {
  const meetingId = s.meeting.id;
  return [
    await t.call('exports:agenda', { meetingId, language }),
    await t.call('exports:minutes', { meetingId, language }),
    await t.call('exports:minutes', { meetingId, language, includeRestricted: true }),
    await t.call('exports:actionTracker', { language }),
    await t.call('exports:agencyFollowUp', { language }),
    await t.call('exports:decisionRegister', { language, includeRestricted: true }),
  ];
}

describe('document format', () => {
  it.each(LANGS)(
    'every %s document declares its language and skips no heading level',
    async (language, tag) => {
      for (const file of await everyDocument(language)) {
        const styles = await part(file.data, 'word/styles.xml');
        const langs = [...styles.matchAll(/<w:lang w:val="([^"]+)"/g)].map((m) => m[1]);
        expect(langs.length, file.fileName).toBeGreaterThanOrEqual(5);
        expect(new Set(langs), file.fileName).toEqual(new Set([tag]));
        const xml = await part(file.data, 'word/document.xml');
        const levels = [...xml.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((m) =>
          Number(m[1]),
        );
        expect(levels.length, file.fileName).toBeGreaterThan(0);
        let previous = 0;
        for (const level of levels) {
          expect(level, `${file.fileName}: heading ${level} after ${previous}`).toBeLessThanOrEqual(
            previous + 1,
          );
          previous = level;
        }
      }
    },
  );

  it('a restricted version has its own file name and the RESTRICTED band on every page', async () => {
    const meetingId = s.meeting.id;
    const open = await t.call('exports:minutes', { meetingId, language: 'en' });
    const closed = await t.call('exports:minutes', {
      meetingId,
      language: 'en',
      includeRestricted: true,
    });
    expect(open.fileName).toBe('Minutes-National-Task-Force-2-2026-11-03.docx');
    expect(closed.fileName).toBe('Minutes-National-Task-Force-2-2026-11-03-restricted.docx');
    const band = 'RESTRICTED — contains restricted items; do not forward';
    const restricted = await docxText(closed.data);
    expect(restricted.headers.split(band).length - 1).toBeGreaterThanOrEqual(2); // header + footer
    expect(restricted.body.split('\n').slice(0, 2).join('\n')).toContain(band); // title page
    expect((await docxText(open.data)).headers).not.toContain(band);
    const es = await t.call('exports:minutes', {
      meetingId,
      language: 'es',
      includeRestricted: true,
    });
    expect(es.fileName).toBe('Acta-National-Task-Force-2-2026-11-03-restricted.docx');
    expect((await docxText(es.data)).headers).toContain('RESERVADO');
    const register = await t.call('exports:decisionRegister', {
      language: 'fr',
      includeRestricted: true,
    });
    expect(register.fileName).toMatch(/^Registre-des-decisions-.*-restricted\.docx$/);
    expect((await docxText(register.data)).headers).toContain('DIFFUSION RESTREINTE');
  });

  it('file names differ per document type in every language', async () => {
    for (const [language] of LANGS) {
      const names = (await everyDocument(language)).map((f) => f.fileName);
      expect(new Set(names).size, names.join(' ')).toBe(names.length);
    }
  });

  it('the .eml drafts use CRLF line ends throughout', async () => {
    for (const [language] of LANGS) {
      // With follow-up letters: a .zip of drafts (the one to all, then one per agency).
      const file = await t.call('exports:distributionEmail', {
        meetingId: s.meeting.id,
        documents: ['agenda', 'minutes', 'actionTracker', 'agencyFollowUp'],
        language,
      });
      const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
      expect(Object.keys(zip.files).length).toBe(file.messages);
      for (const name of Object.keys(zip.files)) {
        const raw = (await zip.file(name)!.async('nodebuffer')).toString('latin1');
        expect(raw).toContain('\r\n');
        expect(raw.replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
      }
    }
  });

  it.each([
    ['es', 'Gráfico de barras de los compromisos abiertos y vencidos', 'abiertos'],
    ['fr', 'Graphique en barres des actions ouvertes et en retard', 'ouvertes'],
    ['en', 'Bar chart of open and overdue actions by agency', 'open'],
  ] as const)(
    'the tracker chart alt text gives its figures in %s',
    async (language, phrase, open) => {
      const file = await t.call('exports:actionTracker', { language });
      const xml = await part(file.data, 'word/document.xml');
      const alt = /<wp:docPr [^>]*descr="([^"]*)"/.exec(xml)?.[1] ?? '';
      expect(alt).toContain(phrase);
      expect(alt).toMatch(new RegExp(`Labour Inspectorate ?: 1 ${open}, 1 `));
    },
  );

  it('the tracker of every body has a body column only when several bodies are included', async () => {
    const one = await docxText((await t.call('exports:actionTracker', { language: 'en' })).data);
    expect(one.body).not.toContain('\nBody\n');
    const agency = (
      await t.call('agencies:create', { name: 'Border Police', kind: 'law_enforcement' })
    ).id;
    const bilateral = await t.call('bodies:create', {
      name: 'Bilateral Commission',
      kind: 'national_task_force',
      memberAgencyIds: [agency],
    });
    const meeting = await t.call('meetings:create', { bodyId: bilateral.id, date: '2026-11-10' });
    await t.call('actions:create', {
      title: 'Joint border patrol plan',
      ownerAgencyId: agency,
      meetingId: meeting.id,
    });
    const all = await docxText((await t.call('exports:actionTracker', { language: 'en' })).data);
    expect(all.body).toMatch(/\nBody\n[\s\S]*Joint border patrol plan\nBilateral Commission\n/);
    const scoped = await docxText(
      (await t.call('exports:actionTracker', { language: 'en', bodyId: bilateral.id })).data,
    );
    expect(scoped.body).not.toContain('\nBody\n');
  });
});
