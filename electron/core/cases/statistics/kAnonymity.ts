/**
 * k-anonymity of the case statistics, with no database: victim rows in, the four tables of
 * `cases:statistics` out.
 *
 * Each table counts victims by its quasi-identifiers. A cell with fewer than k victims is
 * first generalised (nationality → UN M49 region, age band → child/adult), small cells of the
 * same group being added together; a generalised cell still below k is suppressed (count null).
 * When the suppressed cells of a table hold between 1 and k − 1 victims, their stated total
 * (`suppressedVictims`) would give them away, so the smallest released cells are suppressed
 * too until it reaches k (secondary suppression).
 *
 * The exploitation table counts a victim once per form, so its total is the number of
 * victim–form pairs; the other tables count each victim once.
 */
import {
  AGE_BANDS,
  CASE_STAGES,
  CHILD_AGE_BANDS,
  EXPLOITATION_FORMS,
  SEXES,
  type AgeBand,
  type CaseStage,
  type CaseStatisticDimension,
  type ExploitationForm,
  type Sex,
} from '../../../../shared/domain/cases';
import type { StatisticTable } from '../../../../shared/contract/cases';
import { m49RegionOf, isM49Code } from '../../../../shared/domain/places';

/** One victim profile of a case, with the case's stage. */
export interface VictimRow {
  ageBand: AgeBand;
  sex: Sex;
  /** ISO 3166-1 alpha-2; '' when unknown. */
  nationality: string;
  exploitationForms: readonly ExploitationForm[];
  stage: CaseStage;
  count: number;
}

export type AgeGroup = 'child' | 'adult' | 'unknown';

/** The key of an unknown nationality in the nationality table. */
export const UNKNOWN_NATIONALITY = 'unknown';

/** Children are under 18; 'unknown' stays unknown. */
export function ageGroupOf(band: AgeBand): AgeGroup {
  if (band === 'unknown') return 'unknown';
  return CHILD_AGE_BANDS.includes(band) ? 'child' : 'adult';
}

/** One detailed cell before anonymisation, with the coarser cell it folds into (if any). */
export interface RawCell {
  parts: string[];
  count: number;
  /** The parts after generalisation; null when the dimension cannot be generalised. */
  general: string[] | null;
}

type Cell = StatisticTable['cells'][number];

function addTo(cells: Map<string, RawCell>, parts: string[], general: string[] | null, n: number) {
  const key = parts.join('|');
  const cell = cells.get(key);
  if (cell) cell.count += n;
  else cells.set(key, { parts, count: n, general });
}

/**
 * Anonymises one table: detailed cells at or above k are released as they are; the others
 * are generalised (merged per group), then suppressed when still below k.
 */
export function anonymiseCells(
  dimension: CaseStatisticDimension,
  raw: Iterable<RawCell>,
  k: number,
  order: (parts: readonly string[]) => number,
): StatisticTable {
  const released: Cell[] = [];
  const generalisedGroups = new Map<string, { parts: string[]; count: number }>();
  const small: RawCell[] = [];
  let generalisedCells = 0;
  for (const cell of raw) {
    if (cell.count <= 0) continue;
    if (cell.count >= k) {
      released.push({
        key: cell.parts.join('|'),
        parts: cell.parts,
        count: cell.count,
        generalised: false,
      });
    } else if (cell.general) {
      generalisedCells += 1;
      const key = cell.general.join('|');
      const group = generalisedGroups.get(key);
      if (group) group.count += cell.count;
      else generalisedGroups.set(key, { parts: cell.general, count: cell.count });
    } else {
      small.push(cell);
    }
  }
  const suppressed: { cell: Cell; victims: number }[] = small.map((cell) => ({
    cell: { key: cell.parts.join('|'), parts: cell.parts, count: null, generalised: false },
    victims: cell.count,
  }));
  for (const [key, group] of generalisedGroups) {
    const cell: Cell = { key, parts: group.parts, count: group.count, generalised: true };
    if (group.count >= k) released.push(cell);
    else suppressed.push({ cell: { ...cell, count: null }, victims: group.count });
  }
  let suppressedVictims = suppressed.reduce((sum, s) => sum + s.victims, 0);
  // Secondary suppression: a stated total below k would disclose the suppressed cells.
  released.sort((a, b) => (a.count ?? 0) - (b.count ?? 0) || order(a.parts) - order(b.parts));
  while (suppressedVictims > 0 && suppressedVictims < k && released.length > 0) {
    const smallest = released.shift() as Cell;
    suppressedVictims += smallest.count ?? 0;
    suppressed.push({ cell: { ...smallest, count: null }, victims: smallest.count ?? 0 });
  }
  const cells = [...released, ...suppressed.map((s) => s.cell)].sort(
    (a, b) => order(a.parts) - order(b.parts) || a.key.localeCompare(b.key),
  );
  return {
    dimension,
    cells,
    generalisedCells,
    suppressedCells: suppressed.length,
    suppressedVictims,
  };
}

/** Rank of a value in a vocabulary, unknown values last. */
function rank(vocabulary: readonly string[], value: string | undefined): number {
  const index = vocabulary.indexOf(value ?? '');
  return index === -1 ? vocabulary.length : index;
}

/** Age columns in reading order, each group after its bands. */
const AGE_ORDER: readonly string[] = [
  '0-11',
  '12-17',
  'child',
  ...AGE_BANDS.filter((b) => b !== 'unknown' && !CHILD_AGE_BANDS.includes(b)),
  'adult',
  'unknown',
];

function sexAgeOrder(parts: readonly string[]): number {
  return rank(SEXES, parts[0]) * 100 + rank(AGE_ORDER, parts[1]);
}

/** Countries first (alphabetical, by the final sort), then regions, then unknown. */
function nationalityOrder(parts: readonly string[]): number {
  const code = parts[0] ?? '';
  if (code === UNKNOWN_NATIONALITY) return 2;
  return isM49Code(code) ? 1 : 0;
}

/**
 * The victim counts of each table before anonymisation: what the database sums up, so the
 * statistics never read one row per profile.
 */
export interface Marginals {
  sexAge: { sex: Sex; ageBand: AgeBand; count: number }[];
  /** Per combination of forms; a victim counts once under each of its forms. */
  forms: { forms: readonly ExploitationForm[]; count: number }[];
  /** ISO alpha-2, '' when unknown. */
  nationality: { nationality: string; count: number }[];
  stage: { stage: CaseStage; count: number }[];
}

/** The marginals of victim rows (what the database's GROUP BY gives for stored profiles). */
export function marginalsOf(rows: readonly VictimRow[]): Marginals {
  return {
    sexAge: rows.map((r) => ({ sex: r.sex, ageBand: r.ageBand, count: r.count })),
    forms: rows.map((r) => ({ forms: r.exploitationForms, count: r.count })),
    nationality: rows.map((r) => ({ nationality: r.nationality, count: r.count })),
    stage: rows.map((r) => ({ stage: r.stage, count: r.count })),
  };
}

/** The four tables (sex × age, exploitation, nationality region, stage), k-anonymised. */
export function anonymiseMarginals(m: Marginals, k: number): StatisticTable[] {
  const sexAge = new Map<string, RawCell>();
  const exploitation = new Map<string, RawCell>();
  const nationality = new Map<string, RawCell>();
  const stage = new Map<string, RawCell>();
  for (const r of m.sexAge) {
    addTo(sexAge, [r.sex, r.ageBand], [r.sex, ageGroupOf(r.ageBand)], r.count);
  }
  for (const r of m.forms) {
    for (const form of new Set(r.forms)) addTo(exploitation, [form], null, r.count);
  }
  for (const r of m.nationality) {
    if (r.nationality === '') addTo(nationality, [UNKNOWN_NATIONALITY], null, r.count);
    else addTo(nationality, [r.nationality], [m49RegionOf(r.nationality)], r.count);
  }
  for (const r of m.stage) addTo(stage, [r.stage], null, r.count);
  return [
    anonymiseCells('sex_age', sexAge.values(), k, sexAgeOrder),
    anonymiseCells('exploitation', exploitation.values(), k, (p) => rank(EXPLOITATION_FORMS, p[0])),
    anonymiseCells('nationality_region', nationality.values(), k, nationalityOrder),
    anonymiseCells('stage', stage.values(), k, (p) => rank(CASE_STAGES, p[0])),
  ];
}

export interface AnonymisedTables {
  victimCount: number;
  tables: StatisticTable[];
}

/** The four tables of the statistics of victim rows. */
export function anonymiseStatistics(rows: readonly VictimRow[], k: number): AnonymisedTables {
  return {
    victimCount: rows.reduce((sum, r) => sum + r.count, 0),
    tables: anonymiseMarginals(marginalsOf(rows), k),
  };
}

/** A victim profile as the restricted annex may show it. */
export interface AnnexProfile {
  sex: Sex;
  /** The band, or child/adult when generalised. */
  age: AgeBand | AgeGroup;
  /** Alpha-2 country, M49 region (three digits) when generalised, '' when unknown. */
  nationality: string;
  exploitationForms: ExploitationForm[];
  count: number;
  generalised: boolean;
}

/**
 * k-anonymises one case's profiles for the restricted annex: a profile of fewer than k
 * victims shows its region instead of the country and child/adult instead of the band;
 * generalised profiles that become alike are added together. Nothing is suppressed (the
 * annex is restricted and about this one case).
 */
export function anonymiseProfiles(
  profiles: readonly Omit<VictimRow, 'stage'>[],
  k: number,
): AnnexProfile[] {
  const out: AnnexProfile[] = [];
  const merged = new Map<string, AnnexProfile>();
  for (const p of profiles) {
    const forms = EXPLOITATION_FORMS.filter((f) => p.exploitationForms.includes(f));
    if (p.count >= k) {
      out.push({
        sex: p.sex,
        age: p.ageBand,
        nationality: p.nationality,
        exploitationForms: forms,
        count: p.count,
        generalised: false,
      });
      continue;
    }
    const age = ageGroupOf(p.ageBand);
    const nationality = m49RegionOf(p.nationality);
    const key = [p.sex, age, nationality, forms.join(',')].join('|');
    const existing = merged.get(key);
    if (existing) {
      existing.count += p.count;
      continue;
    }
    const profile: AnnexProfile = {
      sex: p.sex,
      age,
      nationality,
      exploitationForms: forms,
      count: p.count,
      generalised: true,
    };
    merged.set(key, profile);
    out.push(profile);
  }
  return out;
}
