/**
 * Charts for documents: drawn as SVG from the data, then rasterised to PNG with resvg so the
 * .docx carries a real image that Word and LibreOffice both display.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { ImageRun, LineRuleType, Paragraph } from 'docx';

export interface BarSeries {
  name: string;
  color: string;
  values: number[];
}

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

const FONT_FAMILY = 'DejaVu Sans';

/**
 * The bundled chart font (resources/fonts, DejaVu Sans): found by walking up from this module
 * (source tree, built bundle) or in the packaged app's resources. Loading two known files is
 * much faster than scanning the system's fonts on every chart, and renders the same everywhere.
 */
function bundledFonts(): string[] | null {
  const roots = [process.resourcesPath ?? ''].filter(Boolean);
  for (let dir = __dirname, i = 0; i < 8; i++, dir = path.dirname(dir)) roots.push(dir);
  for (const root of roots) {
    const dir = path.join(root, 'resources', 'fonts');
    const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) return files;
  }
  return null;
}

let fonts: string[] | null | undefined;

function chartFonts() {
  fonts ??= bundledFonts();
  return fonts
    ? { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }
    : { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY };
}

/** Rough width in px of `text` in DejaVu Sans at `size` (wide glyphs counted wider). */
export function textWidthPx(text: string, size: number): number {
  let em = 0;
  for (const c of text)
    em += /[MWmw@]/.test(c) ? 0.9 : /[A-Z]/.test(c) ? 0.7 : /[ilj.,;:|!' ]/.test(c) ? 0.32 : 0.6;
  return em * size;
}

/**
 * A category label that fits `width` px: on one line, else wrapped on two, else its short
 * form (the acronym), else wrapped short form — never cut.
 */
export function fitLabel(label: string, short: string, width: number, size: number): string[] {
  const fits = (lines: string[]) => lines.every((l) => textWidthPx(l, size) <= width);
  const wrap = (text: string): string[] => {
    const words = text.split(/\s+/);
    for (let i = words.length - 1; i > 0; i--) {
      const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      if (fits(lines)) return lines;
    }
    return [];
  };
  if (fits([label])) return [label];
  const wrapped = wrap(label);
  if (wrapped.length) return wrapped;
  if (short && fits([short])) return [short];
  // Last resort: as many lines as it takes, word by word (a label is never cut).
  const lines: string[] = [];
  for (const word of (short || label).split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && fits([`${last} ${word}`]))
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface Category {
  label: string;
  /** The acronym, used when the label does not fit even on two lines. */
  short: string;
}

/** A horizontal grouped bar chart: one row per category, one bar per series. */
export function barChartSvg(
  titleText: string,
  categories: Category[],
  series: BarSeries[],
): { svg: string; width: number; height: number } {
  const width = 760;
  const labelWidth = 250;
  const barHeight = 11;
  const rowHeight = Math.max(barHeight * series.length + 10, 38);
  const font = 14;
  // The legend wraps onto more lines rather than overlap, whatever the language.
  const legend: { x: number; y: number; s: BarSeries }[] = [];
  let lx = 0;
  let ly = 34;
  for (const s of series) {
    const w = 18 + textWidthPx(s.name, 14) + 24;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += 20;
    }
    legend.push({ x: lx, y: ly, s });
    lx += w;
  }
  const top = ly + 22;
  const height = top + categories.length * rowHeight + 12;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plot = width - labelWidth - 50;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="0" y="22" font-family="${FONT_FAMILY}" font-size="19" font-weight="bold" fill="#1F3864">${escapeXml(titleText)}</text>`,
  ];
  for (const { x, y, s } of legend) {
    parts.push(
      `<rect x="${x}" y="${y}" width="12" height="12" fill="${s.color}"/>`,
      `<text x="${x + 18}" y="${y + 11}" font-family="${FONT_FAMILY}" font-size="14" fill="#333">${escapeXml(s.name)}</text>`,
    );
  }
  categories.forEach((category, row) => {
    const y = top + row * rowHeight;
    const lines = fitLabel(category.label, category.short, labelWidth - 10, font);
    const first = y + rowHeight / 2 + 5 - ((lines.length - 1) * (font + 2)) / 2;
    lines.forEach((line, i) =>
      parts.push(
        `<text x="${labelWidth - 8}" y="${first + i * (font + 2)}" text-anchor="end" font-family="${FONT_FAMILY}" font-size="${font}" fill="#222">${escapeXml(line)}</text>`,
      ),
    );
    const bars = series.length * barHeight;
    series.forEach((s, i) => {
      const value = s.values[row] ?? 0;
      const w = Math.round((value / max) * plot);
      const by = y + (rowHeight - bars) / 2 + i * barHeight;
      parts.push(
        `<rect x="${labelWidth}" y="${by}" width="${Math.max(w, value > 0 ? 2 : 0)}" height="${barHeight - 2}" fill="${s.color}"/>`,
      );
      parts.push(
        `<text x="${labelWidth + w + 4}" y="${by + barHeight - 2}" font-family="${FONT_FAMILY}" font-size="11" fill="#333">${value}</text>`,
      );
    });
  });
  parts.push(
    `<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${height - 8}" stroke="#999" stroke-width="1"/>`,
  );
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}

/** Text runs already laid out as paths, by their attributes and text (see textAsPaths). */
const RUN_PATHS = new Map<string, string>();
/** Past this many runs the cache starts again (a report has a few hundred). */
const RUN_LIMIT = 5000;
/** A text element as barChartSvg writes it: position, attributes, escaped text. */
const TEXT_ELEMENT = /<text x="([^"]*)" y="([^"]*)"([^>]*)>([^<]*)<\/text>/g;
const RUN_GROUP = /<g id="run(\d+)">\s*((?:<path [^>]*\/>\s*)*)<\/g>/g;

/**
 * The chart with its text drawn as paths, each run placed where its text was. resvg lays text
 * out glyph by glyph re-reading the whole font file for each glyph (about 0.2 ms a glyph for
 * DejaVu Sans), which made text most of the time of a chart. Each distinct run (text, size,
 * weight, colour, anchor) is laid out once, by resvg itself at the origin, so the picture is
 * the same; charts drawn again (every export of a plan redraws its labels, legends, values)
 * skip it. A run resvg's output cannot be read back for stays text.
 */
function textAsPaths(svg: string): string {
  const runs = [...svg.matchAll(TEXT_ELEMENT)].map((m) => `${m[3]}>${m[4]}`);
  const missing = [...new Set(runs)].filter((run) => !RUN_PATHS.has(run));
  if (missing.length > 0) {
    const layout = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">${missing
        .map((run, i) => `<text id="run${i}" x="0" y="0"${run}</text>`)
        .join('')}</svg>`,
      { font: chartFonts() },
    ).toString();
    const paths = new Map<number, string>();
    for (const m of layout.matchAll(RUN_GROUP)) paths.set(Number(m[1]), m[2]!.trim());
    if (RUN_PATHS.size + missing.length > RUN_LIMIT) RUN_PATHS.clear();
    missing.forEach((run, i) => {
      const drawn = paths.get(i);
      // A run without a group drew nothing (blank text); a group not read back stays text.
      if (drawn !== undefined) RUN_PATHS.set(run, drawn);
      else if (!layout.includes(`<g id="run${i}"`)) RUN_PATHS.set(run, '');
    });
  }
  return svg.replace(
    TEXT_ELEMENT,
    (element, x: string, y: string, attributes: string, text: string) => {
      const paths = RUN_PATHS.get(`${attributes}>${text}`);
      return paths === undefined ? element : `<g transform="translate(${x} ${y})">${paths}</g>`;
    },
  );
}

export function svgToPng(svg: string, width: number): Buffer {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: chartFonts(),
  }).render();
  return opaquePng(png.width, png.height, png.pixels) ?? png.asPng();
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The PNG of an opaque picture's RGBA pixels (null if any pixel is not opaque: resvg's pixels
 * are premultiplied, which only opaque ones are not), rows unfiltered and deflated fast.
 * resvg's encoder (a filter chosen per row, default compression) took longer than drawing the
 * chart; a chart is flat colours, which deflate packs well as they are. Same pixels.
 */
function opaquePng(width: number, height: number, rgba: Buffer): Buffer | null {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return null;
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++)
    rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA; compression, filter method and interlace 0
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(rows, { level: 1 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The chart as a centred image paragraph, `widthPx` wide in the document. */
export function chartParagraph(
  chart: { svg: string; width: number; height: number },
  /** What the chart shows, in the document's language (read by screen readers). */
  description: string,
  widthPx = 620,
): Paragraph {
  const data = svgToPng(textAsPaths(chart.svg), chart.width);
  return new Paragraph({
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 200 },
    children: [
      new ImageRun({
        type: 'png',
        data,
        transformation: {
          width: widthPx,
          height: Math.round((chart.height / chart.width) * widthPx),
        },
        altText: { name: 'chart', title: description.split('. ')[0] ?? '', description },
      }),
    ],
  });
}
