/**
 * The privacy guard's speed: `privacy:scan` through the whole core (router, zod, the open
 * workspace's allow-list and deny-list, every recognizer) on realistic minutes text — mixed
 * English, Spanish and French paragraphs of a task-force meeting with a few personal-data
 * items (a name, a phone, an e-mail, an IBAN, a passport number). Targets (median):
 * "privacy:scan 2 KB note" ≤ 5 ms, "privacy:scan 100 KB minutes" ≤ 100 ms.
 * Baseline: the tokenizer alone over the same text (the least any scan must do).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../electron/core/privacy/text';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { medianMs as harnessMedian, report } from './harness';

const medianMs = (run: () => unknown) => harnessMedian(run, 40, 10);

const PARAGRAPHS = [
  'The Ministry of the Interior presented the quarterly figures: 142 presumed victims identified between January and March 2026, 38 % of them in labour exploitation. UNODC recalled UNTOC art. 18 on mutual legal assistance.',
  'La Fiscalía informó que el expediente C-2026-0042 sigue abierto conforme al art. 177 bis del Código Penal; la próxima reunión se celebrará el 14 de abril de 2026 en Madrid.',
  "L'Office central pour la répression de la traite des êtres humains (OCRTEH) a présenté le bilan de l'opération Atlas ; 12 signalements ont été transmis au parquet de Lyon.",
  'Action TF/2026/07: the Labour Inspectorate to share the inspection checklist with the NGOs by 30 May 2026; budget line 4.2 (EUR 35,000) is confirmed.',
  'El Ministerio de Trabajo y la Guardia Civil coordinarán las inspecciones en los campos de Huelva; la OIT ofrece formación para 40 inspectores.',
  "La délégation de l'OIM a rappelé que le mécanisme national d'orientation (MNO) doit être révisé avant la fin de l'année, en lien avec la Stratégie nationale 2024-2027.",
  'Members agreed to circulate the draft standard operating procedures for comments; Eurojust and Europol will be invited to the June meeting in Brussels.',
  'Se acordó revisar los indicadores del Plan Nacional de Acción (actividad 3.1.2) y presentar un informe de avance en la sesión de septiembre.',
  'Le secrétariat transmettra le compte rendu aux points focaux ; les observations sont attendues sous quinze jours.',
];

/** The personal data a busy minute-taker slips in (one per kind, at most a few per text). */
const PERSONAL = [
  'The victim, Chiwetalu Anozie, can be reached on +234 803 555 0199.',
  'Escribir a maria.fernanda.gomez@gmail.com para la cita.',
  'IBAN du compte : FR76 3000 6000 0112 3456 7890 189.',
  'Passport number P4366918 was seized at the border.',
];

function minutesText(targetChars: number, personalEvery: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const p =
      i % personalEvery === personalEvery - 1
        ? PERSONAL[Math.floor(i / personalEvery) % PERSONAL.length]!
        : PARAGRAPHS[i % PARAGRAPHS.length]!;
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n').slice(0, targetChars);
}

let t: TestCore;

beforeAll(async () => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'));
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { country: 'ES' });
  for (const [name, acronym] of [
    ['Ministerio del Interior', 'MIR'],
    ['Fondation Kouamé Abidji', 'FKA'],
    ['National Referral Hotline', 'NRH'],
  ] as const) {
    const agency = await t.call('agencies:create', { name, acronym, kind: 'ngo' });
    await t.call('focalPoints:create', {
      agencyId: agency.id,
      name: `Perrine Quéméner ${acronym}`,
      email: `focal@${acronym.toLowerCase()}-example.org`,
    });
  }
  await t.call('privacy:denylistAdd', { term: 'Zorbalina Quintanilla' });
}, 120_000);

afterAll(async () => {
  await t.cleanup();
});

describe('privacy:scan speed', () => {
  for (const [name, chars, every, target] of [
    ['privacy:scan 2 KB note', 2_000, 4, 5],
    ['privacy:scan 100 KB minutes', 100_000, 12, 100],
  ] as const) {
    it(`${name} in ≤ ${target} ms (median)`, async () => {
      const text = minutesText(chars, every);
      const { findings } = await t.call('privacy:scan', { text, context: 'minutes' });
      // The scan really finds the slipped-in personal data (the bench measures real work).
      const kinds = new Set(findings.map((f) => f.kind));
      expect(kinds).toContain('person_name');
      expect(kinds).toContain('phone');
      const ms = await medianMs(() => t.call('privacy:scan', { text, context: 'minutes' }));
      const raw = await medianMs(() => tokenize(text));
      report({
        name,
        medianMs: ms,
        baseline: 'tokenizer alone',
        baselineMs: raw,
        target: `≤ ${target} ms`,
      });
      expect(ms).toBeLessThan(target);
    });
  }
});
