/** k-anonymity of the case statistics: hand-computed tables and a property over random rows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, CASE_STAGES, EXPLOITATION_FORMS, SEXES } from '../../shared/domain/cases';
import {
  anonymiseProfiles,
  anonymiseStatistics,
  type VictimRow,
} from '../../electron/core/cases/statistics/kAnonymity';
import { m49RegionOf, placeName } from '../../shared/domain/places';

const ROWS: VictimRow[] = [
  {
    sex: 'female',
    ageBand: '12-17',
    nationality: 'FR',
    exploitationForms: ['sexual_exploitation'],
    stage: 'identification',
    count: 3,
  },
  {
    sex: 'female',
    ageBand: '0-11',
    nationality: 'FR',
    exploitationForms: ['sexual_exploitation', 'begging'],
    stage: 'identification',
    count: 3,
  },
  {
    sex: 'female',
    ageBand: '18-24',
    nationality: 'NG',
    exploitationForms: ['sexual_exploitation'],
    stage: 'assistance',
    count: 6,
  },
  {
    sex: 'male',
    ageBand: '25-34',
    nationality: 'NG',
    exploitationForms: ['forced_labour'],
    stage: 'investigation',
    count: 2,
  },
  {
    sex: 'male',
    ageBand: '35-49',
    nationality: 'GH',
    exploitationForms: ['forced_labour'],
    stage: 'investigation',
    count: 1,
  },
  {
    sex: 'male',
    ageBand: '25-34',
    nationality: '',
    exploitationForms: ['forced_labour'],
    stage: 'closed',
    count: 1,
  },
];

function table(result: ReturnType<typeof anonymiseStatistics>, dimension: string) {
  const found = result.tables.find((t) => t.dimension === dimension);
  if (!found) throw new Error(`no ${dimension} table`);
  return found;
}

const cell = (key: string, count: number | null, generalised = false) => ({
  key,
  parts: key.split('|'),
  count,
  generalised,
});

describe('anonymiseStatistics with k = 5', () => {
  const result = anonymiseStatistics(ROWS, 5);

  it('counts every victim once', () => {
    expect(result.victimCount).toBe(16);
    expect(result.tables.map((t) => t.dimension)).toEqual([
      'sex_age',
      'exploitation',
      'nationality_region',
      'stage',
    ]);
  });

  it('generalises small age bands to child/adult, then suppresses what stays small', () => {
    // female 0-11 (3) + 12-17 (3) → female|child 6; male 25-34 (3) + 35-49 (1) → male|adult 4,
    // suppressed; 4 < k would give it away, so the smallest released cell (female|child, 6,
    // ahead of female|18-24 in reading order) is suppressed too.
    expect(table(result, 'sex_age')).toEqual({
      dimension: 'sex_age',
      cells: [
        cell('female|child', null, true),
        cell('female|18-24', 6),
        cell('male|adult', null, true),
      ],
      generalisedCells: 4,
      suppressedCells: 2,
      suppressedVictims: 10,
    });
  });

  it('suppresses small exploitation forms (no coarser form), counting victims per form', () => {
    expect(table(result, 'exploitation')).toEqual({
      dimension: 'exploitation',
      cells: [cell('sexual_exploitation', 12), cell('forced_labour', null), cell('begging', null)],
      generalisedCells: 0,
      suppressedCells: 2,
      suppressedVictims: 7,
    });
  });

  it('generalises a small nationality to its M49 region before suppressing it', () => {
    // GH (1) → Africa '002' (1) suppressed; unknown (1) suppressed; 2 < k → FR (6) too.
    expect(table(result, 'nationality_region')).toEqual({
      dimension: 'nationality_region',
      cells: [cell('FR', null), cell('NG', 8), cell('002', null, true), cell('unknown', null)],
      generalisedCells: 1,
      suppressedCells: 3,
      suppressedVictims: 8,
    });
  });

  it('suppresses small stages', () => {
    expect(table(result, 'stage')).toEqual({
      dimension: 'stage',
      cells: [
        cell('identification', null),
        cell('assistance', 6),
        cell('investigation', null),
        cell('closed', null),
      ],
      generalisedCells: 0,
      suppressedCells: 3,
      suppressedVictims: 10,
    });
  });
});

describe('anonymiseStatistics takes k from its input', () => {
  it('releases the same rows in more detail with k = 3', () => {
    const result = anonymiseStatistics(ROWS, 3);
    // male 25-34 (3) is now released; male 35-49 (1) → male|adult 1, suppressed; 1 < 3 → the
    // smallest released cell (female|0-11, 3) goes too.
    expect(table(result, 'sex_age').cells).toEqual([
      cell('female|0-11', null),
      cell('female|12-17', 3),
      cell('female|18-24', 6),
      cell('male|25-34', 3),
      cell('male|adult', null, true),
    ]);
    expect(table(result, 'sex_age').suppressedVictims).toBe(4);
    // GH (1) → Africa (1) and unknown (1): 2 < 3 → FR (6) is suppressed as well.
    expect(table(result, 'nationality_region').cells).toEqual([
      cell('FR', null),
      cell('NG', 8),
      cell('002', null, true),
      cell('unknown', null),
    ]);
  });

  it('releases a generalised region once it reaches k', () => {
    const rows: VictimRow[] = [
      {
        sex: 'male',
        ageBand: '25-34',
        nationality: 'DE',
        exploitationForms: ['forced_labour'],
        stage: 'referral',
        count: 2,
      },
      {
        sex: 'male',
        ageBand: '25-34',
        nationality: 'PL',
        exploitationForms: ['forced_labour'],
        stage: 'referral',
        count: 2,
      },
      {
        sex: 'male',
        ageBand: '25-34',
        nationality: 'RO',
        exploitationForms: ['forced_labour'],
        stage: 'referral',
        count: 1,
      },
    ];
    const nationality = table(anonymiseStatistics(rows, 4), 'nationality_region');
    expect(nationality.cells).toEqual([cell('150', 5, true)]);
    expect(nationality).toMatchObject({
      generalisedCells: 3,
      suppressedCells: 0,
      suppressedVictims: 0,
    });
  });
});

describe('anonymiseProfiles (restricted annex)', () => {
  it('shows region and child/adult for profiles below k, adding alike ones together', () => {
    const profiles = [
      {
        sex: 'female' as const,
        ageBand: '12-17' as const,
        nationality: 'RO',
        exploitationForms: ['begging' as const],
        count: 1,
      },
      {
        sex: 'female' as const,
        ageBand: '0-11' as const,
        nationality: 'BG',
        exploitationForms: ['begging' as const],
        count: 2,
      },
      {
        sex: 'male' as const,
        ageBand: '25-34' as const,
        nationality: 'VN',
        exploitationForms: ['forced_labour' as const, 'forced_criminality' as const],
        count: 6,
      },
    ];
    expect(anonymiseProfiles(profiles, 5)).toEqual([
      {
        sex: 'female',
        age: 'child',
        nationality: '150',
        exploitationForms: ['begging'],
        count: 3,
        generalised: true,
      },
      {
        sex: 'male',
        age: '25-34',
        nationality: 'VN',
        exploitationForms: ['forced_labour', 'forced_criminality'],
        count: 6,
        generalised: false,
      },
    ]);
  });
});

describe('places', () => {
  it('maps countries to M49 regions and names them in three languages', () => {
    expect(m49RegionOf('NG')).toBe('002');
    expect(m49RegionOf('BR')).toBe('019');
    expect(m49RegionOf('VN')).toBe('142');
    expect(m49RegionOf('')).toBe('');
    expect(placeName('DE', 'es')).toBe('Alemania');
    expect(placeName('DE', 'fr')).toBe('Allemagne');
    expect(placeName('150', 'es')).toBe('Europa');
    expect(placeName('002', 'fr')).toBe('Afrique');
  });
});

const rowArb: fc.Arbitrary<VictimRow> = fc.record({
  ageBand: fc.constantFrom(...AGE_BANDS),
  sex: fc.constantFrom(...SEXES),
  nationality: fc.constantFrom('', 'FR', 'DE', 'RO', 'NG', 'GH', 'VN', 'BR', 'US', 'XK'),
  exploitationForms: fc.uniqueArray(fc.constantFrom(...EXPLOITATION_FORMS), {
    minLength: 1,
    maxLength: 3,
  }),
  stage: fc.constantFrom(...CASE_STAGES),
  count: fc.integer({ min: 1, max: 12 }),
});

describe('k-anonymity property', () => {
  it('never releases a cell below k, and released + suppressed victims = total', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 60 }),
        fc.integer({ min: 2, max: 20 }),
        (rows, k) => {
          const result = anonymiseStatistics(rows, k);
          const victims = rows.reduce((sum, r) => sum + r.count, 0);
          const mentions = rows.reduce((sum, r) => sum + r.count * r.exploitationForms.length, 0);
          expect(result.victimCount).toBe(victims);
          for (const t of result.tables) {
            const released = t.cells.reduce((sum, c) => sum + (c.count ?? 0), 0);
            for (const c of t.cells)
              if (c.count !== null) expect(c.count).toBeGreaterThanOrEqual(k);
            expect(released + t.suppressedVictims).toBe(
              t.dimension === 'exploitation' ? mentions : victims,
            );
            expect(t.cells.filter((c) => c.count === null)).toHaveLength(t.suppressedCells);
            // The stated suppressed total never discloses a small cell, unless nothing is released.
            if (released > 0)
              expect(t.suppressedVictims === 0 || t.suppressedVictims >= k).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
