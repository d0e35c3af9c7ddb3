/**
 * The shared document kit: every exported document is built on it, so they all carry real
 * Word styles (Title, Heading 1–3, Normal, List Paragraph), the workspace letterhead, the
 * classification marking in header and footer, "Page X of Y", document properties, the
 * workspace's paper size, and tables whose header row repeats on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  XmlComponent,
  type IContext,
  type ILevelsOptions,
  type IXmlableObject,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Language } from '../../../../shared/domain/languages';
import type { PaperSize } from '../../../../shared/domain/settings';
import { LANGUAGE_TAG, RESTRICTED_BAND } from './documentLanguage';
import { withSeparateFieldResults } from './fieldResults';
import { headingOf, withoutSkips, type HeadingDepth } from './headingOutline';
import { LABELS, type Labels } from './labels';

export const FONT = 'Calibri';
const ACCENT = '1F3864';
const MUTED = '595959';
export const OVERDUE_FILL = 'FCE4E4';

/** What every document needs from the workspace. */
export interface Letterhead {
  taskForceName: string;
  letterheadText: string;
  classificationMarking: string;
  paperSize: PaperSize;
  /** Printed centred above the organisation lines. */
  logo?: { type: 'png' | 'jpg'; width: number; height: number; data: Uint8Array } | null;
  /** A version with restricted items: a RESTRICTED band on every page and on the first. */
  restricted?: boolean;
}

export interface DocumentSpec {
  letterhead: Letterhead;
  language: Language;
  /** Document title (also the Word "Title" property). */
  title: string;
  subject?: string;
  author: string;
  createdAt: Date;
  /** Adds a DRAFT marking under the header on every page. */
  draft?: boolean;
  /** Body content: paragraphs and tables, each section on new pages. */
  sections: (Paragraph | Table)[][];
  /** Each section numbers its own pages, "Page 1 of n" (letters: one section per letter). */
  pagesPerSection?: boolean;
  /** Sections printed landscape (wide tables), by index. */
  landscape?: boolean[];
  /** Word updates the fields (the table of contents) when the document opens. */
  updateFieldsOnOpen?: boolean;
}

const PAGE: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

/** Usable text width in twips for the paper size (2 cm margins). */
export function textWidth(paper: PaperSize): number {
  return PAGE[paper].width - 2 * 1134;
}

/** Usable text width in twips of a landscape page. */
export function landscapeTextWidth(paper: PaperSize): number {
  return PAGE[paper].height - 2 * 1134;
}

export function labelsFor(language: Language): Labels {
  return LABELS[language];
}

function listLevels(kind: 'bullet' | 'number'): ILevelsOptions[] {
  const bullets = ['•', '◦', '▪'];
  const numbers = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : numbers[level % 3]!,
    text: kind === 'bullet' ? bullets[level % 3]! : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/** Numbering definitions: a bullet list and a numbered list, each 9 levels deep. */
export const BULLET_LIST = 'coordina-bullets';
export const NUMBERED_LIST = 'coordina-numbers';

/** The RESTRICTED band: white on red, full width. */
function band(language: Language, before = 0, size = 18): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after: 60 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'C00000' },
    children: [new TextRun({ text: RESTRICTED_BAND[language], bold: true, color: 'FFFFFF', size })],
  });
}

/** A centred bold red line: the classification marking and the DRAFT marking. */
function redLine(text: string, size: number, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: before ? { before } : undefined,
    children: [new TextRun({ text, bold: true, color: 'C00000', size })],
  });
}

function header(spec: DocumentSpec): Header {
  const lines = [spec.letterhead.taskForceName, ...spec.letterhead.letterheadText.split('\n')]
    .map((l) => l.trim())
    .filter(Boolean);
  const children: Paragraph[] = [];
  if (spec.letterhead.classificationMarking) {
    children.push(redLine(spec.letterhead.classificationMarking, 18));
  }
  const logo = spec.letterhead.logo;
  if (logo) {
    // At most 56 px high and 220 px wide, keeping the proportions.
    const scale = Math.min(56 / logo.height, 220 / logo.width, 1);
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: logo.type,
            data: logo.data,
            transformation: {
              width: Math.max(1, Math.round(logo.width * scale)),
              height: Math.max(1, Math.round(logo.height * scale)),
            },
            altText: { name: 'logo', title: 'logo', description: spec.letterhead.taskForceName },
          }),
        ],
      }),
    );
  }
  lines.forEach((line, i) =>
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: line,
            bold: i === 0,
            color: i === 0 ? ACCENT : MUTED,
            size: i === 0 ? 22 : 18,
          }),
        ],
        border:
          i === lines.length - 1
            ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 4 } }
            : undefined,
      }),
    ),
  );
  if (spec.letterhead.restricted) children.push(band(spec.language, 60));
  if (spec.draft) children.push(redLine(labelsFor(spec.language).draft, 20, 60));
  return new Header({ children });
}

function footer(spec: DocumentSpec): Footer {
  const l = labelsFor(spec.language);
  const runs: ParagraphChild[] = [
    new TextRun({ text: `${spec.title}  ·  `, size: 16, color: MUTED }),
    new TextRun({
      children: [
        `${l.page} `,
        PageNumber.CURRENT,
        ` ${l.of} `,
        spec.pagesPerSection ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES,
      ],
      size: 16,
      color: MUTED,
    }),
  ];
  const children = [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })];
  if (spec.letterhead.classificationMarking) {
    children.push(redLine(spec.letterhead.classificationMarking, 16));
  }
  if (spec.letterhead.restricted) children.push(band(spec.language));
  return new Footer({ children });
}

export async function renderDocument(spec: DocumentSpec): Promise<Buffer> {
  const size = PAGE[spec.letterhead.paperSize];
  const lang = { language: { value: LANGUAGE_TAG[spec.language] } };
  const sections = withoutSkips(spec.sections);
  // The title page of a restricted version opens with the band too.
  if (spec.letterhead.restricted && sections[0])
    sections[0] = [band(spec.language, 0, 24), ...sections[0]];
  const doc = new Document({
    // Per-section page counts are written into the SECTIONPAGES fields (LibreOffice shows them
    // as written; Word updates them).
    ...(spec.pagesPerSection ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    ...(spec.updateFieldsOnOpen ? { features: { updateFields: true } } : {}),
    title: spec.title,
    subject: spec.subject ?? spec.title,
    creator: spec.author,
    lastModifiedBy: spec.author,
    description: spec.letterhead.taskForceName,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, ...lang },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true, color: ACCENT, ...lang },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: ACCENT, ...lang },
          paragraph: { spacing: { before: 300, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: ACCENT, ...lang },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 23, bold: true, color: '2F5496', ...lang },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
        listParagraph: {
          run: { font: FONT, size: 22, ...lang },
          paragraph: { spacing: { after: 60 } },
        },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: 20, ...lang },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: TABLE_HEADING,
          name: 'Table Heading',
          basedOn: TABLE_TEXT,
          quickFormat: true,
          run: { bold: true, color: 'FFFFFF', ...lang },
          // A header row never ends a page alone.
          paragraph: { keepNext: true },
        },
        {
          id: TABLE_TEXT_KEEP,
          name: 'Table Text (keep with next)',
          basedOn: TABLE_TEXT,
          run: { ...lang },
          paragraph: { keepNext: true },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLET_LIST, levels: listLevels('bullet') },
        { reference: NUMBERED_LIST, levels: listLevels('number') },
      ],
    },
    sections: sections.map((children, i) => ({
      properties: {
        page: {
          size: spec.landscape?.[i]
            ? { width: size.width, height: size.height, orientation: PageOrientation.LANDSCAPE }
            : { width: size.width, height: size.height },
          margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
          ...(spec.pagesPerSection ? { pageNumbers: { start: 1 } } : {}),
        },
      },
      headers: { default: header(spec) },
      footers: { default: footer(spec) },
      children,
    })),
  });
  const bytes = await Packer.toBuffer(doc);
  return spec.pagesPerSection ? withSeparateFieldResults(bytes) : bytes;
}

// ---- building blocks ---------------------------------------------------------------------

export function title(text: string, subtitle?: string): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text)] })];
  if (subtitle)
    out.push(
      new Paragraph({ children: [new TextRun({ text: subtitle, color: MUTED, size: 24 })] }),
    );
  return out;
}

/** A heading; the kit moves it up if it would skip a level (see headingOutline). */
export function heading(text: string, level: HeadingDepth): Paragraph {
  return headingOf(level, () => [new TextRun(text)]);
}

export function para(
  text: string,
  options: { bold?: boolean; italic?: boolean; color?: string } = {},
): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })] });
}

/** "Label: value" lines for a meeting header block. */
export function facts(rows: [string, string][], colon = ': '): Paragraph[] {
  return rows
    .filter(([, v]) => v)
    .map(
      ([k, v]) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [new TextRun({ text: `${k}${colon}`, bold: true }), new TextRun(v)],
        }),
    );
}

export interface Column {
  header: string;
  /** Relative width. */
  width: number;
}

export type CellContent = string | Paragraph[];

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' } as const;

/** Paragraph styles of table text: cells carry a style name, not per-run formatting. */
export const TABLE_TEXT = 'TableText';
export const TABLE_HEADING = 'TableHeading';
/** Table text kept with the next row (small tables that must not break across pages). */
export const TABLE_TEXT_KEEP = 'TableTextKeep';

/**
 * A line of plain text in a paragraph style, written exactly as `new Paragraph({ style, text })`
 * writes it, without docx's property objects for the options a table line never has: a table
 * of thousands of cells builds and packs several times faster. A bold or shaded line is written
 * as docx writes it (see lineTemplate).
 */
class StyledLine extends XmlComponent {
  constructor(
    private readonly style: string,
    private readonly text: string,
    private readonly format: LineFormat = {},
  ) {
    super('w:p');
  }

  override prepForXml(context: IContext): IXmlableObject {
    if (this.format.bold || this.format.fill) {
      return withText(lineTemplate(this.style, this.format, context), this.text) as IXmlableObject;
    }
    const properties = { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': this.style } } }] };
    if (!this.text) return { 'w:p': [properties] };
    return {
      'w:p': [
        properties,
        { 'w:r': [{ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, this.text] }] },
      ],
    };
  }
}

export interface LineFormat {
  bold?: boolean;
  /** Paragraph shading, hex. */
  fill?: string;
}

/** Stands for the text in a line template. */
const TEXT_SLOT = '\u0000text\u0000';
const LINE_TEMPLATES = new Map<string, IXmlableObject>();

/** What docx writes for a line of `style` and `format`, the text left as TEXT_SLOT. */
function lineTemplate(style: string, format: LineFormat, context: IContext): IXmlableObject {
  const key = `${style}|${format.fill ?? ''}|${format.bold ? 'b' : ''}`;
  let template = LINE_TEMPLATES.get(key);
  if (!template) {
    template = new Paragraph({
      style,
      shading: shadingOf(format.fill),
      children: [new TextRun({ text: TEXT_SLOT, bold: format.bold })],
    }).prepForXml(context)!;
    LINE_TEMPLATES.set(key, template);
  }
  return template;
}

/** A fresh copy of a template with its text in. */
function withText(value: unknown, text: string): unknown {
  if (value === TEXT_SLOT) return text;
  if (Array.isArray(value)) return value.map((v) => withText(v, text));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, text)]));
  }
  return value;
}

/** A line of table text (style Table Text), bold or shaded: for a cell given as paragraphs. */
export function tableLine(text: string, format: LineFormat = {}): Paragraph {
  return new StyledLine(TABLE_TEXT, text, format) as unknown as Paragraph;
}

type XmlElement = Record<string, { _attr: Record<string, unknown> }>;

/** The cell properties docx writes for a width and fill, by `width|fill` (see TextCell). */
const CELL_PROPERTIES = new Map<string, XmlElement[]>();

/**
 * A cell of plain text lines: written exactly as docx's TableCell writes it with the same fill
 * and column width (its properties are docx's own, worked out once per width and fill), with
 * what docx's Table asks of a cell (`options`, `setColumnWidth`) but none of the work per cell.
 */
class TextCell extends XmlComponent {
  readonly options: { children: StyledLine[] };
  private width: number | undefined;

  constructor(
    lines: StyledLine[],
    private readonly fill: string | undefined,
  ) {
    super('w:tc');
    this.options = { children: lines };
  }

  setColumnWidth(twips: number): void {
    this.width = twips;
  }

  override prepForXml(context: IContext): IXmlableObject {
    const key = `${this.width}|${this.fill ?? ''}`;
    let properties = CELL_PROPERTIES.get(key);
    if (!properties) {
      const model = new TableCell({ children: [], shading: shadingOf(this.fill) });
      if (this.width !== undefined) model.setColumnWidth(this.width);
      const written = model.prepForXml(context) as { 'w:tc': IXmlableObject[] };
      const tcPr = written['w:tc'].find((e) => 'w:tcPr' in e)?.['w:tcPr'] as
        XmlElement | XmlElement[] | undefined;
      properties = tcPr === undefined ? [] : Array.isArray(tcPr) ? tcPr : [tcPr];
      CELL_PROPERTIES.set(key, properties);
    }
    // Fresh objects for each cell: nothing written is shared between two cells.
    const tcPr = properties.map((element) =>
      Object.fromEntries(Object.entries(element).map(([k, v]) => [k, { _attr: { ...v._attr } }])),
    );
    const lines = this.options.children.map((line) => line.prepForXml(context));
    return { 'w:tc': tcPr.length > 0 ? [{ 'w:tcPr': tcPr }, ...lines] : lines };
  }
}

const shadingOf = (fill: string | undefined) =>
  fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined;

function cell(
  content: CellContent,
  opts: { header?: boolean; fill?: string; keepNext?: boolean },
): TableCell {
  const style = opts.header ? TABLE_HEADING : opts.keepNext ? TABLE_TEXT_KEEP : TABLE_TEXT;
  const fill = opts.header ? ACCENT : opts.fill;
  if (typeof content === 'string') {
    const lines = content.split('\n').map((line) => new StyledLine(style, line));
    return new TextCell(lines, fill) as unknown as TableCell;
  }
  const lines: unknown[] = content;
  if (lines.length > 0 && lines.every((p) => p instanceof StyledLine)) {
    return new TextCell(lines as StyledLine[], fill) as unknown as TableCell;
  }
  return new TableCell({ children: content, shading: shadingOf(fill) });
}

/** The row properties docx writes for a header or body row of a kit table (see TextRow). */
const ROW_PROPERTIES = new Map<boolean, IXmlableObject>();

/**
 * A row of text cells: written as docx's TableRow writes a row that cannot split (and repeats
 * as the header), its w:trPr docx's own, worked out once; it has what docx's Table asks of a
 * row (`cells`). Rows with other cells stay docx's TableRow.
 */
class TextRow extends XmlComponent {
  constructor(
    readonly cells: TableCell[],
    private readonly header: boolean,
  ) {
    super('w:tr');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (this.cells.length === 0) return undefined; // as docx: a row without cells is left out
    let properties = ROW_PROPERTIES.get(this.header);
    if (!properties) {
      const model = new TableRow({
        cantSplit: true,
        tableHeader: this.header || undefined,
        children: [new TableCell({ children: [] })],
      }).prepForXml(context) as { 'w:tr': IXmlableObject[] };
      properties = model['w:tr'].find((e) => 'w:trPr' in e)!;
      ROW_PROPERTIES.set(this.header, properties);
    }
    return {
      'w:tr': [withText(properties, ''), ...this.cells.map((c) => c.prepForXml(context))],
    };
  }
}

function row(cells: TableCell[], header = false): TableRow {
  const allText = cells.every((c) => (c as unknown) instanceof TextCell);
  return allText
    ? (new TextRow(cells, header) as unknown as TableRow)
    : new TableRow({ tableHeader: header || undefined, cantSplit: true, children: cells });
}

/**
 * A table whose first row is a header repeated on every page; rows do not split across pages.
 * `fills` shades whole rows (e.g. overdue actions). Borders, cell margins and text formatting
 * are set once on the table and in styles (thousands of rows stay fast to build and open).
 */
export function table(
  paper: PaperSize,
  columns: Column[],
  body: CellContent[][],
  fills: (string | undefined)[] = [],
  /** Keep the whole table on one page (signature blocks and other short tables). */
  keepTogether = false,
  /** Twips; default the portrait text width. */
  width = textWidth(paper),
): Table {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * width));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
    rows: [
      row(
        columns.map((c) => cell(c.header, { header: true })),
        true,
      ),
      ...body.map((r, ri) =>
        row(
          r.map((content) =>
            cell(content, { fill: fills[ri], keepNext: keepTogether && ri < body.length - 1 }),
          ),
        ),
      ),
    ],
  });
}

/** An empty paragraph after a table, so consecutive tables do not merge in Word. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
