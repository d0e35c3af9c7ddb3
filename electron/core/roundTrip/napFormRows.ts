/**
 * The NAP side of an update round: the reporting period it covers, each agency's activities
 * of that period's plan (as lead agency, open and running in the period) with their
 * indicators — signed rows of the form's NAP sheet — and, coming back, the check of each
 * answered row (its own, unchanged since, a known status, figures in range).
 */
import type { FormRow } from '../../../shared/contract/roundTrip';
import { idSchema } from '../../../shared/contract/common';
import {
  NAP_ACTIVITY_STATUSES,
  NAP_STATUSES_WITH_REASON,
  type NapActivityStatus,
} from '../../../shared/domain/nap';
import type { Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { NapPeriodEntity, NapPlanEntity } from '../db/entities/nap';
import { placeholders, rows, type ReadableDB } from '../db/sql';
import { readStatus } from '../nap/import/napWords';
import { dropStaleErrors } from './formRowErrors';
import { sameSignature, signNapRow, type FormHeader } from './formSignature';
import { FORM_WORDS } from './formWords';
import { cellText, statusWords, type ReturnedNapRow } from './readReturnedForm';
import type { UpdateFormNapRow } from './updateFormSheet';

export interface NapPeriodRecord {
  id: string;
  label: string;
  planId: string;
  planTitle: string;
  start: string;
  end: string;
}

export async function napPeriodOf(
  db: ReadableDB,
  periodId: string,
): Promise<NapPeriodRecord | null> {
  const period = await db.getRepository(NapPeriodEntity).findOne({
    select: { id: true, label: true, planId: true, startDate: true, endDate: true },
    where: { id: periodId },
  });
  if (!period) return null;
  const plan = await db
    .getRepository(NapPlanEntity)
    .findOne({ select: { title: true }, where: { id: period.planId } });
  if (!plan) return null;
  return {
    id: period.id,
    label: period.label,
    planId: period.planId,
    planTitle: plan.title,
    start: period.startDate,
    end: period.endDate,
  };
}

/** The period or NOT_FOUND. */
export async function requirePeriod(db: ReadableDB, periodId: string): Promise<NapPeriodRecord> {
  const period = await napPeriodOf(db, periodId);
  if (!period) {
    throw new DomainError('NOT_FOUND', 'There is no such reporting period.', {
      field: 'napPeriodId',
    });
  }
  return period;
}

/** An activity's state as a form records it: an edit or a progress update since shows. */
const ACTIVITY_STATE_SQL = `a.updated_at || '#' ||
  (SELECT count(*) FROM nap_progress_updates u WHERE u.activity_id = a.id) AS state`;
/** An indicator's: a measurement added since shows. */
const INDICATOR_STATE_SQL = `'m#' ||
  (SELECT count(*) FROM nap_measurements m WHERE m.indicator_id = i.id) AS state`;

/** An activity as a form's NAP sheet shows it, with one of its lead agencies. */
export interface ActivityRecord {
  id: string;
  plan_id: string;
  code: string;
  text: string;
  status: NapActivityStatus;
  state: string;
  agency_id: string;
  latest: string | null;
}

/**
 * Hot query (roundTrip:exportForms): activities of the plan open and running in the period,
 * one row per lead agency (also counted by roundTrip:createRound).
 */
async function periodActivities(
  db: ReadableDB,
  period: NapPeriodRecord,
  agencyIds?: string[],
): Promise<ActivityRecord[]> {
  const only = agencyIds ? `AND x.agency_id IN (${placeholders(agencyIds)})` : '';
  return rows<ActivityRecord>(
    db,
    `SELECT a.id, a.plan_id, a.code, a.text, a.status, ${ACTIVITY_STATE_SQL}, x.agency_id,
       (SELECT u.narrative FROM nap_progress_updates u WHERE u.activity_id = a.id
         ORDER BY u.created_at DESC, u.id DESC LIMIT 1) AS latest
     FROM nap_activities a
     JOIN nap_activity_agencies x ON x.activity_id = a.id AND x.role = 'lead'
     JOIN nap_objectives o ON o.id = a.objective_id
     JOIN nap_pillars p ON p.id = o.pillar_id
     WHERE a.plan_id = ? AND a.status NOT IN ('completed', 'cancelled')
       AND (a.start_date IS NULL OR a.start_date <= ?)
       AND (a.end_date IS NULL OR a.end_date >= ?) ${only}
     ORDER BY p.position, o.position, a.position, a.id`,
    [period.planId, period.end, period.start, ...(agencyIds ?? [])],
  );
}

/** An indicator as a form's NAP sheet shows it. */
export interface IndicatorRecord {
  id: string;
  activity_id: string;
  name: string;
  unit: string;
  is_percentage: number;
  baseline_value: number | null;
  target_value: number | null;
  state: string;
  latest: number | null;
}

/** Hot query (roundTrip:exportForms): the indicators of those activities with their latest value. */
async function indicatorsOf(db: ReadableDB, activityIds: string[]): Promise<IndicatorRecord[]> {
  if (activityIds.length === 0) return [];
  return rows<IndicatorRecord>(
    db,
    `SELECT i.id, i.activity_id, i.name, i.unit, i.is_percentage, i.baseline_value,
       i.target_value, ${INDICATOR_STATE_SQL},
       (SELECT m.value FROM nap_measurements m WHERE m.indicator_id = i.id
         ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS latest
     FROM nap_indicators i WHERE i.activity_id IN (${placeholders(activityIds)})
     ORDER BY i.position, i.id`,
    activityIds,
  );
}

/** Per agency: how many NAP rows its form holds (activities and their indicators). */
export async function napItemCounts(
  db: ReadableDB,
  period: NapPeriodRecord,
): Promise<Map<string, number>> {
  const activities = await periodActivities(db, period);
  const indicators = await indicatorsOf(db, [...new Set(activities.map((a) => a.id))]);
  const perActivity = new Map<string, number>();
  for (const i of indicators)
    perActivity.set(i.activity_id, (perActivity.get(i.activity_id) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const a of activities) {
    counts.set(a.agency_id, (counts.get(a.agency_id) ?? 0) + 1 + (perActivity.get(a.id) ?? 0));
  }
  return counts;
}

const figure = (n: number | null, unit = '') =>
  n === null ? '–' : `${Number(n.toFixed(2))}${unit ? ` ${unit}` : ''}`;

/** Each agency's signed NAP rows (activity, then its indicators). */
export async function napRowsOf(
  db: ReadableDB,
  period: NapPeriodRecord,
  agencyIds: string[],
  sign: { secret: string; header: (agencyId: string) => FormHeader },
  language: Language,
): Promise<Map<string, UpdateFormNapRow[]>> {
  const w = FORM_WORDS[language];
  const activities = await periodActivities(db, period, agencyIds);
  const indicators = await indicatorsOf(db, [...new Set(activities.map((a) => a.id))]);
  const out = new Map<string, UpdateFormNapRow[]>();
  for (const a of activities) {
    const header = sign.header(a.agency_id);
    const list = out.get(a.agency_id) ?? [];
    list.push({
      kind: 'activity',
      itemId: a.id,
      stateAt: a.state,
      signature: signNapRow(sign.secret, header, {
        kind: 'activity',
        itemId: a.id,
        stateAt: a.state,
      }),
      code: a.code,
      text: a.text,
      status: a.status,
      target: '',
      latest: a.latest ?? '',
      isPercentage: false,
    });
    for (const i of indicators.filter((x) => x.activity_id === a.id)) {
      const unit = i.is_percentage ? '%' : i.unit;
      list.push({
        kind: 'indicator',
        itemId: i.id,
        stateAt: i.state,
        signature: signNapRow(sign.secret, header, {
          kind: 'indicator',
          itemId: i.id,
          stateAt: i.state,
        }),
        code: a.code,
        text: unit ? `${i.name} (${unit})` : i.name,
        status: null,
        target: w.napTarget(figure(i.baseline_value), figure(i.target_value)),
        latest: i.latest === null ? '' : figure(i.latest, unit),
        isPercentage: i.is_percentage === 1,
      });
    }
    out.set(a.agency_id, list);
  }
  return out;
}

/** Status words of the form in every language (and the codes) → the status. */
const formNapStatus = statusWords(NAP_ACTIVITY_STATUSES, (l, s) => FORM_WORDS[l].napStatuses[s]);

export function napStatusFromText(text: string): NapActivityStatus | null {
  const known = formNapStatus(text);
  if (known) return known;
  const read = readStatus(text);
  return read === 'unknown' ? null : read;
}

/** A figure cell: a number, or text written with a decimal point or comma. */
export function numberFromCell(value: unknown): number | null | 'invalid' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  const text = cellText(value as Parameters<typeof cellText>[0])
    .replace(/\s/g, '')
    .replace(',', '.');
  if (!text) return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return 'invalid';
  const n = Number(text);
  return Math.abs(n) <= 1e12 ? n : 'invalid';
}

/** A NAP item named by a returned form, as the workspace holds it now. */
export interface CheckedItem {
  kind: 'activity' | 'indicator';
  plan_id: string;
  code: string;
  text: string;
  status: NapActivityStatus | null;
  state: string;
  unit: string;
  is_percentage: number;
  leads: string;
}

/** Hot query (roundTrip:importPreview): the activities and indicators a returned form names. */
async function itemsNamed(db: ReadableDB, ids: string[]): Promise<Map<string, CheckedItem>> {
  if (ids.length === 0) return new Map();
  const leads = (activity: string) =>
    `(SELECT group_concat(x.agency_id) FROM nap_activity_agencies x
       WHERE x.activity_id = ${activity} AND x.role = 'lead') AS leads`;
  const found = await rows<CheckedItem & { id: string }>(
    db,
    `SELECT 'activity' AS kind, a.id, a.plan_id, a.code, a.text, a.status, ${ACTIVITY_STATE_SQL},
       '' AS unit, 0 AS is_percentage, ${leads('a.id')}
     FROM nap_activities a WHERE a.id IN (${placeholders(ids)})
     UNION ALL
     SELECT 'indicator', i.id, i.plan_id, a.code, i.name, NULL, ${INDICATOR_STATE_SQL},
       i.unit, i.is_percentage, ${leads('i.activity_id')}
     FROM nap_indicators i LEFT JOIN nap_activities a ON a.id = i.activity_id
     WHERE i.id IN (${placeholders(ids)})`,
    [...ids, ...ids],
  );
  return new Map(found.map((f) => [`${f.kind}:${f.id}`, f]));
}

/** The NAP sheet's rows checked against the workspace (see formPreview for action rows). */
export async function checkNapRows(
  db: ReadableDB,
  input: {
    rows: ReturnedNapRow[];
    header: FormHeader;
    secret: string;
    period: NapPeriodRecord | null;
    today: string;
  },
): Promise<FormRow[]> {
  const { header, secret, period, today } = input;
  const ids = [...new Set(input.rows.map((r) => r.itemId))].filter(
    (id) => idSchema.safeParse(id).success,
  );
  const items = await itemsNamed(db, ids);
  const seen = new Set<string>();
  return input.rows.map((r): FormRow => {
    const errors: FormRow['errors'] = [];
    const kind = r.kindCode === 'indicator' ? 'indicator' : 'activity';
    const key = `${kind}:${r.itemId}`;
    const item = r.kindCode === kind ? items.get(key) : undefined;
    const signed =
      r.signature !== '' &&
      sameSignature(
        r.signature,
        signNapRow(secret, header, { kind, itemId: r.itemId, stateAt: r.stateAt }),
      );
    const ours =
      item !== undefined &&
      item.plan_id === period?.planId &&
      (item.leads ?? '').split(',').includes(header.agencyId);
    if (item && !ours) errors.push({ field: 'item', code: 'foreign_action' });
    else if (!signed || seen.has(key)) {
      errors.push({ field: 'item', code: item || r.itemId ? 'tampered' : 'unknown_action' });
    } else if (!item) errors.push({ field: 'item', code: 'unknown_action' });
    else if (item.status === 'completed' || item.status === 'cancelled') {
      errors.push({ field: 'item', code: 'closed' });
    } else if (item.state !== r.stateAt) errors.push({ field: 'item', code: 'conflict' });
    if (item) seen.add(key);
    const current = ours ? item : undefined;

    let newStatus: NapActivityStatus | null = null;
    let value: number | null = null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    let answered: boolean;
    const isPercentage = current?.is_percentage === 1;
    if (kind === 'activity') {
      newStatus = r.statusText ? napStatusFromText(r.statusText) : null;
      if (r.statusText && !newStatus) errors.push({ field: 'newStatus', code: 'invalid_status' });
      const statusChange = newStatus !== null && newStatus !== current?.status;
      answered = statusChange || r.note !== '';
      const status = newStatus ?? current?.status ?? null;
      if (statusChange && status && NAP_STATUSES_WITH_REASON.includes(status) && !r.note) {
        errors.push({ field: 'note', code: 'reason_required' });
      }
    } else {
      const read = (field: 'value' | 'numerator' | 'denominator', cell: unknown) => {
        const n = numberFromCell(cell);
        if (n === 'invalid') errors.push({ field, code: 'invalid_number' });
        return n === 'invalid' ? null : n;
      };
      value = read('value', r.value);
      // A count has no numerator or denominator (those cells stay locked).
      numerator = isPercentage ? read('numerator', r.numerator) : null;
      denominator = isPercentage ? read('denominator', r.denominator) : null;
      const anyFigure =
        cellText(r.value as never) !== '' ||
        (isPercentage &&
          (cellText(r.numerator as never) !== '' || cellText(r.denominator as never) !== ''));
      answered = anyFigure || r.note !== '' || r.source !== '';
      if (numerator !== null || denominator !== null) {
        if (numerator === null) errors.push({ field: 'numerator', code: 'invalid_number' });
        else if (denominator === null) {
          errors.push({ field: 'denominator', code: 'invalid_number' });
        } else if (numerator < 0) errors.push({ field: 'numerator', code: 'out_of_range' });
        else if (denominator <= 0) errors.push({ field: 'denominator', code: 'out_of_range' });
        else if (numerator > denominator) {
          errors.push({ field: 'numerator', code: 'out_of_range' });
        } else value = (numerator / denominator) * 100;
      } else if (value !== null) {
        if (value < 0 || (isPercentage && value > 100)) {
          errors.push({ field: 'value', code: 'out_of_range' });
        }
      } else if (answered && !errors.some((e) => e.code === 'invalid_number')) {
        // A note or a source without a figure: there is nothing to record.
        errors.push({ field: 'value', code: 'invalid_number' });
      }
    }
    if (!answered) dropStaleErrors(errors);
    return {
      rowNumber: r.rowNumber,
      kind,
      actionId: null,
      title: current?.text ?? r.title,
      currentStatus: null,
      currentDueDate: null,
      newStatus: null,
      note: r.note,
      date: answered ? today : null,
      newDueDate: null,
      state: errors.length ? 'error' : answered ? 'change' : 'unchanged',
      errors,
      nap: {
        itemId: idSchema.safeParse(r.itemId).success ? r.itemId : null,
        code: current?.code ?? r.code,
        currentStatus: kind === 'activity' ? (current?.status ?? null) : null,
        newStatus,
        value,
        numerator,
        denominator,
        isPercentage,
        unit: current?.unit ?? '',
        source: r.source,
      },
    };
  });
}
