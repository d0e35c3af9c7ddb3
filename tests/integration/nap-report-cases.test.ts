/**
 * The case statistics of the NAP progress report (options.includeCaseStatistics): the
 * k-anonymised victim counts of the cases open in the months of the period, k from the
 * workspace settings, categories in the document language, suppressed values never printed
 * as numbers, no case code; absent when the option is off (the default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { openCase as open, type CaseProfile } from '../fixtures/caseWorld';
import type { TestCore } from '../fixtures/core';
import { docxText } from '../fixtures/meetingScenario';
import { createPlan, objectiveIn, startNapWorld, type NapWorld } from '../fixtures/napWorld';

type Profile = CaseProfile;

let w: NapWorld;
let t: TestCore;
let planId: string;
let year2026: string;
const caseCodes: string[] = [];

function profile(
  sex: Profile['sex'],
  ageBand: Profile['ageBand'],
  nationality: string,
  form: Profile['exploitationForms'][number],
  count: number,
): Profile {
  return { sex, ageBand, nationality, exploitationForms: [form], count };
}

/** A case of the world; its code is kept to check that the report prints none. */
async function openCase(
  openedMonth: string,
  stage: Parameters<typeof open>[2],
  profiles: CaseProfile[],
) {
  const c = await open(t, openedMonth, stage, profiles);
  caseCodes.push(c.code);
  return c;
}

beforeAll(async () => {
  w = await startNapWorld('2027-03-10', { memory: true });
  t = w.t;
  // Not the default (5): the report must take k from the settings.
  await t.call('workspace:updateSettings', { kAnonymity: 4 });
  const plan = await createPlan(t);
  planId = plan.id;
  year2026 = plan.periods.find((p) => p.label === '2026')!.id;
  const objective = await objectiveIn(t, planId, 0, 'Raise awareness');
  await t.call('nap:upsertActivity', {
    objectiveId: objective.id,
    text: 'Train front-line officers',
    leadAgencyIds: [w.police],
    budgetAmount: 1000,
    fundingSource: 'State budget',
  });
  // Open in 2026: 15 victims in three cases.
  await openCase('2026-02', 'assistance', [
    profile('female', '18-24', 'RO', 'sexual_exploitation', 6),
    profile('female', '25-34', 'RO', 'sexual_exploitation', 1),
  ]);
  await openCase('2026-05', 'investigation', [
    profile('male', '25-34', 'VN', 'forced_labour', 4),
    profile('male', '35-49', 'NG', 'forced_labour', 1),
  ]);
  await openCase('2026-07', 'referral', [
    profile('female', '12-17', 'NG', 'begging', 2),
    profile('female', '0-11', 'GH', 'begging', 1),
  ]);
  // Closed before 2026: not in the 2026 report.
  const old = await openCase('2024-01', 'identification', [
    profile('male', '50+', 'UA', 'organ_removal', 9),
  ]);
  await t.call('cases:update', { id: old.id, stage: 'closed', stageMonth: '2025-06' });
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

async function report(input: Partial<ChannelInput<'exports:napProgressReport'>> = {}) {
  const file = await t.call('exports:napProgressReport', {
    planId,
    periodId: year2026,
    options: { includeBudget: true, includeAnnexes: true, includeCaseStatistics: true },
    ...input,
  });
  return docxText(file.data);
}

/** The heading-1 titles of the document, in order. */
function headings1(xml: string): string[] {
  return xml
    .split('</w:p>')
    .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

describe('exports:napProgressReport with case statistics', () => {
  it('prints the k-anonymised counts of the period after the budget, with k from the settings', async () => {
    const { body, xml } = await report();
    const titles = headings1(xml);
    const at = titles.indexOf('Case statistics');
    expect(at).toBeGreaterThan(-1);
    expect(titles[at - 1]).toBe('Budget');
    expect(titles[at + 1]).toBe('Annexes');
    expect(body).toContain(
      'Between January 2026 and December 2026, 3 cases were open, with 15 victims.',
    );
    expect(body).toContain('k-anonymity (k = 4)');
    // Released cells with their counts.
    // Girls (2 + 1) → "Female · Child", still below 4: suppressed, never a number.
    expect(body).toContain(
      '\nVictims by sex and age\nCategory\nVictims\nFemale · Child (generalised)\nsuppressed\nFemale · 18–24\n6\n',
    );
    expect(body).toContain('\nMale · 25–34\n4\n');
    expect(body).toContain('\nRomania\n7\n');
    expect(body).toContain('\nSexual exploitation\n7\n');
    expect(body).toContain('\nAssistance\n7\n');
    // NG (1 + 2) and GH (1) are generalised to Africa: 4 victims, released.
    expect(body).toContain('\nAfrica (generalised)\n4\n');
    expect(body).not.toContain('Nigeria');
    expect(body).not.toContain('Ghana');
    expect(body).toContain('\nFemale · Adult (generalised)\nsuppressed\n');
    expect(body).not.toMatch(/Female · (12|0)/);
    // Begging (3) is suppressed, and forced labour (5) with it so that 3 cannot be read back.
    expect(body).toContain('\nForced begging\nsuppressed\n');
    expect(body).toContain('\nForced labour\nsuppressed\n');
    expect(body).not.toMatch(/(Forced begging|Forced labour|Referral|Investigation)\n\d/);
    expect(body).toContain('k = 4 · 4 values generalised · 3 suppressed (5 victims not shown)');
    expect(body).toContain('k = 4 · 0 values generalised · 2 suppressed (8 victims not shown)');
    expect(body).toContain('k = 4 · 2 values generalised · 0 suppressed (0 victims not shown)');
    // The case closed in 2025 is not counted.
    expect(body).not.toContain('Organ removal');
    expect(body).not.toContain('Ukraine');
    expect(body).not.toMatch(/50\+/);
    // No case code anywhere in the document.
    expect(caseCodes).toHaveLength(4);
    for (const code of caseCodes) expect(xml).not.toContain(code);
  });

  it('is absent when the option is off, and by default', async () => {
    for (const options of [
      { includeBudget: true, includeAnnexes: true, includeCaseStatistics: false },
      undefined,
    ]) {
      const { body, xml } = await report({ options });
      expect(headings1(xml)).not.toContain('Case statistics');
      expect(body).not.toContain('Victims by sex and age');
      expect(body).not.toContain('Female · 18–24');
      expect(body).not.toContain('k-anonymity');
    }
  });

  it('prints the categories in Spanish and French', async () => {
    const es = (await report({ language: 'es' })).body;
    expect(es).toContain('\nEstadísticas de casos\n');
    expect(es).toContain('Entre enero de 2026 y diciembre de 2026 estuvieron abiertos 3 casos');
    expect(es).toContain(
      '\nVíctimas por sexo y edad\nCategoría\nVíctimas\nMujer · Menor (generalizado)\nsuprimido\nMujer · 18–24\n6\n',
    );
    expect(es).toContain('\nRumanía\n7\n');
    expect(es).toContain('\nÁfrica (generalizado)\n4\n');
    expect(es).toContain('\nTrabajo forzoso\nsuprimido\n');
    expect(es).toContain(
      'k = 4 · 4 valores generalizados · 3 suprimidos (5 víctimas no mostradas)',
    );
    expect(es).not.toContain('Case statistics');
    const fr = (await report({ language: 'fr' })).body;
    expect(fr).toContain('\nStatistiques des affaires\n');
    expect(fr).toContain('\nFemme · 18–24\n6\n');
    expect(fr).toContain('\nFemme · Mineur (généralisé)\nsupprimée\n');
    expect(fr).toContain('\nAfrique (généralisé)\n4\n');
  });

  it('says so in one sentence when no case was open in the period', async () => {
    const { body, xml } = await report({
      periodId: undefined,
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(headings1(xml)).toContain('Case statistics');
    expect(body).toContain(
      'No case was open between July 2025 and December 2025: there are no case statistics for the period.',
    );
    expect(body).not.toContain('Victims by sex and age');
    expect(body).not.toContain('Organ removal');
  });
});
