/**
 * Follow-up letters by e-mail without a leak: one .eml draft per agency, addressed only to that
 * agency's focal points (the secretariat's own address in copy) and carrying only that agency's
 * letter. The drafts travel together in one .zip, after the e-mail to every member with the
 * documents meant for everyone (agenda, minutes, tracker) when there is one.
 */
import JSZip from 'jszip';
import {
  DOCX_MIME,
  ZIP_MIME,
  type ExportedFile,
  type emailDraftsSchema,
} from '../../../shared/contract/exports';
import type { Language } from '../../../shared/domain/languages';
import { composeDraft } from './distributionEmail';
import { exportFileName } from './fileNames';
import type { FollowUpLetter, LetterSender } from './followUpLetters';
import type { BuilderArgs } from './builders';
import { DomainError } from '../../../shared/errors';
import type { z } from 'zod';
import { formatDate } from './kit/labels';
import { letterLabelsFor } from './kit/letterLabels';

type EmailDrafts = z.infer<typeof emailDraftsSchema>;

export interface Draft {
  fileName: string;
  data: Buffer;
  /** The addresses it is sent to (To; the secretariat's copy is not counted). */
  addresses: string[];
}

export interface LetterMailOptions {
  language: Language;
  today: string;
  replyBy: string;
  sender: LetterSender;
}

/** How the e-mail is signed: the signatory (name, title, if set) for the body's secretariat. */
function signature(sender: LetterSender, language: Language): string {
  const w = letterLabelsFor(language);
  return [
    sender.signatoryName.trim(),
    sender.signatoryTitle.trim(),
    w.secretariatOf(sender.bodyName),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The draft to one agency: its focal points, its own letter, nothing of another agency. */
export async function agencyDraft(
  letter: FollowUpLetter,
  document: { fileName: string; data: Buffer },
  o: LetterMailOptions,
): Promise<Draft> {
  const w = letterLabelsFor(o.language);
  const cc = o.sender.secretariatEmail ? [o.sender.secretariatEmail] : [];
  const data = await composeDraft({
    to: letter.recipients.map((r) => ({ ...r, agency: letter.acronym || letter.name })),
    cc,
    subject: w.emailSubject(o.sender.bodyName, letter.name, letter.reference),
    text: w.emailBody(
      o.sender.bodyName,
      letter.name,
      formatDate(o.replyBy, o.language),
      signature(o.sender, o.language),
    ),
    attachments: [{ fileName: document.fileName, mimeType: DOCX_MIME, data: document.data }],
  });
  return {
    fileName: exportFileName('followUpEmail', o.language, [letter.acronym, o.today]),
    data,
    addresses: letter.recipients.map((r) => r.email),
  };
}

/** "name.eml", "name-2.eml", …: no draft hides another in the archive. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The drafts in one .zip, in order (the e-mail to all first, then agency by agency). */
export async function draftsArchive(drafts: Draft[]): Promise<Buffer> {
  const zip = new JSZip();
  const taken = new Set<string>();
  for (const d of drafts) zip.file(uniqueName(d.fileName, taken), d.data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** How many different addresses the drafts go to. */
export function distinctAddresses(drafts: Draft[]): number {
  return new Set(drafts.flatMap((d) => d.addresses.map((a) => a.toLowerCase()))).size;
}

/** A build of one letter document per agency, run by the caller (worker, progress). */
export type LetterJob = { name: 'followUp'; args: BuilderArgs<'followUp'>; fileName: string };

/**
 * Splits a follow-up export into one letter per agency, has them built, and returns one draft
 * per agency, with the names of agencies whose draft has no recipient.
 */
export async function agencyDrafts(
  job: { args: BuilderArgs<'followUp'> },
  build: (jobs: LetterJob[]) => Promise<ExportedFile[]>,
): Promise<{ drafts: Draft[]; withoutRecipients: string[] }> {
  const [letters, letterhead, options] = job.args;
  if (letters.length === 0) {
    throw new DomainError('VALIDATION', 'No agency has open action items to follow up.');
  }
  const files = await build(
    letters.map((letter) => ({
      name: 'followUp',
      args: [[letter], letterhead, options],
      fileName: exportFileName('followUpLetter', options.language, [letter.acronym, options.today]),
    })),
  );
  const drafts: Draft[] = [];
  for (const [i, letter] of letters.entries()) {
    const file = { fileName: files[i]!.fileName, data: Buffer.from(files[i]!.data, 'base64') };
    drafts.push(await agencyDraft(letter, file, options));
  }
  return {
    drafts,
    withoutRecipients: letters.filter((l) => l.recipients.length === 0).map((l) => l.name),
  };
}

/** The drafts as the file handed back: a .zip of .eml drafts, with what the UI reports. */
export async function draftsFile(
  drafts: Draft[],
  withoutRecipients: string[],
  fileName: string,
): Promise<EmailDrafts> {
  const data = await draftsArchive(drafts);
  return {
    fileName,
    mimeType: ZIP_MIME,
    data: data.toString('base64'),
    bytes: data.length,
    recipients: distinctAddresses(drafts),
    messages: drafts.length,
    agenciesWithoutRecipients: withoutRecipients,
  };
}
