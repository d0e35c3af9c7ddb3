/**
 * The restricted case annex of a meeting: a cover (the meeting, what the annex is, k and the
 * cases discussed), then one section per case — code, stage, victim profiles after
 * k-anonymity, agencies with their role, cooperation requests with days pending, the
 * meeting's discussion entries (rich text, rendered as the minutes render their notes) and
 * the actions agreed. Every section carries the RESTRICTED band in its header and footer (the
 * kit's restricted letterhead), the cover opens with it.
 */
import type { Paragraph, Table } from 'docx';
import type { ActionStatus } from '../../../shared/domain/actions';
import type {
  CaseAgencyRole,
  CaseStage,
  CooperationDirection,
  CooperationStatus,
  CooperationType,
} from '../../../shared/domain/cases';
import type { Language } from '../../../shared/domain/languages';
import { meetingTitle } from '../../../shared/domain/meetings';
import { placeName } from '../../../shared/domain/places';
import type { RichDoc } from '../../../shared/domain/richText';
import type { AnnexProfile } from '../cases/statistics/kAnonymity';
import type { BuildProgress } from './buildProgress';
import { caseLabels, type CaseLabels } from './caseLabels';
import {
  facts,
  heading,
  labelsFor,
  para,
  renderDocument,
  spacer,
  table,
  title,
  type Letterhead,
} from './kit/documentKit';
import { formatDate, formatLongDate } from './kit/labels';
import { richTextToDocx, type RichTextContext } from './kit/richTextDocx';

export interface AnnexCase {
  code: string;
  stage: CaseStage;
  /** Already k-anonymised (see anonymiseProfiles). */
  profiles: AnnexProfile[];
  agencies: { name: string; acronym: string; role: CaseAgencyRole }[];
  requests: {
    type: CooperationType;
    direction: CooperationDirection;
    country: string;
    authority: string;
    status: CooperationStatus;
    sentOn: string | null;
    daysPending: number | null;
    overdue: boolean;
  }[];
  /** The entries recorded at this meeting, oldest first, as rich text. */
  discussions: { doc: RichDoc }[];
  /** Actions agreed at this meeting for the case. */
  actions: { title: string; ownerName: string; dueDate: string | null; status: ActionStatus }[];
}

export interface CaseAnnexData {
  meeting: {
    number: number;
    customTitle: string;
    date: string;
    bodyName: string;
    chairName: string;
  };
  k: number;
  cases: AnnexCase[];
}

export interface CaseAnnexOptions {
  language: Language;
  author: string;
  now: Date;
}

function profileRows(c: AnnexCase, cl: CaseLabels, language: Language): string[][] {
  return c.profiles.map((p) => [
    String(p.count),
    cl.sexes[p.sex],
    p.generalised ? `${cl.ages[p.age]} (${cl.generalised})` : cl.ages[p.age],
    p.nationality === ''
      ? cl.unknown
      : p.generalised
        ? `${placeName(p.nationality, language)} (${cl.generalised})`
        : placeName(p.nationality, language),
    p.exploitationForms.map((f) => cl.forms[f]).join(', '),
  ]);
}

function caseSection(
  c: AnnexCase,
  letterhead: Letterhead,
  language: Language,
  rich: RichTextContext,
): (Paragraph | Table)[] {
  const cl = caseLabels(language);
  const l = labelsFor(language);
  const paper = letterhead.paperSize;
  const out: (Paragraph | Table)[] = [
    heading(c.code, 1),
    ...facts([[cl.stage, cl.stages[c.stage]]], l.colon),
    heading(cl.profiles, 2),
  ];
  out.push(
    c.profiles.length === 0
      ? para(cl.unknown, { italic: true })
      : table(
          paper,
          [
            { header: cl.victims, width: 12 },
            { header: cl.sex, width: 16 },
            { header: cl.age, width: 18 },
            { header: cl.nationality, width: 24 },
            { header: cl.exploitation, width: 30 },
          ],
          profileRows(c, cl, language),
        ),
    spacer(),
    heading(cl.agencies, 2),
  );
  out.push(
    c.agencies.length === 0
      ? para(cl.noAgencies, { italic: true })
      : table(
          paper,
          [
            { header: l.agency, width: 60 },
            { header: cl.agencyRole, width: 40 },
          ],
          c.agencies.map((a) => [
            a.acronym ? `${a.name} (${a.acronym})` : a.name,
            cl.roles[a.role],
          ]),
        ),
    spacer(),
    heading(cl.requests, 2),
  );
  out.push(
    c.requests.length === 0
      ? para(cl.noRequests, { italic: true })
      : table(
          paper,
          [
            { header: cl.requestType, width: 30 },
            { header: cl.country, width: 26 },
            { header: cl.status, width: 24 },
            { header: cl.daysPending, width: 20 },
          ],
          c.requests.map((r) => [
            `${cl.types[r.type]} (${cl.directions[r.direction]})`,
            r.authority
              ? `${placeName(r.country, language)}\n${r.authority}`
              : placeName(r.country, language),
            r.sentOn
              ? `${cl.statuses[r.status]}\n${formatDate(r.sentOn, language)}`
              : cl.statuses[r.status],
            r.daysPending === null
              ? '—'
              : r.overdue
                ? `${r.daysPending} (${cl.overdue})`
                : String(r.daysPending),
          ]),
        ),
    spacer(),
    heading(cl.discussion, 2),
  );
  if (c.discussions.length === 0) out.push(para(cl.noDiscussion, { italic: true }));
  // Each entry keeps its formatting (bold, italic, lists), as the minutes print their notes.
  for (const d of c.discussions) out.push(...richTextToDocx(d.doc, rich));
  out.push(heading(cl.agreedActions, 2));
  out.push(
    c.actions.length === 0
      ? para(cl.noActions, { italic: true })
      : table(
          paper,
          [
            { header: l.action, width: 46 },
            { header: l.owner, width: 20 },
            { header: l.due, width: 18 },
            { header: l.status, width: 16 },
          ],
          c.actions.map((a) => [
            a.title,
            a.ownerName,
            a.dueDate ? formatDate(a.dueDate, language) : '',
            l.statuses[a.status],
          ]),
        ),
  );
  return out;
}

export function buildCaseAnnex(
  data: CaseAnnexData,
  letterhead: Letterhead,
  o: CaseAnnexOptions,
  progress?: BuildProgress,
): Promise<Buffer> {
  const l = labelsFor(o.language);
  const cl = caseLabels(o.language);
  const m = data.meeting;
  const mTitle = meetingTitle(m, o.language);
  const restricted: Letterhead = { ...letterhead, restricted: true };
  const cover: (Paragraph | Table)[] = [
    ...title(`${cl.annexTitle} — ${mTitle}`, m.bodyName),
    ...facts(
      [
        [l.date, formatLongDate(m.date, o.language)],
        [l.chair, m.chairName],
      ],
      l.colon,
    ),
    para(cl.annexNotice, { italic: true }),
    para(cl.kNote(data.k), { italic: true }),
    heading(cl.casesDiscussed, 1),
    data.cases.length === 0
      ? para(cl.noCases, { italic: true })
      : para(data.cases.map((c) => c.code).join(', ')),
  ];
  const sections = [cover];
  let listInstance = 0;
  // Entries sit under the case's level-2 heading; each of their lists restarts its numbering.
  const rich: RichTextContext = { baseHeading: 2, nextListInstance: () => ++listInstance };
  data.cases.forEach((c, i) => {
    progress?.(i, data.cases.length + 1);
    sections.push(caseSection(c, restricted, o.language, rich));
  });
  progress?.(data.cases.length, data.cases.length + 1);
  return renderDocument({
    letterhead: restricted,
    language: o.language,
    title: `${cl.annexTitle} — ${m.bodyName}, ${mTitle}`,
    author: o.author,
    createdAt: o.now,
    sections,
  });
}
