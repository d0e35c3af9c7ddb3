/**
 * Rich-text notes → Word paragraphs: headings map to Heading 1–3 (shifted below the
 * document's own heading level), lists to real Word numbering with nesting, marks to runs.
 * Each numbered list restarts at its own start number.
 */
import { Paragraph, TextRun } from 'docx';
import { headingOf, type HeadingDepth } from './headingOutline';
import type { RichBlock, RichDoc, RichInline } from '../../../../shared/domain/richText';
import { BULLET_LIST, NUMBERED_LIST } from './documentKit';

function runs(content: RichInline[] | undefined): TextRun[] {
  return (content ?? []).map((n) => {
    if (n.type === 'hardBreak') return new TextRun({ break: 1 });
    const marks = new Set((n.marks ?? []).map((m) => m.type));
    return new TextRun({
      text: n.text,
      bold: marks.has('bold') || undefined,
      italics: marks.has('italic') || undefined,
      underline: marks.has('underline') ? {} : undefined,
    });
  });
}

/** Where a paragraph sits in a list; continuation paragraphs are indented, not numbered. */
interface ListAt {
  reference: string;
  level: number;
  instance: number;
  continuation?: boolean;
}

export interface RichTextContext {
  /** Level of the heading the notes sit under (notes' H1 becomes one level deeper, max 3). */
  baseHeading: 0 | 1 | 2;
  /** Counter shared by a document so that each numbered list restarts. */
  nextListInstance: () => number;
}

export function richTextToDocx(doc: RichDoc, ctx: RichTextContext): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (blocks: RichBlock[], list?: ListAt) => {
    for (const b of blocks) {
      switch (b.type) {
        case 'paragraph':
          out.push(
            new Paragraph({
              children: runs(b.content),
              ...(list && !list.continuation
                ? {
                    numbering: {
                      reference: list.reference,
                      level: list.level,
                      instance: list.instance,
                    },
                    style: 'ListParagraph',
                  }
                : {}),
              ...(list?.continuation ? { indent: { left: 720 * (list.level + 1) } } : {}),
            }),
          );
          break;
        case 'heading':
          out.push(
            headingOf(Math.min(3, ctx.baseHeading + b.attrs.level) as HeadingDepth, () =>
              runs(b.content),
            ),
          );
          break;
        case 'bulletList':
        case 'orderedList': {
          const reference = b.type === 'bulletList' ? BULLET_LIST : NUMBERED_LIST;
          const level = list ? Math.min(8, list.level + 1) : 0;
          const instance = ctx.nextListInstance();
          for (const item of b.content) {
            const [first, ...rest] = item.content;
            // The item's first paragraph carries the number; later blocks are continuation.
            if (first) walk([first], { reference, level, instance });
            walk(rest, { reference, level, instance, continuation: true });
          }
          break;
        }
      }
    }
  };
  walk(doc.content);
  return out;
}
