/**
 * The categories of the report's case statistics in each document language: sex and age side
 * by side, an unknown age or nationality, a country and a generalised M49 region.
 */
import { describe, expect, it } from 'vitest';
import type { StatisticTable } from '../../shared/contract/cases';
import { statisticCellLabel } from '../../electron/core/nap/report/napReportCaseStatistics';

function label(
  dimension: StatisticTable['dimension'],
  parts: string[],
  language: 'en' | 'es' | 'fr',
  generalised = false,
) {
  const cell = { key: parts.join('|'), parts, count: 5, generalised };
  const table: StatisticTable = {
    dimension,
    cells: [cell],
    generalisedCells: 0,
    suppressedCells: 0,
    suppressedVictims: 0,
  };
  return statisticCellLabel(table, cell, language);
}

describe('statisticCellLabel', () => {
  it('writes sex and age side by side, generalised or not', () => {
    expect(label('sex_age', ['female', '18-24'], 'en')).toBe('Female · 18–24');
    expect(label('sex_age', ['female', 'adult'], 'en', true)).toBe('Female · Adult (generalised)');
    expect(label('sex_age', ['male', 'unknown'], 'en')).toBe('Male · Age unknown');
    expect(label('sex_age', ['male', 'unknown'], 'es')).toBe('Hombre · Edad desconocida');
    expect(label('sex_age', ['other_unknown', 'child'], 'fr', true)).toBe(
      'Autre / inconnu · Mineur (généralisé)',
    );
  });

  it('names countries and M49 regions in the language, and an unknown nationality', () => {
    expect(label('nationality_region', ['NG'], 'en')).toBe('Nigeria');
    expect(label('nationality_region', ['002'], 'en', true)).toBe('Africa (generalised)');
    expect(label('nationality_region', ['150'], 'es', true)).toBe('Europa (generalizado)');
    expect(label('nationality_region', ['DE'], 'fr')).toBe('Allemagne');
    expect(label('nationality_region', ['unknown'], 'fr')).toBe('Inconnue');
  });

  it('uses the case vocabularies for forms and stages', () => {
    expect(label('exploitation', ['forced_labour'], 'es')).toBe('Trabajo forzoso');
    expect(label('stage', ['return_reintegration'], 'fr')).toBe('Retour / réintégration');
  });
});
