/**
 * The guard of every document export: before a document is built, the free texts it will print
 * (only those: restricted items only when included) are scanned. Personal data found refuses the
 * export with PII_DETECTED and details `{ items: [{ item, kinds, count }] }` — where it is, never
 * the text — unless the input carries `privacyOverride: { reason }`; the override is then
 * audited (reason and kinds) even though exports change nothing.
 */
import type { MeetingDetail, Decision } from '../../../shared/contract/meetings';
import type { NapNarrative } from '../../../shared/contract/napReport';
import type { PiiKind, PrivacyContext, PrivacyOverride } from '../../../shared/contract/privacy';
import { richTextToPlain } from '../../../shared/domain/richText';
import { DomainError } from '../../../shared/errors';
import { currentCall } from '../callContext';
import type { ReadableDB } from '../db/sql';
import type { BuilderArgs, BuilderName } from '../exports/builders';
import type { ActionRow, MinutesData } from '../exports/exportData';
import type { CaseAnnexData } from '../exports/caseAnnexDocument';
import { auditOverride, scanText, workspaceGuardContext, type GuardContext } from './guard';
import { meetingPeople, textLanguage } from './saveGuard';

/** One text a document prints, and where (e.g. 'Agenda item 3 — notes'). */
export interface PrintedText {
  item: string;
  text: string;
  /** Default `case`; minutes notes are read in `minutes` (officials may be named). */
  context?: PrivacyContext;
}

export interface PrintedFinding {
  item: string;
  kinds: PiiKind[];
  count: number;
}

/** What a meeting's agenda (and its .ics invitation) prints: the item titles. */
export function agendaTexts(m: MeetingDetail): PrintedText[] {
  return m.agenda.map((a, i) => ({ item: `Agenda item ${i + 1} — title`, text: a.title }));
}

/** An action as the trackers and minutes print it (title, latest update), or a letter (all). */
export function actionTexts(actions: readonly ActionRow[], whole = false): PrintedText[] {
  const out: PrintedText[] = [];
  for (const a of actions) {
    const item = `Action: ${a.id}`;
    out.push({ item, text: a.title });
    if (whole) {
      out.push({ item, text: a.description });
      for (const u of a.updates) out.push({ item, text: u.note });
    } else {
      const last = a.updates.at(-1);
      if (last) out.push({ item, text: last.note });
    }
  }
  return out;
}

export function decisionTexts(decisions: readonly Decision[]): PrintedText[] {
  return decisions.map((d) => ({ item: `Decision ${d.reference}`, text: d.text }));
}

/**
 * What the minutes print: every item title (a restricted one left out keeps its title line),
 * the notes and decisions of the items shown, new and updated actions, corrigenda.
 */
export function minutesTexts(data: MinutesData, includeRestricted: boolean): PrintedText[] {
  const m = data.meeting;
  const hidden = new Set(
    m.agenda.filter((i) => i.restricted && !includeRestricted).map((i) => i.id),
  );
  const out: PrintedText[] = agendaTexts(m);
  m.agenda.forEach((a, i) => {
    if (!hidden.has(a.id))
      out.push({
        item: `Agenda item ${i + 1} — notes`,
        text: richTextToPlain(a.notes),
        context: 'minutes',
      });
  });
  out.push(
    ...decisionTexts(m.decisions.filter((d) => !d.agendaItem || !hidden.has(d.agendaItem.id))),
  );
  out.push(...actionTexts([...data.newActions, ...data.updatedActions]));
  for (const c of m.corrigenda) out.push({ item: `Corrigendum ${c.date}`, text: c.text });
  return out;
}

export function narrativeTexts(narratives: readonly NapNarrative[]): PrintedText[] {
  return narratives.map((n) => ({
    item: n.pillarId
      ? `NAP narrative — pillar ${n.pillarId}, ${n.kind}`
      : `NAP narrative — ${n.kind}`,
    text: n.text,
    // Narratives are saved under the minutes context (officials may be named).
    context: 'minutes' as const,
  }));
}

/** What the restricted case annex prints as free text: entries, authorities, action titles. */
export function caseAnnexTexts(data: CaseAnnexData): PrintedText[] {
  return data.cases.flatMap((c) => [
    ...c.discussions.map((d, j) => ({
      item: `Case ${c.code} — entry ${j + 1}`,
      text: richTextToPlain(d.doc),
    })),
    ...c.requests.map((r, j) => ({
      item: `Case ${c.code} — request ${j + 1}`,
      text: r.authority,
    })),
    ...c.actions.map((a, j) => ({ item: `Case ${c.code} — action ${j + 1}`, text: a.title })),
  ]);
}

/** What a build job prints, and the meeting whose language and guests apply (if any). */
export function printedBy<K extends BuilderName>(
  name: K,
  args: BuilderArgs<K>,
): { texts: PrintedText[]; meetingId: string | null } {
  const a = args as unknown as BuilderArgs<BuilderName>;
  switch (name) {
    case 'agenda': {
      const [m] = a as BuilderArgs<'agenda'>;
      return { texts: agendaTexts(m), meetingId: m.id };
    }
    case 'minutes': {
      const [data, , o] = a as BuilderArgs<'minutes'>;
      return { texts: minutesTexts(data, o.includeRestricted), meetingId: data.meeting.id };
    }
    case 'actionTracker':
    case 'actionTrackerSheet':
      return { texts: actionTexts((a as BuilderArgs<'actionTracker'>)[0]), meetingId: null };
    case 'followUp':
      return {
        texts: (a as BuilderArgs<'followUp'>)[0].flatMap((l) => actionTexts(l.actions, true)),
        meetingId: null,
      };
    case 'decisionRegister':
      return { texts: decisionTexts((a as BuilderArgs<'decisionRegister'>)[0]), meetingId: null };
    case 'napProgressReport':
      return {
        texts: narrativeTexts((a as BuilderArgs<'napProgressReport'>)[0].narratives),
        meetingId: null,
      };
    case 'caseAnnex': {
      const [data] = a as BuilderArgs<'caseAnnex'>;
      return { texts: caseAnnexTexts(data), meetingId: null };
    }
    default:
      // The NAP annex prints figures only.
      return { texts: [], meetingId: null };
  }
}

/**
 * Checks every job of an export (one read), and audits an override: the one call each export
 * channel makes before building.
 */
export async function guardBuild(
  workspace: {
    read<T>(work: (db: ReadableDB) => Promise<T>): Promise<T>;
    write<T>(work: (db: ReadableDB) => Promise<T>): Promise<T>;
  },
  jobs: readonly { name: BuilderName; args: readonly unknown[] }[],
  override: PrivacyOverride | null | undefined,
  /** False when the channel writes its own audit entry next (the override joins that one). */
  auditOverride = true,
): Promise<void> {
  const printed = jobs.map((j) => printedBy(j.name, j.args as BuilderArgs<typeof j.name>));
  const meetingId = printed.find((p) => p.meetingId)?.meetingId ?? null;
  await workspace.read((db) =>
    assertPrintable(
      db,
      printed.flatMap((p) => p.texts),
      override,
      meetingId,
    ),
  );
  if (auditOverride) await auditExportOverride(workspace);
}

/**
 * Scans the texts a document prints. Throws PII_DETECTED with where personal data was found,
 * unless overridden: then the call is marked for the audit (see auditExportOverride) and the
 * export goes on. `meetingId`: the language of that meeting and its guests (in notes).
 */
export async function assertPrintable(
  db: ReadableDB,
  texts: readonly PrintedText[],
  override: PrivacyOverride | null | undefined,
  meetingId?: string | null,
): Promise<void> {
  const printed = texts.filter((t) => t.text.trim() !== '');
  if (printed.length === 0) return;
  const { language, country } = await textLanguage(db, meetingId);
  const contexts = new Map<PrivacyContext, GuardContext>();
  const contextOf = async (context: PrivacyContext) => {
    let ctx = contexts.get(context);
    if (!ctx) {
      const allowedNames =
        context === 'minutes' && meetingId ? await meetingPeople(db, meetingId) : [];
      ctx = await workspaceGuardContext(db, { context, language, country, allowedNames });
      contexts.set(context, ctx);
    }
    return ctx;
  };
  const found = new Map<string, { kinds: Set<PiiKind>; count: number }>();
  for (const t of printed) {
    const findings = scanText(t.text, await contextOf(t.context ?? 'case'));
    if (findings.length === 0) continue;
    const entry = found.get(t.item) ?? { kinds: new Set<PiiKind>(), count: 0 };
    for (const f of findings) entry.kinds.add(f.kind);
    entry.count += findings.length;
    found.set(t.item, entry);
  }
  if (found.size === 0) return;
  const items: PrintedFinding[] = [...found].map(([item, { kinds, count }]) => ({
    item,
    kinds: [...kinds].sort(),
    count,
  }));
  const reason = override?.reason.trim() ?? '';
  if (reason.length >= 10) {
    auditOverride({ reason, kinds: [...new Set(items.flatMap((i) => i.kinds))].sort() });
    return;
  }
  throw new DomainError(
    'PII_DETECTED',
    'The document would print personal data; remove it or export with a written reason.',
    { items },
  );
}

/**
 * Writes the audit entry of an override noted by assertPrintable (exports change nothing, so
 * no other write records it). Call after the read that checked the texts.
 */
export async function auditExportOverride(workspace: {
  write<T>(work: (db: ReadableDB) => Promise<T>): Promise<T>;
}): Promise<void> {
  if (currentCall()?.privacy) await workspace.write(async () => null);
}
