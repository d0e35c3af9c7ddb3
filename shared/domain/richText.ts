/**
 * Minutes notes as structured rich text: a small, closed subset of the ProseMirror/Tiptap
 * JSON document (paragraphs, headings 1–3, bullet and numbered lists with nesting, bold /
 * italic / underline, line breaks). The core stores only this canonical form, so the Word
 * export can render every node it will ever meet. Anything else is refused.
 */
export const RICH_MARKS = ['bold', 'italic', 'underline'] as const;
export type RichMark = (typeof RICH_MARKS)[number];

export type RichInline =
  { type: 'text'; text: string; marks?: { type: RichMark }[] } | { type: 'hardBreak' };
export type RichBlock =
  | { type: 'paragraph'; content?: RichInline[] }
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: RichInline[] }
  | { type: 'bulletList'; content: RichListItem[] }
  | { type: 'orderedList'; attrs: { start: number }; content: RichListItem[] };
export interface RichListItem {
  type: 'listItem';
  content: RichBlock[];
}
export interface RichDoc {
  type: 'doc';
  content: RichBlock[];
}

export const MAX_LIST_DEPTH = 8;
export const MAX_RICH_TEXT_CHARS = 100_000;
const MAX_NODES = 20_000;

export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [] };
}

/** A document of plain paragraphs (one per line). */
export function docFromText(text: string): RichDoc {
  return {
    type: 'doc',
    content: text
      .split('\n')
      .map((line) =>
        line
          ? { type: 'paragraph', content: [{ type: 'text', text: line }] }
          : { type: 'paragraph' },
      ),
  };
}

type Result = { ok: true; doc: RichDoc } | { ok: false; message: string };

class Invalid extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface Budget {
  nodes: number;
  chars: number;
}

function spend(budget: Budget, chars = 0): void {
  budget.nodes += 1;
  budget.chars += chars;
  if (budget.nodes > MAX_NODES) throw new Invalid('The notes have too many parts.');
  if (budget.chars > MAX_RICH_TEXT_CHARS)
    throw new Invalid(`The notes are longer than ${MAX_RICH_TEXT_CHARS} characters.`);
}

function arrayOf(v: unknown, what: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Invalid(`${what} must be a list.`);
  return v;
}

function inline(v: unknown, budget: Budget): RichInline {
  if (!isObject(v)) throw new Invalid('Unknown part in the notes.');
  if (v.type === 'hardBreak') {
    spend(budget, 1);
    return { type: 'hardBreak' };
  }
  if (v.type !== 'text' || typeof v.text !== 'string' || v.text.length === 0) {
    throw new Invalid(`Unsupported inline content: ${String(v.type).slice(0, 40)}.`);
  }
  spend(budget, v.text.length);
  const marks: { type: RichMark }[] = [];
  for (const m of arrayOf(v.marks, 'Marks')) {
    if (!isObject(m) || !RICH_MARKS.includes(m.type as RichMark)) {
      throw new Invalid('Only bold, italic and underline are supported.');
    }
    if (!marks.some((x) => x.type === m.type)) marks.push({ type: m.type as RichMark });
  }
  return marks.length > 0 ? { type: 'text', text: v.text, marks } : { type: 'text', text: v.text };
}

function inlines(v: unknown, budget: Budget): RichInline[] | undefined {
  const content = arrayOf(v, 'Text').map((x) => inline(x, budget));
  return content.length > 0 ? content : undefined;
}

function listItems(v: unknown, depth: number, budget: Budget): RichListItem[] {
  if (depth > MAX_LIST_DEPTH)
    throw new Invalid(`Lists can be nested ${MAX_LIST_DEPTH} deep at most.`);
  const items = arrayOf(v, 'A list').map((item) => {
    if (!isObject(item) || item.type !== 'listItem')
      throw new Invalid('A list holds list items only.');
    spend(budget);
    const content = arrayOf(item.content, 'A list item').map((b) => block(b, depth, budget));
    return {
      type: 'listItem' as const,
      content: content.length > 0 ? content : [{ type: 'paragraph' as const }],
    };
  });
  if (items.length === 0) throw new Invalid('A list needs at least one item.');
  return items;
}

function block(v: unknown, depth: number, budget: Budget): RichBlock {
  if (!isObject(v)) throw new Invalid('Unknown part in the notes.');
  spend(budget);
  switch (v.type) {
    case 'paragraph': {
      const content = inlines(v.content, budget);
      return content ? { type: 'paragraph', content } : { type: 'paragraph' };
    }
    case 'heading': {
      const level = isObject(v.attrs) ? v.attrs.level : undefined;
      if (level !== 1 && level !== 2 && level !== 3)
        throw new Invalid('Headings are of level 1 to 3.');
      const content = inlines(v.content, budget);
      return content
        ? { type: 'heading', attrs: { level }, content }
        : { type: 'heading', attrs: { level } };
    }
    case 'bulletList':
      return { type: 'bulletList', content: listItems(v.content, depth + 1, budget) };
    case 'orderedList': {
      const raw = isObject(v.attrs) ? v.attrs.start : undefined;
      const start =
        typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 10_000 ? raw : 1;
      return {
        type: 'orderedList',
        attrs: { start },
        content: listItems(v.content, depth + 1, budget),
      };
    }
    default:
      throw new Invalid(`Unsupported block in the notes: ${String(v.type).slice(0, 40)}.`);
  }
}

/** Checks and canonicalises a document (drops unknown attributes and empty text nodes). */
export function normaliseRichText(value: unknown): Result {
  try {
    if (!isObject(value) || value.type !== 'doc')
      throw new Invalid('The notes must be a document.');
    const budget: Budget = { nodes: 0, chars: 0 };
    const content = arrayOf(value.content, 'The document').map((b) => block(b, 0, budget));
    return { ok: true, doc: { type: 'doc', content } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, message: e.message };
    throw e;
  }
}

function inlineText(content: RichInline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

/** Plain text of a document: one line per paragraph, "- " / "1. " for list items. */
export function richTextToPlain(doc: RichDoc): string {
  const lines: string[] = [];
  const walk = (blocks: RichBlock[], indent: string) => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading')
        lines.push(indent + inlineText(b.content));
      else {
        b.content.forEach((item, i) => {
          const bullet = b.type === 'bulletList' ? '- ' : `${b.attrs.start + i}. `;
          const [first, ...rest] = item.content;
          if (first && (first.type === 'paragraph' || first.type === 'heading')) {
            lines.push(indent + bullet + inlineText(first.content));
            walk(rest, indent + '  ');
          } else {
            lines.push(indent + bullet.trimEnd());
            walk(item.content, indent + '  ');
          }
        });
      }
    }
  };
  walk(doc.content, '');
  return lines.join('\n');
}

/** True when the document has no visible text. */
export function isEmptyDoc(doc: RichDoc): boolean {
  return richTextToPlain(doc).trim() === '';
}
