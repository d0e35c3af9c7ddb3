/** Invitation + agenda: the letter of invitation, then the agenda with times and presenters. */
import type { MeetingDetail } from '../../../shared/contract/meetings';
import type { Language } from '../../../shared/domain/languages';
import { meetingTitle, presenterLabel } from '../../../shared/domain/meetings';
import {
  facts,
  heading,
  labelsFor,
  para,
  renderDocument,
  table,
  title,
  type Letterhead,
} from './kit/documentKit';
import { formatLongDate, formatTime } from './kit/labels';
import { recordLabels } from './recordLabels';

export interface AgendaOptions {
  language: Language;
  draft: boolean;
  author: string;
  now: Date;
}

export function agendaRows(meeting: MeetingDetail, minutesShort: string, language: Language) {
  return meeting.agenda.map((item, i) => [
    String(i + 1),
    formatTime(item.estimatedStart, language),
    item.title,
    presenterLabel(item, true),
    item.minutes ? `${item.minutes} ${minutesShort}` : '',
  ]);
}

export function buildAgenda(
  meeting: MeetingDetail,
  letterhead: Letterhead,
  o: AgendaOptions,
): Promise<Buffer> {
  const l = labelsFor(o.language);
  const time = (hhmm: string) => formatTime(hhmm, o.language);
  const when = recordLabels(o.language).dateAtTime(
    formatLongDate(meeting.date, o.language),
    time(meeting.startTime),
  );
  const mTitle = meetingTitle(meeting, o.language);
  const docTitle = `${l.agenda} — ${meeting.bodyName}, ${mTitle}`;
  const children = [
    ...title(meeting.bodyName, `${l.invitation} — ${mTitle}`),
    para(l.invitationText(meeting.bodyName, mTitle, when, meeting.location)),
    ...(meeting.videoLink ? [para(`${l.videoText} ${meeting.videoLink}`)] : []),
    para(l.confirmText),
    heading(l.agenda, 1),
    ...facts(
      [
        [l.date, formatLongDate(meeting.date, o.language)],
        [l.time, `${time(meeting.startTime)} – ${time(meeting.estimatedEnd)}`],
        [l.location, meeting.location],
        [l.online, meeting.videoLink],
        [l.chair, meeting.chairName],
      ],
      l.colon,
    ),
    table(
      letterhead.paperSize,
      [
        { header: l.no, width: 7 },
        { header: l.time, width: 10 },
        { header: l.item, width: 48 },
        { header: l.presenter, width: 20 },
        { header: l.duration, width: 15 },
      ],
      agendaRows(meeting, l.minutesShort, o.language),
    ),
    para(`${l.estimatedEnd}${l.colon}${time(meeting.estimatedEnd)}`, { italic: true }),
  ];
  return renderDocument({
    letterhead,
    language: o.language,
    title: docTitle,
    author: o.author,
    createdAt: o.now,
    draft: o.draft,
    sections: [children],
  });
}
