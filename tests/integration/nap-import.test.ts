/**
 * NAP import through the channels: the preview writes nothing; agencies are matched to the
 * register by acronym, name or a near spelling, and missing ones can be created on commit;
 * the commit is all or nothing (a row error, a bad agency choice or a duplicate code leave no
 * plan and no agency behind); export → import gives the same plan.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NapPlanDetail } from '../../shared/contract/nap';
import type { TestCore } from '../fixtures/core';
import { sheetOf } from '../fixtures/nap/preview';
import { createPlan, objectiveIn, startNapWorld, type NapWorld } from '../fixtures/napWorld';

let w: NapWorld;
let t: TestCore;
beforeEach(async () => {
  w = await startNapWorld('2027-06-15', { memory: true });
  t = w.t;
});
afterEach(async () => {
  await t.cleanup();
});

const HEADER = [
  'Pillar',
  'Objective',
  'Code',
  'Activity',
  'Lead agency',
  'Supporting agencies',
  'Timeframe',
  'Budget (EUR)',
  'Funding source',
  'Indicator',
  'Baseline',
  'Target',
  'Means of verification',
];

type Cell = string | number | null;
const row = (code: string, text: string, lead: string, support = ''): Cell[] => [
  `${code[0]}. ${['', 'Prevention', 'Protection', 'Prosecution', 'Partnership'][Number(code[0])]}`,
  `${code.slice(0, 3)} Objective ${code.slice(0, 3)}`,
  code,
  text,
  lead,
  support,
  'Q3 2026',
  10000,
  'State budget',
  `People reached by ${code}`,
  0,
  1000,
  'Annual report',
];

async function matrix(rows: Cell[][]) {
  const bytes = await sheetOf([
    ['National Action Plan against Trafficking 2026–2029'],
    [],
    HEADER,
    ...rows,
  ]);
  return { fileName: 'nap.xlsx', dataBase64: bytes.toString('base64') };
}

const GOOD = [
  row('1.1.1', 'Awareness campaign', 'NP / Labour Inspectorate', 'SN'),
  row('1.1.2', 'Hotline', 'Ministry of Social Affairs', 'OPG'),
  row('2.1.1', 'Open shelters', 'Shelter Netwrk'),
  row('3.1.1', 'Train prosecutors', 'Office of the Prosecutor General', 'National Police'),
];

const counts = async () => ({
  plans: (await t.call('nap:listPlans', {})).items.length,
  agencies: (await t.call('agencies:list', {})).total,
});

describe('NAP import', () => {
  it('previews without writing, matching agencies by acronym, name or a near spelling', async () => {
    const before = await counts();
    const p = await t.call('nap:importPreview', await matrix(GOOD));
    expect(p.counts).toEqual({ pillars: 3, objectives: 3, activities: 4, indicators: 4 });
    expect(p.activities.map((a) => a.code)).toEqual(['1.1.1', '1.1.2', '2.1.1', '3.1.1']);
    const match = Object.fromEntries(p.agencies.map((a) => [a.text, a.agencyId]));
    expect(match).toMatchObject({
      NP: w.police,
      'Labour Inspectorate': w.labour,
      SN: w.ngo,
      OPG: w.prosecutors,
      'Shelter Netwrk': w.ngo,
      'Office of the Prosecutor General': w.prosecutors,
      'National Police': w.police,
      'Ministry of Social Affairs': null,
    });
    expect(p.missingAgencies).toEqual(['Ministry of Social Affairs']);
    expect(await counts()).toEqual(before);
  });

  it('commits with the agency choices, creating the missing agency', async () => {
    const file = await matrix(GOOD);
    const result = await t.call('nap:importCommit', {
      ...file,
      planTitle: 'NAP 2026–2029',
      agencyChoices: {
        'Ministry of Social Affairs': {
          create: { name: 'Ministry of Social Affairs', acronym: 'MSA' },
        },
        'National Police': { ignore: true },
        'Shelter Netwrk': { agencyId: w.ngo },
      },
    });
    expect(result.counts.activities).toBe(4);
    const plan = await t.call('nap:getPlan', { id: result.planId });
    expect(plan).toMatchObject({
      title: 'NAP 2026–2029',
      startDate: '2026-01-01',
      endDate: '2029-12-31',
    });
    const activities = plan.pillars.flatMap((p) => p.objectives).flatMap((o) => o.activities);
    const leads = (code: string) =>
      activities.find((a) => a.code === code)!.leadAgencies.map((a) => a.name);
    expect(leads('1.1.1')).toEqual(['National Police', 'Labour Inspectorate']);
    expect(leads('1.1.2')).toEqual(['Ministry of Social Affairs']);
    expect(activities.find((a) => a.code === '3.1.1')!.supportingAgencies).toEqual([]);
    const agencies = await t.call('agencies:list', { search: 'Social' });
    expect(agencies.items.map((a) => [a.name, a.acronym])).toEqual([
      ['Ministry of Social Affairs', 'MSA'],
    ]);
  });

  it('writes nothing when a row has an error, an agency choice is wrong or a code repeats', async () => {
    const before = await counts();
    const create = {
      'Ministry of Social Affairs': { create: { name: 'Ministry of Social Affairs' } },
    };
    const noLead = await matrix([...GOOD, row('4.1.1', 'Regional cooperation', '')]);
    const rowError = await t.fail('nap:importCommit', {
      ...noLead,
      planTitle: 'NAP',
      agencyChoices: create,
    });
    expect(rowError).toMatchObject({
      code: 'VALIDATION',
      details: { rowErrors: [{ rowNumber: 8, field: 'lead' }] },
    });
    const badChoice = await t.fail('nap:importCommit', {
      ...(await matrix(GOOD)),
      planTitle: 'NAP',
      agencyChoices: { ...create, SN: { agencyId: '00000000-0000-4000-8000-000000000999' } },
    });
    expect(badChoice.code).toBe('VALIDATION');
    const twice = await matrix([...GOOD, row('1.1.1', 'Another activity', 'NP')]);
    const duplicate = await t.fail('nap:importCommit', {
      ...twice,
      planTitle: 'NAP',
      agencyChoices: create,
    });
    expect(['VALIDATION', 'DUPLICATE']).toContain(duplicate.code);
    expect(await counts()).toEqual(before);
  });

  it('reads back the plan it exports (export → import through the channels)', async () => {
    const plan = await createPlan(t, { title: 'National Action Plan 2025–2028' });
    const o = await objectiveIn(t, plan.id, 1, 'Assist victims');
    const a = await t.call('nap:upsertActivity', {
      objectiveId: o.id,
      text: 'Open two shelters',
      leadAgencyIds: [w.ngo, w.labour],
      supportingAgencyIds: [w.police],
      timeframe: '2º semestre 2026',
      budgetAmount: 250000,
      currency: 'EUR',
      fundingSource: 'EU funds',
      status: 'at_risk',
      statusReason: 'Tender late',
    });
    await t.call('nap:upsertActivity', {
      objectiveId: o.id,
      text: 'Guidelines',
      leadAgencyIds: [w.prosecutors],
      timeframe: 'Permanente',
    });
    await t.call('nap:upsertIndicator', {
      objectiveId: o.id,
      name: 'Share of victims assisted',
      unit: '%',
      isPercentage: true,
      baselineValue: 40,
      baselineYear: 2024,
      targetValue: 80,
      targetYear: 2028,
      meansOfVerification: 'NRM data',
    });
    await t.call('nap:upsertIndicator', {
      activityId: a.id,
      name: 'Beds available',
      unit: 'beds',
      baselineValue: 20,
      targetValue: 60,
      targetYear: 2027,
      aggregation: 'cumulative',
    });
    await t.call('nap:upsertIndicator', {
      activityId: a.id,
      name: 'Waiting days',
      direction: 'decrease',
      baselineValue: 30,
      targetValue: 5,
    });
    const file = await t.call('exports:napMatrix', { planId: plan.id });
    expect(file.fileName).toMatch(/^NAP-matrix-.*\.xlsx$/);
    const back = await t.call('nap:importCommit', {
      fileName: file.fileName,
      dataBase64: file.data,
      planTitle: plan.title,
    });
    const original = await t.call('nap:getPlan', { id: plan.id });
    const imported = await t.call('nap:getPlan', { id: back.planId });
    expect(shape(imported)).toEqual(shape(original));
  });
});

/** A plan without what an import cannot carry: ids, times, progress and records. */
function shape(plan: NapPlanDetail) {
  const indicator = (
    i: NapPlanDetail['pillars'][number]['objectives'][number]['indicators'][number],
  ) => {
    const { id: _i, objectiveId: _o, activityId: _a, measurements: _m, progress: _p, ...rest } = i;
    return rest;
  };
  return {
    title: plan.title,
    startDate: plan.startDate,
    endDate: plan.endDate,
    pillars: plan.pillars.map((p) => ({
      code: p.code,
      name: p.name,
      objectives: p.objectives.map((o) => ({
        code: o.code,
        name: o.name,
        indicators: o.indicators.map(indicator),
        activities: o.activities.map((a) => {
          const {
            id: _i,
            objectiveId: _o,
            updates: _u,
            executed: _e,
            statusReason: _s,
            ...rest
          } = a;
          return { ...rest, indicators: a.indicators.map(indicator) };
        }),
      })),
    })),
  };
}
