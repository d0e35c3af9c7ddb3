/**
 * Follow-up letters: one sendable letter per agency, each its own section whose pages are
 * numbered on their own ("Page 1 of 1"), with reference number, date, addressee, subject, the
 * meetings where the actions were agreed, the open actions and their history, a signatory
 * block and the copies.
 */
import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import type { Language } from '../../../shared/domain/languages';
import { meetingTitle } from '../../../shared/domain/meetings';
import type { BuildProgress } from './buildProgress';
import type { FollowUpLetter, LetterSender } from './followUpLetters';
import {
  heading,
  labelsFor,
  para,
  renderDocument,
  spacer,
  table,
  type Letterhead,
} from './kit/documentKit';
import { formatDate } from './kit/labels';
import { letterLabelsFor } from './kit/letterLabels';
import { copies, signatureBlock } from './letterParts';

export interface FollowUpOptions {
  language: Language;
  today: string;
  replyBy: string;
  sender: LetterSender;
  author: string;
  now: Date;
}

const MUTED = '595959';

function labelled(label: string, value: string, colon: string): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    children: [new TextRun({ text: `${label}${colon}`, bold: true }), new TextRun(value)],
  });
}

/** "1st meeting (6 October 2026)" in the letter's language. */
function meetingLabel(m: FollowUpLetter['agreedAt'][number], language: Language): string {
  return `${meetingTitle(m, language)} (${formatDate(m.date, language)})`;
}

/** Where the actions were agreed, grouped by body in the order of their first meeting. */
function agreedAtGroups(letter: FollowUpLetter, language: Language) {
  const groups: { body: string; meetings: string[] }[] = [];
  for (const m of letter.agreedAt) {
    let group = groups.find((g) => g.body === m.bodyName);
    if (!group) groups.push((group = { body: m.bodyName, meetings: [] }));
    group.meetings.push(meetingLabel(m, language));
  }
  return groups;
}

function letterSection(
  letter: FollowUpLetter,
  letterhead: Letterhead,
  o: FollowUpOptions,
): (Paragraph | Table)[] {
  const l = labelsFor(o.language);
  const w = letterLabelsFor(o.language);
  const right = (text: string, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 40 },
      children: [new TextRun({ text, bold, color: bold ? undefined : MUTED })],
    });
  const children: (Paragraph | Table)[] = [
    right(`${w.reference}${l.colon}${letter.reference}`, true),
    right(formatDate(o.today, o.language)),
    spacer(),
    labelled(l.to, letter.name, l.colon),
  ];
  if (letter.focalPoint) {
    const fp = letter.focalPoint;
    children.push(labelled(l.attention, [fp.name, fp.title].filter(Boolean).join(', '), l.colon));
  }
  children.push(heading(`${w.subject}${l.colon}${l.followUp} — ${letter.name}`, 1));
  children.push(para(w.salutation));
  children.push(para(l.followUpIntro(o.sender.bodyName, formatDate(o.replyBy, o.language))));
  if (letter.agreedAt.length > 0) {
    children.push(para(w.agreedAtIntro(agreedAtGroups(letter, o.language))));
  }
  letter.actions.forEach((a, i) => {
    children.push(heading(`${i + 1}. ${a.title}`, 2));
    const facts: string[] = [];
    if (a.dueDate) facts.push(`${l.due}${l.colon}${formatDate(a.dueDate, o.language)}`);
    facts.push(`${l.status}${l.colon}${l.statuses[a.status]}`);
    facts.push(`${l.priority}${l.colon}${l.priorities[a.priority]}`);
    if (a.daysOverdue > 0) facts.push(l.daysOverdue(a.daysOverdue));
    children.push(
      para(facts.join('  ·  '), {
        bold: a.daysOverdue > 0,
        color: a.daysOverdue > 0 ? 'C00000' : undefined,
      }),
    );
    const agreed = letter.agreedAt[letter.actionMeeting[a.id] ?? -1];
    if (agreed) {
      children.push(para(w.agreedAt(meetingLabel(agreed, o.language)), { color: MUTED }));
    }
    if (a.description) children.push(para(a.description));
    if (a.updates.length > 0) {
      children.push(
        table(
          letterhead.paperSize,
          [
            { header: l.date, width: 20 },
            { header: l.status, width: 18 },
            { header: l.history, width: 62 },
          ],
          a.updates.map((u) => [formatDate(u.date, o.language), l.statuses[u.statusTo], u.note]),
        ),
        spacer(),
      );
    }
  });
  children.push(
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun(l.followUpClosing)] }),
  );
  children.push(...signatureBlock(o.sender, w));
  children.push(...copies(o.sender, w, l.colon));
  return children;
}

export function buildFollowUp(
  letters: FollowUpLetter[],
  letterhead: Letterhead,
  o: FollowUpOptions,
  progress?: BuildProgress,
): Promise<Buffer> {
  const l = labelsFor(o.language);
  const sections = letters.map((letter, index) => {
    progress?.(index, letters.length + 1);
    return letterSection(letter, letterhead, o);
  });
  progress?.(letters.length, letters.length + 1);
  return renderDocument({
    letterhead,
    language: o.language,
    title: l.followUp,
    author: o.author,
    createdAt: o.now,
    pagesPerSection: true,
    sections: sections.length > 0 ? sections : [[para(l.noOpenActions, { italic: true })]],
  });
}
