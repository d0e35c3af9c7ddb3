/**
 * National Action Plan, the progress report: its narratives per period, section and language,
 * and whether a period's report is final.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface NapReportNarrativeRow {
  planId: string;
  periodKey: string;
  pillarId: string | null;
  section: string;
  kind: 'executive' | 'achievements' | 'challenges' | 'recommendations';
  language: 'en' | 'es' | 'fr';
  text: string;
  updatedAt: string;
}

export const NapReportNarrativeEntity = new EntitySchema<NapReportNarrativeRow>({
  name: 'NapReportNarrative',
  tableName: 'nap_report_narratives',
  columns: {
    planId: { type: 'text', name: 'plan_id', primary: true },
    periodKey: { type: 'text', name: 'period_key', primary: true },
    pillarId: { type: 'text', name: 'pillar_id', nullable: true },
    section: { type: 'text', primary: true },
    kind: { type: 'text', primary: true },
    language: { type: 'text', primary: true },
    text: { type: 'text' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: 'length(period_key) BETWEEN 1 AND 80' },
    { expression: "kind IN ('executive', 'achievements', 'challenges', 'recommendations')" },
    { expression: "language IN ('en', 'es', 'fr')" },
    { expression: 'length(text) <= 20000' },
  ],
  foreignKeys: [
    references('NapPlan', 'planId', 'CASCADE'),
    references('NapPillar', 'pillarId', 'CASCADE'),
  ],
  indices: [{ name: 'nap_report_narratives_pillar', columns: ['pillarId'] }],
});

export interface NapReportVersionRow {
  planId: string;
  periodKey: string;
  final: number;
  updatedAt: string;
}

export const NapReportVersionEntity = new EntitySchema<NapReportVersionRow>({
  name: 'NapReportVersion',
  tableName: 'nap_report_versions',
  columns: {
    planId: { type: 'text', name: 'plan_id', primary: true },
    periodKey: { type: 'text', name: 'period_key', primary: true },
    final: { type: 'integer', default: 0 },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: 'length(period_key) BETWEEN 1 AND 80' },
    { expression: 'final IN (0, 1)' },
  ],
  foreignKeys: [references('NapPlan', 'planId', 'CASCADE')],
});

export const NAP_REPORT_ENTITIES = [NapReportNarrativeEntity, NapReportVersionEntity];
