/**
 * A stored plan as the draft the import engine reads and the matrix exporter writes, so that
 * `exports:napMatrix` and `nap:importCommit` are inverse: import(export(plan)) is the plan.
 */
import type {
  NapActivity,
  NapIndicator,
  NapIndicatorDraft,
  NapPlanDetail,
  NapPlanDraft,
} from '../../../shared/contract/nap';
import { indicatorFormFields } from './napPlanRows';

function indicatorDraft(i: NapIndicator): NapIndicatorDraft {
  return { ...indicatorFormFields(i), isPercentage: i.isPercentage, rowNumber: null };
}

function agencyTexts(list: NapActivity['leadAgencies']) {
  return list.map((a) => ({ text: a.name, agencyId: a.id }));
}

export function planDraft(plan: NapPlanDetail): NapPlanDraft {
  return {
    title: plan.title,
    pillars: plan.pillars.map((p) => ({
      code: p.code,
      name: p.name,
      objectives: p.objectives.map((o) => ({
        code: o.code,
        name: o.name,
        indicators: o.indicators.map(indicatorDraft),
        activities: o.activities.map((a) => ({
          code: a.code,
          text: a.text,
          leadAgencies: agencyTexts(a.leadAgencies),
          supportingAgencies: agencyTexts(a.supportingAgencies),
          timeframe: a.timeframe,
          start: a.start,
          end: a.end,
          budgetAmount: a.budgetAmount,
          currency: a.currency,
          budgetText: a.budgetText,
          fundingSource: a.fundingSource,
          status: a.status,
          indicators: a.indicators.map(indicatorDraft),
          rowNumber: null,
          lastRowNumber: null,
          errors: [],
          warnings: [],
        })),
      })),
    })),
  };
}
