/**
 * Rich text across the contract: the closed ProseMirror-JSON subset of shared/domain/richText.ts
 * (minutes notes), and a short entry that is either a plain string (older callers, automation)
 * or such a document, kept under a limit on its plain-text length.
 */
import { z } from 'zod';
import {
  docFromText,
  normaliseRichText,
  richTextToPlain,
  type RichBlock,
  type RichDoc,
} from '../domain/richText';
import { WELL_FORMED, wellFormed } from './common';

/** Rich-text input: checked and canonicalised (anything outside the subset is refused). */
export const richDocSchema = z.unknown().transform((value, ctx): RichDoc => {
  const result = normaliseRichText(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  }
  return result.doc;
});

/** Rich-text output: a document in canonical form. */
export const richDocOutput = z.custom<RichDoc>((v) => normaliseRichText(v).ok);

/** A short entry: its plain text (what the guard scans and lists show) and its document. */
export interface ShortRichText {
  plain: string;
  doc: RichDoc;
}

const isBlankParagraph = (b: RichBlock | undefined) => b?.type === 'paragraph' && !b.content;

/** Drops the empty paragraphs an editor leaves before and after the text. */
function trimDoc(doc: RichDoc): RichDoc {
  const content = [...doc.content];
  while (isBlankParagraph(content[0])) content.shift();
  while (isBlankParagraph(content[content.length - 1])) content.pop();
  return { type: 'doc', content };
}

/**
 * A plain string (trimmed, kept as one paragraph per line) or a rich document, at most `max`
 * characters of plain text and not blank. Its input type names both forms for callers.
 */
export const shortRichText = (max: number) =>
  z
    .union([z.string(), z.custom<RichDoc>((v) => typeof v === 'object' && v !== null)])
    .transform((value, ctx): ShortRichText => {
      let doc: RichDoc;
      if (typeof value === 'string') {
        doc = docFromText(value.trim());
      } else {
        const result = normaliseRichText(value);
        if (!result.ok) {
          ctx.addIssue({ code: 'custom', message: result.message });
          return z.NEVER;
        }
        doc = trimDoc(result.doc);
      }
      const plain = richTextToPlain(doc);
      if (plain.trim() === '') {
        ctx.addIssue({ code: 'custom', message: 'The text is empty.' });
        return z.NEVER;
      }
      if (plain.length > max) {
        ctx.addIssue({ code: 'custom', message: `The text is longer than ${max} characters.` });
        return z.NEVER;
      }
      if (!wellFormed(plain)) {
        ctx.addIssue({ code: 'custom', message: WELL_FORMED });
        return z.NEVER;
      }
      return { plain, doc };
    });
