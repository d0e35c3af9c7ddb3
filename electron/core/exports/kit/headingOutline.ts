/**
 * Headings that can never skip a level. Builders ask for a level (1–3); every heading made
 * here remembers how to remake itself, and the kit renumbers the document's outline on render
 * so a Heading 3 straight under a Heading 1 becomes a Heading 2 (screen readers and Word's
 * navigation pane rely on an outline without gaps).
 */
import { HeadingLevel, Paragraph, type ParagraphChild, type Table } from 'docx';

export type HeadingDepth = 1 | 2 | 3;

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const MADE = new WeakMap<
  object,
  { level: HeadingDepth; make: (level: HeadingDepth) => Paragraph }
>();

/** A heading paragraph of `level` whose runs are made by `children` (called again if moved). */
export function headingOf(level: HeadingDepth, children: () => ParagraphChild[]): Paragraph {
  const make = (l: HeadingDepth) => new Paragraph({ heading: LEVELS[l], children: children() });
  const p = make(level);
  MADE.set(p, { level, make });
  return p;
}

/**
 * The sections with every heading at most one level below the previous heading (the outline
 * runs across sections). Headings already in order are kept as they are.
 */
export function withoutSkips(sections: (Paragraph | Table)[][]): (Paragraph | Table)[][] {
  let previous = 0;
  return sections.map((children) =>
    children.map((child) => {
      const h = MADE.get(child);
      if (!h) return child;
      const level = Math.min(h.level, previous + 1) as HeadingDepth;
      previous = level;
      return level === h.level ? child : h.make(level);
    }),
  );
}
