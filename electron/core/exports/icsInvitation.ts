/**
 * A meeting invitation as an iCalendar file (RFC 5545): title, start time in the workspace's
 * time zone (TZID with its VTIMEZONE), duration, location or video link, the agenda with
 * estimated times in the description, the secretariat as ORGANIZER and the active focal points
 * of member agencies as attendees. Without a secretariat e-mail it is published, not requested.
 */
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { presenterLabel } from '../../../shared/domain/meetings';
import { effectiveTimeZone, todayIn } from '../../../shared/domain/timeZone';
import { SETTINGS_ROW_ID, WorkspaceSettingsEntity } from '../db/entities/workspaceSettings';
import type { ReadableDB } from '../db/sql';
import { bodyRecipients } from './exportData';
import { exportFileName } from './fileNames';
import { icsDocument, icsParam, icsText, vtimezone } from './kit/icalendar';

const AGENDA_WORD = { en: 'Agenda', es: 'Orden del día', fr: 'Ordre du jour' } as const;
const LINK_WORD = { en: 'Join online', es: 'Enlace de conexión', fr: 'Lien de connexion' } as const;

const stamp = (date: string, time: string) =>
  `${date.replace(/-/g, '')}T${time.replace(':', '').padEnd(4, '0')}00`;

/** Active focal points (on the meeting date) of the body's member agencies, with e-mail. */
async function attendees(db: ReadableDB, meeting: MeetingDetail, today: string): Promise<string[]> {
  const on = meeting.date >= today ? meeting.date : today;
  const found = await bodyRecipients(db, meeting.body.id, on);
  const seen = new Set<string>();
  return found
    .filter((f) => !seen.has(f.email.toLowerCase()) && seen.add(f.email.toLowerCase()))
    .map(
      (f) =>
        `ATTENDEE;CN=${icsParam(`${f.name} (${f.agency})`)};RSVP=TRUE;PARTSTAT=NEEDS-ACTION;` +
        `ROLE=${f.role === 'primary' ? 'REQ-PARTICIPANT' : 'OPT-PARTICIPANT'}:mailto:${f.email}`,
    );
}

function description(meeting: MeetingDetail): string {
  const lines = [`${meeting.bodyName} — ${meeting.title}`, '', `${AGENDA_WORD[meeting.language]}:`];
  meeting.agenda.forEach((item, i) => {
    const by = presenterLabel(item, true);
    const presenter = by ? ` (${by})` : '';
    lines.push(`${item.estimatedStart}  ${i + 1}. ${item.title}${presenter}`);
  });
  if (meeting.videoLink) lines.push('', `${LINK_WORD[meeting.language]}: ${meeting.videoLink}`);
  return lines.join('\n');
}

export async function buildIcs(
  db: ReadableDB,
  meeting: MeetingDetail,
  now: Date,
): Promise<{ fileName: string; content: string }> {
  const settings = await db.getRepository(WorkspaceSettingsEntity).findOne({
    select: { timeZone: true, secretariatEmail: true, taskForceName: true },
    where: { id: SETTINGS_ROW_ID },
  });
  const zone = effectiveTimeZone(settings?.timeZone ?? '');
  const organizer = settings?.secretariatEmail ?? '';
  const sequence =
    Math.max(
      0,
      Math.floor((Date.parse(meeting.updatedAt) - Date.parse(meeting.createdAt)) / 1000),
    ) % 2147483647;
  const where = meeting.location || meeting.videoLink;
  const content = icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coordina//Meeting invitation//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${organizer ? 'REQUEST' : 'PUBLISH'}`,
    ...vtimezone(zone, Number(meeting.date.slice(0, 4))),
    'BEGIN:VEVENT',
    `UID:${meeting.id}@coordina`,
    `DTSTAMP:${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
    `DTSTART;TZID=${zone}:${stamp(meeting.date, meeting.startTime)}`,
    `DURATION:PT${meeting.durationMinutes}M`,
    `SUMMARY:${icsText(`${meeting.bodyName}: ${meeting.title}`)}`,
    `DESCRIPTION:${icsText(description(meeting))}`,
    ...(where ? [`LOCATION:${icsText(where)}`] : []),
    ...(meeting.videoLink ? [`URL:${meeting.videoLink.replace(/[\r\n]/g, '')}`] : []),
    'STATUS:CONFIRMED',
    `SEQUENCE:${sequence}`,
    ...(organizer
      ? [`ORGANIZER;CN=${icsParam(settings?.taskForceName ?? '')}:mailto:${organizer}`]
      : []),
    ...(await attendees(db, meeting, todayIn(zone, now))),
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  return {
    fileName: exportFileName('invitation', meeting.language, [
      meeting.bodyName,
      meeting.number,
      meeting.date,
    ]),
    content,
  };
}
