/**
 * The distribution e-mail: an .eml draft (built with nodemailer's mail composer) addressed to
 * the focal points of the body's member agencies, subject and body in the meeting language,
 * with the chosen documents attached. `X-Unsent: 1` makes Outlook open it as a draft ready to
 * send; Thunderbird opens it as a message to forward or edit.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Language } from '../../../shared/domain/languages';
import { labelsFor } from './kit/documentKit';

export interface Recipient {
  name: string;
  email: string;
  agency: string;
}

export interface Attachment {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

export interface EmailInput {
  language: Language;
  bodyName: string;
  meetingTitle: string;
  when: string;
  recipients: Recipient[];
  attachments: Attachment[];
}

/** Any draft: recipients, copies, subject, plain-text body (CRLF throughout) and attachments. */
export function composeDraft(draft: {
  to: Recipient[];
  cc?: string[];
  subject: string;
  text: string;
  attachments: Attachment[];
}): Promise<Buffer> {
  const mail = new MailComposer({
    to: draft.to.map((r) => ({ name: `${r.name} (${r.agency})`, address: r.email })),
    cc: draft.cc && draft.cc.length > 0 ? draft.cc : undefined,
    subject: draft.subject,
    // CRLF throughout: the body is written with bare LF like every other text here.
    text: draft.text.replace(/\r?\n/g, '\r\n'),
    headers: { 'X-Unsent': '1' },
    attachments: draft.attachments.map((a) => ({
      filename: a.fileName,
      content: a.data,
      contentType: a.mimeType,
    })),
  });
  return mail.compile().build();
}

export function buildDistributionEmail(input: EmailInput): Promise<Buffer> {
  const l = labelsFor(input.language);
  return composeDraft({
    to: input.recipients,
    subject: l.emailSubject(input.bodyName, input.meetingTitle),
    text: l.emailBody(input.bodyName, input.meetingTitle, input.when),
    attachments: input.attachments,
  });
}
