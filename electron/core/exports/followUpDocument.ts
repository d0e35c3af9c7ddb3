/** Per-agency follow-up sheets: a letter-style page per agency with its open actions and history. */
import { Paragraph, TextRun, type Table } from 'docx';
import type { Language } from '../../../shared/domain/languages';
import type { BuildProgress } from './builders';
import type { FollowUpAgency } from './exportData';
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

export interface FollowUpOptions {
  language: Language;
  bodyName: string;
  today: string;
  replyBy: string;
  author: string;
  now: Date;
}

export function buildFollowUp(
  agencies: FollowUpAgency[],
  letterhead: Letterhead,
  o: FollowUpOptions,
  progress?: BuildProgress,
): Promise<Buffer> {
  const l = labelsFor(o.language);
  const sections = agencies.map((agency, index) => {
    progress?.(index, agencies.length + 1);
    const children: (Paragraph | Table)[] = [
      para(formatDate(o.today, o.language), { color: '595959' }),
      new Paragraph({
        children: [
          new TextRun({ text: `${l.to}${l.colon}`, bold: true }),
          new TextRun(agency.name),
        ],
      }),
    ];
    if (agency.focalPoint) {
      const fp = agency.focalPoint;
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: `${l.attention}${l.colon}`, bold: true }),
            new TextRun([fp.name, fp.title].filter(Boolean).join(', ')),
          ],
        }),
      );
    }
    children.push(heading(`${l.followUp} — ${agency.name}`, 1));
    children.push(
      para(
        l.followUpIntro(o.bodyName || letterhead.taskForceName, formatDate(o.replyBy, o.language)),
      ),
    );
    agency.actions.forEach((a, i) => {
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
    children.push(para(l.followUpClosing));
    return children;
  });
  progress?.(agencies.length, agencies.length + 1);
  return renderDocument({
    letterhead,
    language: o.language,
    title: l.followUp,
    author: o.author,
    createdAt: o.now,
    sections: sections.length > 0 ? sections : [[para(l.noOpenActions, { italic: true })]],
  });
}
