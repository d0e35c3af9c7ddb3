/**
 * The register of decisions: every decision with its reference, meeting and date. Decisions
 * whose minutes are not yet approved are marked provisional; with one body, its name is in
 * the title rather than in every row.
 */
import type { Decision } from '../../../shared/contract/meetings';
import type { Language } from '../../../shared/domain/languages';
import { meetingTitle } from '../../../shared/domain/meetings';
import {
  heading,
  labelsFor,
  para,
  renderDocument,
  table,
  type Letterhead,
} from './kit/documentKit';
import { formatDate } from './kit/labels';
import { recordLabels } from './recordLabels';

export interface RegisterOptions {
  language: Language;
  scope: string;
  author: string;
  now: Date;
}

export function buildDecisionRegister(
  decisions: Decision[],
  letterhead: Letterhead,
  o: RegisterOptions,
): Promise<Buffer> {
  const l = labelsFor(o.language);
  const rl = recordLabels(o.language);
  const bodies = new Set(decisions.map((d) => d.bodyName));
  const oneBody = bodies.size === 1 ? [...bodies][0]! : null;
  const docTitle = oneBody ? `${l.decisionRegister} — ${oneBody}` : l.decisionRegister;
  const sorted = [...decisions].sort(
    (a, b) => a.year - b.year || a.bodyName.localeCompare(b.bodyName) || a.seq - b.seq,
  );
  return renderDocument({
    letterhead,
    language: o.language,
    title: docTitle,
    author: o.author,
    createdAt: o.now,
    sections: [
      [
        heading(docTitle, 1),
        ...(o.scope ? [para(o.scope, { italic: true })] : []),
        sorted.length === 0
          ? para(l.noDecisions, { italic: true })
          : table(
              letterhead.paperSize,
              [
                // Wide enough that "GPTA/2026/01" and "23 septembre 2026" do not break.
                { header: l.reference, width: 18 },
                { header: l.date, width: 18 },
                { header: l.meeting, width: 20 },
                { header: l.decision, width: 44 },
              ],
              sorted.map((d) => {
                // The meeting's title in the document's language, not the meeting's.
                const title = meetingTitle(d.meeting, o.language);
                return [
                  d.reference,
                  formatDate(d.meeting.date, o.language),
                  oneBody ? title : `${d.bodyName}\n${title}`,
                  d.meeting.status === 'minutes_approved'
                    ? d.text
                    : `${d.text}\n(${rl.provisional})`,
                ];
              }),
            ),
      ],
    ],
  });
}
