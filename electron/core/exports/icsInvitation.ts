/**
 * A meeting invitation as an iCalendar file (RFC 5545, built with the `ics` library): title,
 * local start time and duration, location or video link, the agenda with estimated times in
 * the description, and the active focal points of member agencies as attendees.
 */
import { createEvent, type Attendee } from 'ics';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { DomainError } from '../../../shared/errors';
import { isoDate, type Db } from '../db/sql';
import { bodyRecipients } from './exportData';
import { exportFileName } from './fileNames';

const AGENDA_WORD = { en: 'Agenda', es: 'Orden del día', fr: 'Ordre du jour' } as const;
const LINK_WORD = { en: 'Join online', es: 'Enlace de conexión', fr: 'Lien de connexion' } as const;

function dateParts(date: string, time: string): [number, number, number, number, number] {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return [y, mo, d, h, mi];
}

/** Active focal points (on the meeting date) of the body's member agencies, with e-mail. */
async function attendees(db: Db, meeting: MeetingDetail, today: Date): Promise<Attendee[]> {
  const on = meeting.date >= isoDate(today) ? meeting.date : isoDate(today);
  const found = await bodyRecipients(db, meeting.body.id, on);
  const seen = new Set<string>();
  return found
    .filter((f) => !seen.has(f.email.toLowerCase()) && seen.add(f.email.toLowerCase()))
    .map((f) => ({
      name: `${f.name} (${f.agency})`,
      email: f.email,
      rsvp: true,
      partstat: 'NEEDS-ACTION',
      role: f.role === 'primary' ? 'REQ-PARTICIPANT' : 'OPT-PARTICIPANT',
    }));
}

function description(meeting: MeetingDetail): string {
  const lines = [`${meeting.bodyName} — ${meeting.title}`, '', `${AGENDA_WORD[meeting.language]}:`];
  meeting.agenda.forEach((item, i) => {
    const presenter = item.presenterAgency
      ? ` (${item.presenterAgency.acronym || item.presenterAgency.name})`
      : '';
    lines.push(`${item.estimatedStart}  ${i + 1}. ${item.title}${presenter}`);
  });
  if (meeting.videoLink) lines.push('', `${LINK_WORD[meeting.language]}: ${meeting.videoLink}`);
  return lines.join('\n');
}

export async function buildIcs(
  db: Db,
  meeting: MeetingDetail,
  now: Date,
): Promise<{ fileName: string; content: string }> {
  const { error, value } = createEvent({
    uid: `${meeting.id}@coordina`,
    productId: 'coordina/ics',
    method: 'REQUEST',
    title: `${meeting.bodyName}: ${meeting.title}`,
    description: description(meeting),
    start: dateParts(meeting.date, meeting.startTime),
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: meeting.durationMinutes },
    location: meeting.location || meeting.videoLink || undefined,
    url: meeting.videoLink || undefined,
    status: 'CONFIRMED',
    sequence:
      Math.max(
        0,
        Math.floor((Date.parse(meeting.updatedAt) - Date.parse(meeting.createdAt)) / 1000),
      ) % 2147483647,
    attendees: await attendees(db, meeting, now),
  });
  if (error || !value) {
    throw new DomainError('VALIDATION', 'The invitation could not be built from this meeting.', {
      reason: error?.message ?? 'unknown',
    });
  }
  return {
    fileName: exportFileName('invitation', meeting.language, [
      meeting.bodyName,
      meeting.number,
      meeting.date,
    ]),
    content: value,
  };
}
