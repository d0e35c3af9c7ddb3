/**
 * Minutes: meeting header, attendance grouped by present / represented / apologies / absent,
 * the agenda items with their notes (restricted items only when asked for), numbered
 * decisions, new and updated action items, next meeting, corrigenda and the approval block.
 */
import { Paragraph, TextRun, type Table } from 'docx';
import { ATTENDANCE_STATUSES, meetingTitle, presenterLabel } from '../../../shared/domain/meetings';
import type { Language } from '../../../shared/domain/languages';
import { isEmptyDoc, type RichBlock, type RichDoc } from '../../../shared/domain/richText';
import type { BuildProgress } from './buildProgress';
import type { ActionRow, MinutesData } from './exportData';
import {
  facts,
  heading,
  labelsFor,
  OVERDUE_FILL,
  para,
  renderDocument,
  spacer,
  table,
  title,
  type Letterhead,
} from './kit/documentKit';
import { formatDate, formatLongDate, formatTime, type Labels } from './kit/labels';
import { richTextToDocx } from './kit/richTextDocx';
import { caseLabels } from './caseLabels';
import { recordLabels } from './recordLabels';
import { trackerColumns, trackerRow } from './trackerRows';

export interface MinutesOptions {
  language: Language;
  includeRestricted: boolean;
  draft: boolean;
  author: string;
  now: Date;
}

/** Action items with their owner (the tracker's columns and rows); overdue ones shaded. */
function actionsTable(
  paper: Letterhead['paperSize'],
  l: Labels,
  language: Language,
  actions: ActionRow[],
  /** Number the rows (1., 2.…) so the case discussions can cite the actions agreed. */
  numbered = false,
): (Paragraph | Table)[] {
  if (actions.length === 0) return [para(l.noActions, { italic: true })];
  return [
    table(
      paper,
      trackerColumns(l, false, true),
      actions.map((a, i) => {
        const cells = trackerRow(a, l, language, false, true);
        if (numbered) cells[0] = `${i + 1}. ${cells[0]}`;
        return cells;
      }),
      actions.map((a) => (a.daysOverdue > 0 ? OVERDUE_FILL : undefined)),
    ),
    spacer(),
  ];
}

/** The notes with each top-level paragraph prefixed "6.1", "6.2"…; `next` is the next number. */
function numberParagraphs(notes: RichDoc, item: number): { doc: RichDoc; next: number } {
  let n = 1;
  const content = notes.content.map((block): RichBlock => {
    if (block.type !== 'paragraph' || !block.content?.length) return block;
    return {
      ...block,
      content: [{ type: 'text', text: `${item}.${n++}\u00a0` }, ...block.content],
    };
  });
  return { doc: { ...notes, content }, next: n };
}

function attendanceSection(data: MinutesData, paper: Letterhead['paperSize'], l: Labels) {
  const m = data.meeting;
  const out: (Paragraph | Table)[] = [heading(l.attendance, 1)];
  for (const status of ATTENDANCE_STATUSES) {
    const entries = m.attendance.filter((a) => a.status === status);
    if (entries.length === 0) continue;
    out.push(heading(`${l.attendanceGroups[status]} (${entries.length})`, 3));
    out.push(
      table(
        paper,
        [
          { header: l.agency, width: 60 },
          { header: l.representative, width: 40 },
        ],
        entries.map((e) => [
          e.agency.acronym ? `${e.agency.name} (${e.agency.acronym})` : e.agency.name,
          e.person,
        ]),
      ),
      spacer(),
    );
  }
  if (m.guests.length > 0) {
    out.push(heading(l.guests, 3));
    out.push(
      table(
        paper,
        [
          { header: l.name, width: 40 },
          { header: l.agency, width: 40 },
          { header: l.role, width: 20 },
        ],
        m.guests.map((g) => [g.name, g.organisation, l.guestRoles[g.role]]),
      ),
      spacer(),
    );
  }
  out.push(
    para(l.quorum(m.quorum.attending, m.quorum.required, m.quorum.quorate), { italic: true }),
  );
  return out;
}

/** The 1-based number of each new action that a discussed case agreed, by action id. */
function caseActionNumbers(data: MinutesData): Map<string, number> {
  const agreed = new Set((data.cases ?? []).flatMap((c) => c.actionIds));
  const numbers = new Map<string, number>();
  data.newActions.forEach((a, i) => {
    if (agreed.has(a.id)) numbers.set(a.id, i + 1);
  });
  return numbers;
}

/**
 * The cases discussed under the restricted item: their codes and the numbers of the actions
 * agreed (in the new action items); with `entries` (restricted minutes), what was said too.
 */
function casesDiscussed(data: MinutesData, language: Language, entries = false): Paragraph[] {
  const cases = data.cases ?? [];
  if (cases.length === 0) return [];
  const cl = caseLabels(language);
  const numbers = caseActionNumbers(data);
  const out = [para(cl.casesDiscussedPublic(cases.map((c) => c.code).join(', ')))];
  for (const c of cases) {
    const agreed = c.actionIds
      .map((id) => numbers.get(id))
      .filter((n): n is number => n !== undefined);
    if (agreed.length > 0) out.push(para(cl.caseActionsPublic(c.code, agreed.join(', '))));
    if (entries) for (const text of c.discussions) out.push(para(`${c.code}: ${text}`));
  }
  return out;
}

export function buildMinutes(
  data: MinutesData,
  letterhead: Letterhead,
  o: MinutesOptions,
  progress?: BuildProgress,
): Promise<Buffer> {
  const l = labelsFor(o.language);
  const m = data.meeting;
  const mTitle = meetingTitle(m, o.language);
  const paper = letterhead.paperSize;
  const rl = recordLabels(o.language);
  let listInstance = 0;
  const ctx = { baseHeading: 2 as const, nextListInstance: () => ++listInstance };
  // One numbering, the agenda's: a restricted item left out keeps its number and a line.
  const items = m.agenda.map((item, index) => ({ item, number: index + 1 }));
  const children: (Paragraph | Table)[] = [
    ...title(`${l.minutes} — ${mTitle}`, m.bodyName),
    ...facts(
      [
        [l.date, formatLongDate(m.date, o.language)],
        // Opening and closing times: "from 10:00 to 12:30", "de 10 h à 12 h 30".
        [
          l.time,
          m.closingTime
            ? rl.timeSpan(
                formatTime(m.startTime, o.language),
                formatTime(m.closingTime, o.language),
              )
            : formatTime(m.startTime, o.language),
        ],
        [l.location, m.location],
        [l.online, m.videoLink],
        [l.chair, m.chairName],
        [l.minuteTaker, m.minuteTaker],
      ],
      l.colon,
    ),
    ...attendanceSection(data, paper, l),
    heading(l.proceedings, 1),
  ];
  items.forEach(({ item, number }, index) => {
    progress?.(index, items.length + 1);
    if (item.restricted && !o.includeRestricted) {
      children.push(heading(`${number}. ${rl.closedSession(item.title)}`, 2));
      // Only the codes and the agreed actions' numbers: never a profile or an entry.
      if (item.kind === 'case_discussion') children.push(...casesDiscussed(data, o.language));
      return;
    }
    children.push(
      heading(`${number}. ${item.title}${item.restricted ? ` (${l.restricted})` : ''}`, 2),
    );
    const presenter = presenterLabel(item, false);
    if (presenter) children.push(para(`${l.presenter}${l.colon}${presenter}`, { italic: true }));
    // Paragraphs numbered within the item (6.1, 6.2…) so they can be cited.
    const paragraphs = numberParagraphs(item.notes, number);
    children.push(
      ...(isEmptyDoc(item.notes)
        ? [para(l.noNotes, { italic: true })]
        : richTextToDocx(paragraphs.doc, ctx)),
    );
    let next = paragraphs.next;
    if (item.kind === 'case_discussion' && item.restricted) {
      children.push(...casesDiscussed(data, o.language, true));
    }
    const decisions = m.decisions.filter((d) => d.agendaItem?.id === item.id);
    for (const d of decisions) {
      children.push(
        new Paragraph({
          indent: { left: 360 },
          children: [
            new TextRun(`${number}.${next++}\u00a0`),
            new TextRun({ text: `${l.decision} ${d.reference}${l.colon}`, bold: true }),
            new TextRun(d.text),
          ],
        }),
      );
    }
  });
  // Decisions taken under restricted items stay with those items.
  const hidden = new Set(
    m.agenda.filter((i) => i.restricted && !o.includeRestricted).map((i) => i.id),
  );
  const decisions = m.decisions.filter((d) => !d.agendaItem || !hidden.has(d.agendaItem.id));
  children.push(heading(l.decisions, 1));
  if (decisions.length === 0) children.push(para(l.noDecisions, { italic: true }));
  else {
    children.push(
      table(
        paper,
        [
          { header: l.reference, width: 18 },
          { header: l.decision, width: 82 },
        ],
        decisions.map((d) => [d.reference, d.text]),
      ),
      spacer(),
    );
  }
  children.push(
    heading(l.actions, 1),
    heading(l.newActions, 2),
    ...actionsTable(paper, l, o.language, data.newActions, caseActionNumbers(data).size > 0),
  );
  children.push(
    heading(l.updatedActions, 2),
    ...actionsTable(paper, l, o.language, data.updatedActions),
  );
  children.push(heading(l.nextMeeting, 1));
  children.push(
    para(
      m.nextMeeting
        ? `${meetingTitle(m.nextMeeting, o.language)} — ${formatLongDate(m.nextMeeting.date, o.language)}`
        : l.nextMeetingTbd,
    ),
  );
  if (m.corrigenda.length > 0) {
    children.push(heading(l.corrigenda, 1));
    for (const c of m.corrigenda)
      children.push(para(`${formatDate(c.date, o.language)}: ${c.text}`));
  }
  children.push(heading(l.approval, 1));
  children.push(
    para(
      m.status === 'minutes_approved' && m.approval
        ? m.approval.adoptedAt
          ? rl.adoptedAt(
              meetingTitle(m.approval.adoptedAt, o.language),
              formatDate(m.approval.date, o.language),
            )
          : rl.adoptedOn(formatDate(m.approval.date, o.language))
        : l.approvalPending,
    ),
  );
  children.push(
    table(
      paper,
      [
        { header: l.signatureChair, width: 50 },
        { header: l.signatureSecretariat, width: 50 },
      ],
      [
        [`\n\n${m.chairName}`, '\n\n'],
        [`${l.signatureDate}${l.colon}`, `${l.signatureDate}${l.colon}`],
      ],
      [],
      true,
    ),
  );
  progress?.(items.length, items.length + 1);
  return renderDocument({
    letterhead,
    language: o.language,
    title: `${l.minutes} — ${m.bodyName}, ${mTitle}`,
    author: o.author,
    createdAt: o.now,
    draft: o.draft,
    sections: [children],
  });
}
