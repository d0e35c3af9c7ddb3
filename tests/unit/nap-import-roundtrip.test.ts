/** NAP export: the matrix written for a plan (title block, merged cells, one row per indicator) reads back as the same plan. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { NapPlanDraft } from '../../shared/contract/nap';
import { buildNapMatrixXlsx } from '../../electron/core/nap/export/buildNapMatrixXlsx';
import { benchPlan } from '../fixtures/nap/benchPlan';
import { preview } from '../fixtures/nap/preview';
import { agencyId } from '../fixtures/nap/register';

const LETTERHEAD = {
  taskForceName: 'Relatoría Nacional contra la Trata',
  letterheadText: 'Ministerio del Interior\nSecretaría de Estado de Seguridad',
  classificationMarking: 'USO OFICIAL',
};

function handPlan(): NapPlanDraft {
  const plan = benchPlan(6, 2);
  const objective = plan.pillars[0]!.objectives[0]!;
  objective.indicators.push({
    name: 'Proportion of victims identified',
    unit: '%',
    baselineValue: 20,
    baselineYear: 2024,
    targetValue: 45.5,
    targetYear: 2028,
    meansOfVerification: 'NRM statistics',
    direction: 'increase',
    aggregation: 'periodic',
    isPercentage: true,
    rowNumber: null,
  });
  const activity = objective.activities[0]!;
  activity.leadAgencies = [
    { text: 'Ministerio del Interior', agencyId: agencyId(1) },
    { text: 'Guardia Civil', agencyId: agencyId(2) },
  ];
  activity.supportingAgencies = [{ text: 'FGE', agencyId: agencyId(4) }];
  activity.timeframe = 'Permanente';
  activity.start = null;
  activity.end = null;
  activity.status = 'delayed';
  activity.indicators[1]!.direction = 'decrease';
  activity.indicators[1]!.targetValue = 5;
  objective.activities[1]!.indicators = [];
  objective.activities[1]!.budgetAmount = null;
  objective.activities[1]!.currency = '';
  plan.pillars.push({ code: '5', name: 'Prepare', objectives: [] });
  return plan;
}

/** What a plan looks like once read: row numbers and empty messages are the reader's own. */
function comparable(plan: NapPlanDraft): unknown {
  return JSON.parse(
    JSON.stringify(plan, (key, value: unknown) =>
      key === 'rowNumber' || key === 'lastRowNumber' ? undefined : value,
    ),
  );
}

describe('NAP export', () => {
  it('reads back the plan it wrote', async () => {
    const plan = handPlan();
    const bytes = await buildNapMatrixXlsx(plan, LETTERHEAD);
    const read = await preview('export.xlsx', bytes);
    expect(read.rowErrors).toEqual([]);
    expect(comparable(read.plan)).toEqual(comparable(plan));
  });

  it('writes the letterhead above the header, one row per indicator, pillars and objectives merged', async () => {
    const plan = handPlan();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildNapMatrixXlsx(plan, LETTERHEAD)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Relatoría Nacional contra la Trata');
    expect(sheet.getCell('A4').value).toBe('USO OFICIAL');
    expect(sheet.getCell('A5').value).toBe(plan.title);
    expect(sheet.getCell('A7').value).toBe('Pillar');
    const indicators = 1 + 5 * 2; // the objective's, then 2 for each activity but one
    expect(sheet.getCell(`A${8 + 1}`).isMerged).toBe(true);
    expect(sheet.getCell('A9').master.address).toBe('A8');
    expect(sheet.getCell('B9').master.address).toBe('B8');
    const read = await preview('export.xlsx', await buildNapMatrixXlsx(plan, LETTERHEAD));
    expect(read.counts.indicators).toBe(indicators);
    expect(read.headerRow).toBe(7);
  });
});
