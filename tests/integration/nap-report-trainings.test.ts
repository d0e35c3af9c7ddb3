/**
 * Capacity building in the NAP progress report: the trainings of the period from the
 * capacity-building log (trainings:summary over the period's dates) — a line under each pillar
 * that trainings served, and a "Capacity building" section after the budget with the totals per
 * pillar and per agency trained. A training on no pillar or on a pillar of another plan is
 * counted under "No pillar of this plan"; a training outside the period is not counted; no
 * section when the period has no training.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { TestCore } from '../fixtures/core';
import { docxText } from '../fixtures/meetingScenario';
import { createPlan, objectiveIn, startNapWorld, type NapWorld } from '../fixtures/napWorld';

let w: NapWorld;
let t: TestCore;
let planId: string;
let year2026: string;
let year2025: string;

const row = (agencyId: string, female: number, male: number, other = 0) => ({
  agencyId,
  female,
  male,
  other,
});

beforeAll(async () => {
  w = await startNapWorld('2027-03-10', { memory: true });
  t = w.t;
  const plan = await createPlan(t);
  planId = plan.id;
  year2026 = plan.periods.find((p) => p.label === '2026')!.id;
  year2025 = plan.periods.find((p) => p.label === '2025')!.id;
  const objective = await objectiveIn(t, planId, 0, 'Raise awareness');
  await t.call('nap:upsertActivity', {
    objectiveId: objective.id,
    text: 'Train front-line officers',
    leadAgencyIds: [w.police],
    budgetAmount: 1000,
    fundingSource: 'State budget',
  });
  const other = await createPlan(t, { title: 'Regional Action Plan 2026–2027' });
  const [first, second] = plan.pillars;
  const base = { format: 'in_person' as const };
  // In 2026, on this plan's first pillar: 14 participants × 6 h.
  await t.call('trainings:create', {
    ...base,
    date: '2026-03-10',
    topic: 'Indicators of trafficking',
    napPillarId: first!.id,
    hours: 6,
    agencies: [row(w.police, 4, 6), row(w.labour, 2, 1, 1)],
  });
  // In 2026, on its second pillar: 11 participants × 3.5 h.
  await t.call('trainings:create', {
    ...base,
    date: '2026-09-20',
    topic: 'Financial investigations',
    napPillarId: second!.id,
    hours: 3.5,
    agencies: [row(w.police, 1, 2), row(w.prosecutors, 3, 3, 2)],
  });
  // In 2026, on no pillar: 5 participants × 2 h.
  await t.call('trainings:create', {
    ...base,
    date: '2026-06-01',
    topic: 'Shelter standards',
    napPillarId: null,
    hours: 2,
    agencies: [row(w.ngo, 5, 0)],
  });
  // In 2026, on the other plan's first pillar: 3 participants × 1 h.
  await t.call('trainings:create', {
    ...base,
    date: '2026-05-05',
    topic: 'Regional cooperation',
    napPillarId: other.pillars[0]!.id,
    hours: 1,
    agencies: [row(w.labour, 0, 3)],
  });
  // In 2027: outside the period, never counted in the 2026 report.
  await t.call('trainings:create', {
    ...base,
    date: '2027-01-15',
    topic: 'Refresher',
    napPillarId: first!.id,
    hours: 10,
    agencies: [row(w.police, 50, 50)],
  });
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

async function report(input: Partial<ChannelInput<'exports:napProgressReport'>> = {}) {
  const file = await t.call('exports:napProgressReport', {
    planId,
    periodId: year2026,
    options: { includeBudget: true, includeAnnexes: true },
    ...input,
  });
  return docxText(file.data);
}

function headings1(xml: string): string[] {
  return xml
    .split('</w:p>')
    .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

describe('exports:napProgressReport with the capacity-building log', () => {
  it('prints the totals of the period per pillar and per agency after the budget', async () => {
    const { body: text, xml } = await report();
    const body = text.replaceAll('\u00AD', '');
    const titles = headings1(xml);
    const at = titles.indexOf('Capacity building');
    expect(at).toBeGreaterThan(-1);
    expect(titles[at - 1]).toBe('Budget');
    expect(titles[at + 1]).toBe('Annexes');
    expect(body).toContain(
      'From 1 January 2026 to 31 December 2026, 4 trainings were recorded in the capacity-building log; the figures below come from it.',
    );
    const plan = await t.call('nap:getPlan', { id: planId });
    const [p1, p2, p3, p4] = plan.pillars.map((p) => `${p.code} ${p.name}`);
    const cols =
      'Trainings\nWomen\nMen\nOther or not recorded\nTotal participants\nParticipant-hours';
    // Per pillar: trainings, women, men, other, participants, participant-hours.
    expect(body).toContain(
      `\nTrainings by pillar\nPillar\n${cols}\n` +
        `${p1}\n1\n6\n7\n1\n14\n84\n` +
        `${p2}\n1\n4\n5\n2\n11\n38.5\n` +
        `${p3}\n0\n0\n0\n0\n0\n0\n` +
        `${p4}\n0\n0\n0\n0\n0\n0\n` +
        `No pillar of this plan\n2\n5\n3\n0\n8\n13\n` +
        `Total\n4\n15\n15\n3\n33\n135.5\n`,
    );
    // Per agency trained: each its own participants.
    expect(body).toContain(
      `\nTrainings by agency trained\nAgency\n${cols}\n` +
        `Labour Inspectorate\n2\n2\n4\n1\n7\n27\n` +
        `National Police\n2\n5\n8\n0\n13\n70.5\n` +
        `Office of the Prosecutor General\n1\n3\n3\n2\n8\n28\n` +
        `Shelter Network\n1\n5\n0\n0\n5\n10\n` +
        `Total\n4\n15\n15\n3\n33\n135.5\n`,
    );
    // The 2027 refresher (100 police officers) is counted nowhere.
    expect(body).not.toContain('\n100\n');
    expect(body).not.toContain('\n105\n');
  });

  it('prints one line under each pillar that trainings served', async () => {
    const { body: whole } = await report();
    // From the "Progress by pillar" heading to the next heading 1.
    const from = whole.lastIndexOf('\nProgress by pillar\n');
    const body = whole.slice(from, whole.indexOf('\nOverdue and at-risk activities\n', from));
    const plan = await t.call('nap:getPlan', { id: planId });
    const [p1, p2, p3] = plan.pillars.map((p) => `${p.code} ${p.name}`);
    const line = (n: string) => body.indexOf(n);
    const first =
      'Capacity building this period: 1 training, 14 participants (6 women, 7 men, 1 other or not recorded), 84 participant-hours.';
    const second =
      'Capacity building this period: 1 training, 11 participants (4 women, 5 men, 2 other or not recorded), 38.5 participant-hours.';
    expect(line(`\n${p1}\n`)).toBeGreaterThan(-1);
    expect(line(first)).toBeGreaterThan(line(`\n${p1}\n`));
    expect(line(first)).toBeLessThan(line(`\n${p2}\n`));
    expect(line(second)).toBeGreaterThan(line(`\n${p2}\n`));
    expect(line(second)).toBeLessThan(line(`\n${p3}\n`));
    expect(body.split('Capacity building this period:').length - 1).toBe(2);
  });

  it('prints the section in Spanish', async () => {
    const { body, xml } = await report({ language: 'es' });
    expect(headings1(xml)).toContain('Fortalecimiento de capacidades');
    expect(body).toContain(
      'Fortalecimiento de capacidades en este periodo: 1 formación, 11 participantes (4 mujeres, 5 hombres, 2 otro o no registrado), 38,5 horas-participante.',
    );
    expect(body).toContain('\nNingún pilar de este plan\n2\n5\n3\n0\n8\n13\n');
  });

  it('has no capacity-building section or line when the period has no training', async () => {
    const { body, xml } = await report({ periodId: year2025 });
    expect(headings1(xml)).not.toContain('Capacity building');
    expect(body).not.toContain('Capacity building this period');
    expect(body).not.toContain('capacity-building log');
  });
});
