/**
 * Turns the data rows of a NAP matrix into a plan draft: pillars and objectives carried down
 * from merged cells, group-first rows or heading rows; one activity spread over several rows
 * (one per indicator); blank, note, subtotal and total rows left out; codes kept or generated.
 */
import type {
  NapActivityDraft,
  NapMapping,
  NapObjectiveDraft,
  NapPillarDraft,
  NapRowError,
} from '../../../../shared/contract/nap';
import type { NapField } from '../../../../shared/domain/nap';
import { textKey } from '../../db/sql';
import { buildActivity } from './napActivity';
import type { AgencyMatcher } from './napAgencies';
import type { GridCell } from './napGrid';
import { buildIndicator, hasIndicator, type HeaderYears, type RowReader } from './napIndicators';
import { headingKind, isNoteText, isObjectiveLevel, isTotalText, splitCode } from './napWords';

export type SkipReason = 'note' | 'total' | 'heading' | 'empty';

export interface RowsResult {
  pillars: NapPillarDraft[];
  activities: {
    activity: NapActivityDraft;
    pillar: NapPillarDraft;
    objective: NapObjectiveDraft;
  }[];
  objectiveErrors: NapRowError[];
  skipped: { rowNumber: number; reason: SkipReason }[];
}

const EMPTY: GridCell = { text: '', value: null, percent: false };

class PlanBuilder {
  readonly pillars: NapPillarDraft[] = [];
  readonly result: RowsResult;
  pillar: NapPillarDraft | null = null;
  objective: NapObjectiveDraft | null = null;
  last: NapActivityDraft | null = null;
  private pillarKeys = new Map<string, NapPillarDraft>();
  private objectiveKeys = new Map<string, NapObjectiveDraft>();

  constructor() {
    this.result = { pillars: this.pillars, activities: [], objectiveErrors: [], skipped: [] };
  }

  setPillar(text: string): void {
    const key = textKey(text);
    if (this.pillar && this.pillarKeys.get(key) === this.pillar) return;
    const { code, name } = splitCode(text, false);
    let pillar = this.pillarKeys.get(key);
    if (!pillar) {
      pillar = {
        code: code || String(this.pillars.length + 1),
        name: name || text,
        objectives: [],
      };
      this.pillars.push(pillar);
      this.pillarKeys.set(key, pillar);
    }
    this.pillar = pillar;
    this.objective = null;
    this.last = null;
  }

  setObjective(text: string): void {
    const pillar = this.currentPillar();
    const key = `${pillar.code}\u0000${textKey(text)}`;
    if (this.objective && this.objectiveKeys.get(key) === this.objective) return;
    let objective = this.objectiveKeys.get(key);
    if (!objective) {
      const { code, name } = splitCode(text, false);
      const generated = `${pillar.code}.${pillar.objectives.length + 1}`;
      objective = { code: code || generated, name: name || text, indicators: [], activities: [] };
      if (/^\d+$/.test(objective.code) && /^\d+$/.test(pillar.code)) objective.code = generated;
      pillar.objectives.push(objective);
      this.objectiveKeys.set(key, objective);
    }
    this.objective = objective;
    this.last = null;
  }

  currentPillar(): NapPillarDraft {
    if (!this.pillar) this.setPillar('General');
    return this.pillar!;
  }

  currentObjective(): NapObjectiveDraft {
    if (!this.objective) this.setObjective(this.currentPillar().name);
    return this.objective!;
  }
}

function distinctTexts(row: GridCell[], hidden: boolean[]): { text: string; columns: number[] }[] {
  const seen = new Map<string, number[]>();
  row.forEach((cell, i) => {
    if (!cell.text || hidden[i]) return;
    seen.set(cell.text, [...(seen.get(cell.text) ?? []), i]);
  });
  return [...seen].map(([text, columns]) => ({ text, columns }));
}

/** What a row with one text (maybe merged across the row) is: a heading, a note, or data. */
function singleText(
  text: string,
  columns: number[],
  mapping: NapMapping,
): 'pillar' | 'objective' | 'note' | 'data' {
  if (isNoteText(text)) return 'note';
  const kind = headingKind(text);
  if (kind) return kind;
  if (columns.length === 1 && columns[0] === mapping.pillar) return 'pillar';
  if (columns.length === 1 && columns[0] === mapping.objective) return 'objective';
  if (columns.length === 1 && columns[0] === mapping.activity) return 'data';
  return 'note';
}

export function readRows(
  rows: GridCell[][],
  dataFrom: number,
  mapping: NapMapping,
  hidden: boolean[],
  years: HeaderYears,
  agencies: AgencyMatcher,
  defaultCurrency = '',
): RowsResult {
  const plan = new PlanBuilder();
  const { result } = plan;
  const counters = new Map<NapObjectiveDraft, number>();
  for (let r = dataFrom; r <= rows.length; r++) {
    const row = rows[r - 1]!;
    const get: RowReader = (field: NapField) => {
      const index = mapping[field];
      return index === null || index === undefined ? EMPTY : (row[index] ?? EMPTY);
    };
    const texts = distinctTexts(row, hidden);
    if (texts.length === 0) continue;
    const structural = new Set([mapping.pillar, mapping.objective]);
    const total = (t: (typeof texts)[number]) =>
      isTotalText(t.text) && (texts.length === 1 || t.columns.some((c) => !structural.has(c)));
    if (texts.some(total)) {
      result.skipped.push({ rowNumber: r, reason: 'total' });
      continue;
    }
    if (texts.length === 1) {
      const kind = singleText(texts[0]!.text, texts[0]!.columns, mapping);
      if (kind === 'note') {
        result.skipped.push({ rowNumber: r, reason: 'note' });
        continue;
      }
      if (kind === 'pillar' || kind === 'objective') {
        if (kind === 'pillar') plan.setPillar(texts[0]!.text);
        else plan.setObjective(texts[0]!.text);
        result.skipped.push({ rowNumber: r, reason: 'heading' });
        continue;
      }
    }
    const pillarText = get('pillar').text;
    const objectiveText = get('objective').text;
    if (pillarText) plan.setPillar(pillarText);
    const objectiveBefore = plan.objective;
    if (objectiveText) plan.setObjective(objectiveText);
    const objective = plan.currentObjective();
    const newObjective = plan.objective !== objectiveBefore;

    const rawText = get('activity').text;
    let code = get('code').text.split('\n')[0]!.trim();
    let text = rawText;
    if (!code && rawText) {
      const split = splitCode(rawText, true);
      if (split.code) ({ code, name: text } = split);
    }
    const last = plan.last;
    const sameText = !!last && !!text && textKey(text) === textKey(last.text);
    const sameCode = !!last && !!code && code === last.code;
    const indicatorHere = hasIndicator(get);
    let owner: NapActivityDraft | null;
    if (!text && !code) {
      if (!indicatorHere) {
        result.skipped.push({ rowNumber: r, reason: 'note' });
        continue;
      }
      owner = last && !newObjective ? last : null;
    } else if (
      last &&
      !newObjective &&
      ((sameText && (!code || sameCode)) || (sameCode && !text))
    ) {
      owner = last;
    } else {
      const n = (counters.get(objective) ?? 0) + 1;
      counters.set(objective, n);
      owner = buildActivity(
        get,
        r,
        text,
        code || `${objective.code}.${n}`,
        agencies,
        defaultCurrency,
      );
      objective.activities.push(owner);
      result.activities.push({ activity: owner, pillar: plan.currentPillar(), objective });
      plan.last = owner;
    }
    if (owner) owner.lastRowNumber = r;
    if (!indicatorHere) continue;
    if (owner && !isObjectiveLevel(get('level').text)) {
      owner.indicators.push(buildIndicator(get, r, years, owner.errors));
    } else {
      const errors: NapRowError[] = [];
      objective.indicators.push(buildIndicator(get, r, years, errors));
      result.objectiveErrors.push(...errors);
    }
  }
  checkCodes(result);
  return result;
}

/** Activity codes are unique in a plan: a repeat is an error on the later row. */
function checkCodes(result: RowsResult): void {
  const seen = new Map<string, number | null>();
  for (const { activity } of result.activities) {
    const first = seen.get(activity.code);
    if (first !== undefined) {
      activity.errors.push({
        rowNumber: activity.rowNumber ?? 0,
        field: 'code',
        message: `The code ${activity.code} is already used${first ? ` on row ${first}` : ''}.`,
      });
    } else seen.set(activity.code, activity.rowNumber);
  }
}
