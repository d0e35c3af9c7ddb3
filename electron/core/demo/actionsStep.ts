/**
 * Step 4: action items raised at the held meetings, owned by member agencies, with progress
 * updates and carry-overs consistent with the dates: most past-due actions done (some late),
 * a few cancelled, some still open and overdue; recent ones open or in progress.
 */
import { ACTION_PRIORITIES, addDays, type ActionStatus } from '../../../shared/domain/actions';
import { textKey } from '../db/sql';
import { at, inserter, type DemoContext, type DemoMeeting, type DemoStep } from './demoWorld';
import { actionTitle, progressNote, type ProgressKind } from './minutesText';
import type { Random } from './random';

const DUE_IN_DAYS = [14, 21, 30, 30, 45, 60, 90];

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Status of an action due on `due`, seen from `today`, and when it was closed (if it was). */
function outcome(due: string, raised: string, today: string, random: Random) {
  const r = random.next();
  let status: ActionStatus;
  if (due < today) {
    const recent = due >= addDays(today, -540);
    const stillOpen = recent ? 0.14 : 0;
    status =
      r < stillOpen
        ? random.pick(['open', 'in_progress', 'blocked'] as const)
        : r < 0.92
          ? 'done'
          : 'cancelled';
  } else {
    status = r < 0.2 ? 'done' : r < 0.6 ? 'open' : r < 0.88 ? 'in_progress' : 'blocked';
  }
  let closed: string | null = null;
  if (status === 'done' || status === 'cancelled') {
    const latest = addDays(today, -1);
    const around = addDays(due, random.int(-10, status === 'done' ? 25 : 40));
    closed = minDate(around < raised ? addDays(raised, 1) : around, latest);
    if (closed < raised) closed = raised;
  }
  return { status, closed };
}

export const actionsStep: DemoStep = {
  name: 'actions',
  run(ctx: DemoContext) {
    const { db, random, today, size } = ctx;
    const action = inserter(db, 'actions', [
      'id',
      'body_id',
      'meeting_id',
      'agenda_item_id',
      'decision_id',
      'title',
      'description',
      'owner_agency_id',
      'focal_point_id',
      'due_date',
      'priority',
      'status',
      'carried_over',
      'completed_at',
      'created_at',
      'updated_at',
      'search_key',
    ]);
    const supporting = inserter(db, 'action_supporting_agencies', ['action_id', 'agency_id']);
    const update = inserter(db, 'action_updates', [
      'id',
      'action_id',
      'date',
      'note',
      'status_from',
      'status_to',
      'meeting_id',
      'created_at',
    ]);
    const carried = inserter(db, 'action_carry_overs', ['action_id', 'meeting_id']);
    const agencies = new Map(ctx.world.agencies.map((a) => [a.id, a]));
    const held = ctx.world.meetings.filter((m) => m.status !== 'draft');
    const heldByBody = new Map<string, DemoMeeting[]>();
    for (const m of held) heldByBody.set(m.body.id, [...(heldByBody.get(m.body.id) ?? []), m]);
    /** The body's first held meeting on or after `date` (where the update was reported). */
    const reportedAt = (m: DemoMeeting, date: string) =>
      heldByBody.get(m.body.id)!.find((x) => x.date >= date)?.id ?? null;

    const base = Math.floor(size.actions / Math.max(1, held.length));
    const remainder = size.actions - base * held.length;
    held.forEach((m, index) => {
      const count = base + (index < remainder ? 1 : 0);
      const language = m.body.language;
      for (let n = 0; n < count; n++) {
        const id = random.uuid();
        const owner = agencies.get(random.pick(m.body.memberIds))!;
        const due = random.chance(0.05) ? null : addDays(m.date, random.pick(DUE_IN_DAYS));
        const { status, closed } = outcome(due ?? addDays(m.date, 60), m.date, today, random);
        const title = actionTitle(language, random);
        const history: {
          date: string;
          from: ActionStatus;
          to: ActionStatus;
          kind: ProgressKind;
        }[] = [];
        const firstStep = minDate(addDays(m.date, random.int(3, 20)), addDays(today, -1));
        if (
          status === 'in_progress' ||
          status === 'blocked' ||
          (status === 'done' && random.chance(0.5))
        ) {
          history.push({ date: firstStep, from: 'open', to: 'in_progress', kind: 'started' });
        }
        if (status === 'blocked') {
          history.push({
            date: minDate(addDays(firstStep, 10), addDays(today, -1)),
            from: 'in_progress',
            to: 'blocked',
            kind: 'blocked',
          });
        }
        if (closed) {
          const from = history.at(-1)?.to ?? 'open';
          history.push({
            date: closed < firstStep && history.length ? firstStep : closed,
            from,
            to: status,
            kind: status === 'done' ? 'done' : 'cancelled',
          });
        }
        const raised = at(m.date, '12:00:00');
        const last = history.at(-1);
        const decisionId =
          m.decisionIds.length && random.chance(0.3) ? random.pick(m.decisionIds) : null;
        const items = [
          m.items.review_of_action_items,
          m.items.partner_updates,
          m.items.nap_progress,
        ];
        // Carried at every held meeting of the body from this one on, while still open.
        const carriedTo = heldByBody
          .get(m.body.id)!
          .filter((x) => x.number >= m.number && (closed === null || x.date < closed));
        action(
          id,
          m.body.id,
          m.id,
          random.pick(items) ?? null,
          decisionId,
          title,
          '',
          owner.id,
          owner.primaryFocalPointId,
          due,
          random.pick(ACTION_PRIORITIES),
          status,
          carriedTo.length,
          status === 'done' ? (last?.date ?? closed) : null,
          raised,
          last ? at(last.date, '15:00:00') : raised,
          textKey(title),
        );
        if (random.chance(0.2)) {
          for (const other of random.sample(m.body.memberIds, 2)) {
            if (other !== owner.id) supporting(id, other);
          }
        }
        for (const h of history) {
          update(
            random.uuid(),
            id,
            h.date,
            progressNote(language, h.kind, random),
            h.from,
            h.to,
            reportedAt(m, h.date),
            at(h.date, '15:00:00'),
          );
        }
        for (const x of carriedTo) carried(id, x.id);
      }
    });
  },
};
