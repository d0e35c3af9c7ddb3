/**
 * The closing parts of a secretariat letter: the signatory block (name and title from the
 * settings, else "The secretariat") kept on one page with its complimentary close, and the
 * copies ("cc") — the body's chair and the secretariat's own address, where known.
 */
import { Paragraph, TabStopType, TextRun } from 'docx';
import type { LetterSender } from './followUpLetters';
import type { LetterLabels } from './kit/letterLabels';

const MUTED = '595959';
/** Where the copies start after the "cc:" label (1.5 cm). */
const CC_INDENT = 850;

function line(text: string, options: { bold?: boolean; color?: string; before?: number } = {}) {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: options.before ?? 0, after: 0 },
    children: [new TextRun({ text, bold: options.bold, color: options.color })],
  });
}

/** Complimentary close, room to sign, name, title and in whose name. */
export function signatureBlock(sender: LetterSender, w: LetterLabels): Paragraph[] {
  const name = sender.signatoryName.trim();
  const out = [
    line(w.complimentaryClose, { before: 120 }),
    // Room for a handwritten or electronic signature.
    line(name || w.secretariat, { bold: true, before: 840 }),
  ];
  if (name && sender.signatoryTitle.trim()) out.push(line(sender.signatoryTitle.trim()));
  const last = new Paragraph({
    spacing: { after: 240 },
    children: [new TextRun({ text: w.secretariatOf(sender.bodyName), color: MUTED })],
  });
  return [...out, last];
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
