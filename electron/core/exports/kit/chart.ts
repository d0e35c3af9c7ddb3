/**
 * Charts for documents: drawn as SVG from the data, then rasterised to PNG with resvg so the
 * .docx carries a real image that Word and LibreOffice both display.
 */
import fs from 'node:fs';
import path from 'node:path';
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

/** A horizontal grouped bar chart: one row per category, one bar per series. */
export function barChartSvg(
  titleText: string,
  categories: string[],
  series: BarSeries[],
): { svg: string; width: number; height: number } {
  const width = 760;
  const labelWidth = 240;
  const barHeight = 16;
  const rowHeight = barHeight * series.length + 12;
  const top = 56;
  const height = top + categories.length * rowHeight + 24;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plot = width - labelWidth - 60;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="0" y="22" font-family="${FONT_FAMILY}" font-size="20" font-weight="bold" fill="#1F3864">${escapeXml(titleText)}</text>`,
  ];
  series.forEach((s, i) => {
    const x = labelWidth + i * 160;
    parts.push(
      `<rect x="${x}" y="34" width="12" height="12" fill="${s.color}"/>`,
      `<text x="${x + 18}" y="45" font-family="${FONT_FAMILY}" font-size="15" fill="#333">${escapeXml(s.name)}</text>`,
    );
  });
  categories.forEach((category, row) => {
    const y = top + row * rowHeight;
    const label = category.length > 30 ? `${category.slice(0, 29)}…` : category;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end" font-family="${FONT_FAMILY}" font-size="15" fill="#222">${escapeXml(label)}</text>`,
    );
    series.forEach((s, i) => {
      const value = s.values[row] ?? 0;
      const w = Math.round((value / max) * plot);
      const by = y + 6 + i * barHeight;
      parts.push(
        `<rect x="${labelWidth}" y="${by}" width="${Math.max(w, value > 0 ? 2 : 0)}" height="${barHeight - 2}" fill="${s.color}"/>`,
      );
      parts.push(
        `<text x="${labelWidth + w + 4}" y="${by + barHeight - 3}" font-family="${FONT_FAMILY}" font-size="13" fill="#333">${value}</text>`,
      );
    });
  });
  parts.push(
    `<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${height - 20}" stroke="#999" stroke-width="1"/>`,
  );
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}

export function svgToPng(svg: string, width: number): Buffer {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: chartFonts(),
  }).render();
  return png.asPng();
}

/** The chart as a centred image paragraph, `widthPx` wide in the document. */
export function chartParagraph(
  chart: { svg: string; width: number; height: number },
  widthPx = 620,
): Paragraph {
  const data = svgToPng(chart.svg, chart.width);
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
        altText: { name: 'chart', title: 'chart', description: 'Bar chart rendered from the data' },
      }),
    ],
  });
}
