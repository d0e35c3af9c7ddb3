/** Action tracker: every open action grouped by agency, overdue ones highlighted, and a chart. */
import type { Paragraph, Table } from 'docx';
import type { Language } from '../../../shared/domain/languages';
import type { BuildProgress } from './builders';
import type { ActionRow } from './exportData';
import { barChartSvg, chartParagraph } from './kit/chart';
import { heading, labelsFor, para, renderDocument, type Letterhead } from './kit/documentKit';
import { formatDate } from './kit/labels';
import { actionsTable } from './minutesDocument';

export interface TrackerOptions {
  language: Language;
  /** Shown under the title: e.g. the body's name. */
  scope: string;
  today: string;
  author: string;
  now: Date;
}

export function groupByAgency(actions: ActionRow[]): { agency: string; actions: ActionRow[] }[] {
  const groups = new Map<string, { agency: string; actions: ActionRow[] }>();
  for (const a of actions) {
    const g = groups.get(a.ownerId) ?? { agency: a.ownerName, actions: [] };
    g.actions.push(a);
    groups.set(a.ownerId, g);
  }
  return [...groups.values()];
}

export function buildActionTracker(
  actions: ActionRow[],
  letterhead: Letterhead,
  o: TrackerOptions,
  progress?: BuildProgress,
): Promise<Buffer> {
  const l = labelsFor(o.language);
  const groups = groupByAgency(actions);
  const overdue = actions.filter((a) => a.daysOverdue > 0).length;
  const children: (Paragraph | Table)[] = [
    heading(l.actionTracker, 1),
    para(`${o.scope ? `${o.scope} — ` : ''}${l.asOf(formatDate(o.today, o.language))}`, {
      italic: true,
    }),
    para(
      `${l.openActions}${l.colon}${actions.length}  ·  ${l.overdueActions}${l.colon}${overdue}`,
      { bold: true },
    ),
  ];
  if (actions.length === 0) children.push(para(l.noOpenActions, { italic: true }));
  else {
    // The chart shows the agencies with the most open actions (at most 25, to stay legible).
    const top = [...groups].sort((a, b) => b.actions.length - a.actions.length).slice(0, 25);
    children.push(
      chartParagraph(
        barChartSvg(
          l.chartTitle,
          top.map((g) => g.agency),
          [
            { name: l.openActions, color: '#2F5496', values: top.map((g) => g.actions.length) },
            {
              name: l.overdueActions,
              color: '#C00000',
              values: top.map((g) => g.actions.filter((a) => a.daysOverdue > 0).length),
            },
          ],
        ),
      ),
    );
    for (const [i, g] of groups.entries()) {
      progress?.(i, groups.length + 1);
      children.push(heading(`${g.agency} (${g.actions.length})`, 2));
      children.push(...actionsTable(letterhead.paperSize, l, o.language, g.actions, false));
    }
  }
  progress?.(groups.length, groups.length + 1);
  return renderDocument({
    letterhead,
    language: o.language,
    title: l.actionTracker,
    author: o.author,
    createdAt: o.now,
    sections: [children],
  });
}
