/**
 * The distribution e-mail: an .eml draft (built with nodemailer's mail composer) addressed to
 * the focal points of the body's member agencies, subject and body in the meeting language,
 * with the chosen documents attached. `X-Unsent: 1` makes Outlook open it as a draft ready to
 * send; Thunderbird opens it as a message to forward or edit.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Language } from '../../../shared/domain/languages';
import { labelsFor } from './kit/documentKit';

export interface EmailInput {
  language: Language;
  bodyName: string;
  meetingTitle: string;
  when: string;
  recipients: { name: string; email: string; agency: string }[];
  attachments: { fileName: string; mimeType: string; data: Buffer }[];
}

export function buildDistributionEmail(input: EmailInput): Promise<Buffer> {
  const l = labelsFor(input.language);
  const mail = new MailComposer({
    to: input.recipients.map((r) => ({ name: `${r.name} (${r.agency})`, address: r.email })),
    subject: l.emailSubject(input.bodyName, input.meetingTitle),
    // CRLF throughout: the body is written with bare LF like every other text here.
    text: l.emailBody(input.bodyName, input.meetingTitle, input.when).replace(/\r?\n/g, '\r\n'),
    headers: { 'X-Unsent': '1' },
    attachments: input.attachments.map((a) => ({
      filename: a.fileName,
      content: a.data,
      contentType: a.mimeType,
    })),
  });
  return mail.compile().build();
}
