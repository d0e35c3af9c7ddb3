/**
 * The wording of every exported document in EN/ES/FR, read back from the files: the body's name
 * never follows an article it may not take ("La secretaría de National Task Force"), French
 * times read "10 h" / "12 h 30", French text has typographic apostrophes, one date style per
 * language everywhere (no "11 Sept 2026" in tables), and minutes give opening and closing times.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/languages';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { docxText, seedMeetingCycle } from '../fixtures/meetingScenario';

let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
  s = await seedMeetingCycle(t);
  await t.call('meetings:update', { id: s.meeting.id, patch: { closingTime: '12:30' } });
  const border = (await t.call('agencies:create', { name: 'Border Police', kind: 'other' })).id;
  await t.call('actions:create', {
    title: 'Joint border patrol plan',
    ownerAgencyId: border,
    dueDate: '2026-09-11',
  });
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

/** Every document of the scenario in one language, as text (body and headers). */
async function everyDocument(language: Language): Promise<[string, string][]> {
  const meetingId = s.meeting.id;
  const files = [
    await t.call('exports:agenda', { meetingId, language }),
    await t.call('exports:minutes', { meetingId, language }),
    await t.call('exports:minutes', { meetingId, language, includeRestricted: true }),
    await t.call('exports:actionTracker', { language }),
    await t.call('exports:agencyFollowUp', { language, replyBy: '2026-12-15' }),
    await t.call('exports:decisionRegister', { language, includeRestricted: true }),
  ];
  return Promise.all(
    files.map(async (f): Promise<[string, string]> => {
      const { body, headers } = await docxText(f.data);
      return [f.fileName, `${body}\n${headers}`];
    }),
  );
}

const LOCALE = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR' } as const;

/** The language's full month names, as Intl writes them in the one date style. */
function monthNames(language: Language): Set<string> {
  const format = new Intl.DateTimeFormat(LOCALE[language], { month: 'long', timeZone: 'UTC' });
  return new Set(
    Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2026, m, 1)))),
  );
}

describe('document wording', () => {
  it.each(['en', 'es', 'fr'] as const)(
    'every %s document writes dates in one style, with the full month name',
    async (language) => {
      const months = monthNames(language);
      for (const [name, text] of await everyDocument(language)) {
        const dates = [
          ...text.matchAll(/\b\d{1,2}\.? (?:de )?(\p{L}+\.?)(?: de)? (?:19|20)\d\d\b/gu),
        ];
        expect(dates.length, name).toBeGreaterThan(0);
        for (const d of dates) expect(months.has(d[1]!), `${name}: "${d[0]}"`).toBe(true);
      }
    },
  );

  it('French documents use typographic apostrophes and "10 h" times', async () => {
    for (const [name, text] of await everyDocument('fr')) {
      expect(text, name).not.toContain("'");
      expect(text, name).not.toMatch(/\b\d{1,2}:\d\d\b/);
    }
    const agenda = await t.call('exports:agenda', { meetingId: s.meeting.id, language: 'fr' });
    expect((await docxText(agenda.data)).body).toContain(
      'qui se tiendra le mardi 3 novembre 2026 à 10\u00a0h (Ministry of Interior, Room 4).',
    );
  });

  it.each([
    ['en', 'Time: from 10:00 to 12:30'],
    ['es', 'Hora: de 10:00 a 12:30'],
    ['fr', 'Heure\u00a0: de 10\u00a0h à 12\u00a0h\u00a030'],
  ] as const)('minutes in %s give the opening and closing times', async (language, line) => {
    const file = await t.call('exports:minutes', { meetingId: s.meeting.id, language });
    expect((await docxText(file.data)).body).toContain(line);
  });

  it.each([
    [
      'en',
      'The secretariat of the coordination body “National Task Force” has the honour',
      'The secretariat of the coordination body “National Task Force” kindly requests',
    ],
    [
      'es',
      'La secretaría del órgano «National Task Force» tiene el honor',
      'La secretaría del órgano «National Task Force» le solicita',
    ],
    [
      'fr',
      'Le secrétariat de l’instance «\u202fNational Task Force\u202f» a l’honneur',
      'Le secrétariat de l’instance «\u202fNational Task Force\u202f» vous prie',
    ],
  ] as const)(
    'the body’s name takes no article it may not have (%s)',
    async (language, invitation, letter) => {
      const agenda = await t.call('exports:agenda', { meetingId: s.meeting.id, language });
      expect((await docxText(agenda.data)).body).toContain(invitation);
      const followUp = await t.call('exports:agencyFollowUp', { language, bodyId: s.body.id });
      expect((await docxText(followUp.data)).body).toContain(letter);
      const mail = await simpleParser(
        Buffer.from(
          (
            await t.call('exports:distributionEmail', {
              meetingId: s.meeting.id,
              documents: ['agenda'],
              language,
            })
          ).data,
          'base64',
        ),
      );
      const all = [mail.text ?? '', ...(await everyDocument(language)).map(([, text]) => text)];
      for (const text of all) {
        expect(text).not.toMatch(
          /(?:of the|secretaría de|de la|secrétariat de|du) National Task Force/,
        );
      }
    },
  );
});
