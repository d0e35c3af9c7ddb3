/**
 * Step 3: monthly meetings of every body from the start of the period to the next one after
 * today, with the default agenda, attendance, minutes notes and numbered decisions. Statuses
 * follow the dates: older minutes approved (at the following meeting), the last held meeting's
 * minutes drafted (awaiting approval), the next meeting a draft.
 */
import { defaultTemplateItems } from '../../../shared/domain/agendaTemplate';
import type { Language } from '../../../shared/domain/languages';
import {
  agendaTimes,
  decisionReference,
  type AgendaItemKind,
  type MeetingStatus,
} from '../../../shared/domain/meetings';
import { addDays } from '../../../shared/domain/actions';
import { textKey } from '../db/sql';
import {
  at,
  inserter,
  type DemoBody,
  type DemoContext,
  type DemoMeeting,
  type DemoStep,
} from './demoWorld';
import { agendaNotes, decisionText } from './minutesText';

const LOCATION: Record<Language, string> = {
  en: 'Conference room 2, Ministry of the Interior',
  es: 'Sala de reuniones, Ministerio de Trabajo',
  fr: 'Salle de conférence, Ministère de la Justice',
};

const CORRIGENDUM: Record<Language, string> = {
  en: 'Item 7: the presenting agency was misnamed; the correct agency is listed in the attendance.',
  es: 'Punto 7: se corrige el nombre de la institución que presentó el informe.',
  fr: 'Point 7 : le nom de l’institution présentatrice est corrigé.',
};

const EMPTY_DOC = '{"type":"doc","content":[]}';

/** The `nth` given weekday (0 = Sunday) of the month of `year`-`month` (1–12). */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + 7 * (nth - 1))).toISOString().slice(0, 10);
}

/** Monthly dates from the month of `start` to the first one on or after `today`. */
function monthlyDates(start: string, today: string, weekday: number, nth: number): string[] {
  const dates: string[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  for (;;) {
    const date = nthWeekday(year, month, weekday, nth);
    dates.push(date);
    if (date >= today) return dates;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

export const meetingsStep: DemoStep = {
  name: 'meetings',
  run(ctx: DemoContext) {
    const { db, random, today, start } = ctx;
    const meeting = inserter(db, 'meetings', [
      'id',
      'body_id',
      'number',
      'title',
      'date',
      'start_time',
      'duration_minutes',
      'location',
      'video_link',
      'language',
      'chair_name',
      'minute_taker',
      'status',
      'series_id',
      'approved_at',
      'created_at',
      'updated_at',
    ]);
    const item = inserter(db, 'agenda_items', [
      'id',
      'meeting_id',
      'position',
      'title',
      'kind',
      'presenter_agency_id',
      'minutes',
      'restricted',
      'notes',
      'notes_updated_at',
      'created_at',
      'updated_at',
    ]);
    const attendance = inserter(db, 'attendance', ['meeting_id', 'agency_id', 'status', 'person']);
    const decision = inserter(db, 'decisions', [
      'id',
      'body_id',
      'meeting_id',
      'agenda_item_id',
      'year',
      'seq',
      'reference',
      'text',
      'text_key',
      'created_at',
      'updated_at',
    ]);
    const corrigendum = inserter(db, 'corrigenda', [
      'id',
      'meeting_id',
      'date',
      'text',
      'created_at',
    ]);
    const byId = new Map(ctx.world.agencies.map((a) => [a.id, a]));

    ctx.world.bodies.forEach((body: DemoBody, index) => {
      const dates = monthlyDates(start, today, 1 + (index % 5), 2 + (index % 3));
      const held = dates.filter((d) => d < today).length;
      const template = defaultTemplateItems(body.language);
      const duration = template.reduce((n, t) => n + t.minutes, 0);
      const times = agendaTimes(
        '10:00',
        template.map((t) => t.minutes),
      ).starts;
      const series = random.uuid();
      const chairName = byId.get(body.memberIds[0]!)?.primaryName ?? '';
      const minuteTaker = byId.get(body.secretariatId)?.primaryName ?? '';
      const decisionSeq = new Map<number, number>();
      dates.forEach((date, i) => {
        const number = i + 1;
        const status: MeetingStatus =
          i < held - 1 ? 'minutes_approved' : i === held - 1 ? 'minutes_drafted' : 'draft';
        const isHeld = status !== 'draft';
        const id = random.uuid();
        const updated = at(isHeld ? addDays(date, 3) : addDays(date, -20));
        meeting(
          id,
          body.id,
          number,
          '',
          date,
          '10:00',
          duration,
          LOCATION[body.language],
          '',
          body.language,
          chairName,
          minuteTaker,
          status,
          series,
          status === 'minutes_approved' ? at(dates[i + 1]!, '12:00:00') : null,
          at(addDays(date, -30)),
          updated,
        );
        const demo: DemoMeeting = { id, body, number, date, status, items: {}, decisionIds: [] };
        template.forEach((t, position) => {
          const itemId = random.uuid();
          demo.items[t.kind] = itemId;
          const presenter =
            t.kind === 'review_of_action_items' || t.kind === 'approval_of_previous_minutes'
              ? body.secretariatId
              : t.kind === 'nap_progress' || t.kind === 'partner_updates'
                ? random.pick(body.memberIds)
                : null;
          const notes = isHeld
            ? JSON.stringify(agendaNotes(t.kind, body.language, random))
            : EMPTY_DOC;
          item(
            itemId,
            id,
            position,
            t.title,
            t.kind,
            presenter,
            t.minutes,
            t.restricted ? 1 : 0,
            notes,
            isHeld ? at(date, `${times[position]}:00`) : null,
            at(addDays(date, -30)),
            updated,
          );
        });
        if (isHeld) {
          for (const agencyId of body.memberIds) {
            const r = random.next();
            const status =
              r < 0.7 ? 'present' : r < 0.8 ? 'represented' : r < 0.92 ? 'apologies' : 'absent';
            const person =
              status === 'present' || status === 'represented'
                ? (byId.get(agencyId)?.primaryName ?? '')
                : '';
            attendance(id, agencyId, status, person);
          }
          const year = Number(date.slice(0, 4));
          const discussed: AgendaItemKind[] = [
            'nap_progress',
            'partner_updates',
            'review_of_action_items',
          ];
          for (let d = random.int(1, 4); d > 0; d--) {
            const seq = (decisionSeq.get(year) ?? 0) + 1;
            decisionSeq.set(year, seq);
            const decisionId = random.uuid();
            const text = decisionText(body.language, random);
            decision(
              decisionId,
              body.id,
              id,
              demo.items[random.pick(discussed)] ?? null,
              year,
              seq,
              decisionReference(body.code, year, seq),
              text,
              textKey(text),
              at(date, '12:00:00'),
              at(date, '12:00:00'),
            );
            demo.decisionIds.push(decisionId);
          }
          if (status === 'minutes_approved' && random.chance(0.03)) {
            const on = dates[i + 2] && dates[i + 2]! < today ? dates[i + 2]! : dates[i + 1]!;
            corrigendum(random.uuid(), id, on, CORRIGENDUM[body.language], at(on, '12:00:00'));
          }
        }
        ctx.world.meetings.push(demo);
      });
    });
  },
};
