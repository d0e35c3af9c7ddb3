/**
 * Action tracker: every open action grouped by agency, overdue ones highlighted, a chart whose
 * alt text gives its figures in the document's language, and a body column when the tracker
 * covers several bodies.
 */
import type { Paragraph, Table } from 'docx';
import type { Language } from '../../../shared/domain/languages';
import type { BuildProgress } from './buildProgress';
import type { ActionRow } from './exportData';
import { barChartSvg, chartParagraph } from './kit/chart';
import {
  heading,
  labelsFor,
  OVERDUE_FILL,
  para,
  renderDocument,
  spacer,
  table,
  type Letterhead,
} from './kit/documentKit';
import { formatDate } from './kit/labels';
import { severalBodies, trackerColumns, trackerRow } from './trackerRows';

export interface TrackerOptions {
  language: Language;
  /** Shown under the title: e.g. the body's name. */
  scope: string;
  today: string;
  author: string;
  now: Date;
}

export function groupByAgency(
  actions: ActionRow[],
): { agency: string; acronym: string; actions: ActionRow[] }[] {
  const groups = new Map<string, { agency: string; acronym: string; actions: ActionRow[] }>();
  for (const a of actions) {
    const g = groups.get(a.ownerId) ?? {
      agency: a.ownerName,
      acronym: a.ownerAcronym,
      actions: [],
    };
    g.actions.push(a);
    groups.set(a.ownerId, g);
  }
  return [...groups.values()];
}

/** The chart of the agencies with the most open actions (at most 20, to stay on page 1). */
function chart(groups: ReturnType<typeof groupByAgency>, language: Language): Paragraph {
  const l = labelsFor(language);
  const top = [...groups].sort((a, b) => b.actions.length - a.actions.length).slice(0, 20);
  const open = top.map((g) => g.actions.length);
  const overdue = top.map((g) => g.actions.filter((a) => a.daysOverdue > 0).length);
  const alt = l.chartAlt(top.map((g, i) => l.chartAltRow(g.agency, open[i]!, overdue[i]!)));
  return chartParagraph(
    barChartSvg(
      l.chartTitle,
      top.map((g) => ({ label: g.agency, short: g.acronym })),
      [
        { name: l.openActions, color: '#2F5496', values: open },
        { name: l.overdueActions, color: '#C00000', values: overdue },
      ],
    ),
    alt,
  );
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
  const withBody = severalBodies(actions);
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
    children.push(chart(groups, o.language));
    for (const [i, g] of groups.entries()) {
      progress?.(i, groups.length + 1);
      children.push(
        heading(`${g.agency} (${g.actions.length})`, 2),
        table(
          letterhead.paperSize,
          trackerColumns(l, withBody, false),
          g.actions.map((a) => trackerRow(a, l, o.language, withBody, false)),
          g.actions.map((a) => (a.daysOverdue > 0 ? OVERDUE_FILL : undefined)),
        ),
        spacer(),
      );
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
