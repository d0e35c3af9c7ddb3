/**
 * The closing parts of a secretariat letter: the signatory block (name and title from the
 * settings, else the secretariat of the body) kept on one page with its complimentary close,
 * and the copies ("cc") — the body's chair and the secretariat's own address, where known.
 */
import { Paragraph, TabStopType, TextRun } from 'docx';
import type { LetterSender } from './followUpLetters';
import type { LetterLabels } from './kit/letterLabels';

const MUTED = '595959';
/** Where the copies start after the "cc:" label (1.5 cm). */
const CC_INDENT = 850;

interface LineOptions {
  bold?: boolean;
  color?: string;
  before?: number;
  after?: number;
  /** Kept on the page of the next line (default: true, the block stays together). */
  keepNext?: boolean;
}

function line(text: string, options: LineOptions = {}) {
  return new Paragraph({
    keepNext: options.keepNext ?? true,
    keepLines: true,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: [new TextRun({ text, bold: options.bold, color: options.color })],
  });
}

/** Complimentary close, room to sign, name, title and in whose name. */
export function signatureBlock(sender: LetterSender, w: LetterLabels): Paragraph[] {
  const name = sender.signatoryName.trim();
  const title = sender.signatoryTitle.trim();
  const secretariat = w.secretariatOf(sender.bodyName);
  const closing = line(w.complimentaryClose, { before: 120 });
  // Room for a handwritten or electronic signature above the name; the block ends the letter's
  // text (space before the copies, nothing kept with them).
  const end = { after: 240, keepNext: false };
  if (!name) return [closing, line(secretariat, { bold: true, before: 840, ...end })];
  return [
    closing,
    line(name, { bold: true, before: 840 }),
    ...(title ? [line(title)] : []),
    line(secretariat, { color: MUTED, ...end }),
  ];
}

/** "cc: Chair of the National Task Force (Ministry of Interior)" and the secretariat's e-mail. */
export function copies(sender: LetterSender, w: LetterLabels, colon: string): Paragraph[] {
  const lines: string[] = [];
  if (sender.chair) lines.push(w.ccChair(sender.chair.bodyName, sender.chair.agencyName));
  if (sender.secretariatEmail) lines.push(w.ccSecretariat(sender.secretariatEmail));
  // The first line carries the label; the others line up after it (hanging indent, one tab).
  return lines.map(
    (text, i) =>
      new Paragraph({
        spacing: { after: 0 },
        indent: { left: CC_INDENT, hanging: i === 0 ? CC_INDENT : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: CC_INDENT }],
        children: [
          new TextRun({
            text: i === 0 ? `${w.cc}${colon.trimEnd()}\t` : '',
            size: 18,
            color: MUTED,
          }),
          new TextRun({ text, size: 18, color: MUTED }),
        ],
      }),
  );
}
