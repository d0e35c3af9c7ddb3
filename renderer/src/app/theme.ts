/**
 * Coordina's Mantine theme: calm institutional colours, readable type, generous radius — and
 * colours that meet WCAG 2.2 AA contrast in both schemes (1.4.3 text ≥ 4.5:1, 1.4.11
 * non-text ≥ 3:1). Mantine's stock palette does not: its dimmed grey, its filled colours
 * under white text (orange, teal, red…) and its light badges fall short. Rather than patching
 * components one by one, `cssVariablesResolver` derives every colour's variables from the
 * palette with a contrast check, so a Badge, Button or Text in any colour is readable.
 */
import {
  createTheme,
  darken,
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  lighten,
  localStorageColorSchemeManager,
  luminance,
  type CSSVariablesResolver,
} from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // Every chart is aria-hidden beside its text equivalent (a list or a table). Recharts 3
    // makes the chart surface focusable for its keyboard layer, so keyboard users would land
    // on something screen readers are told to skip (axe: aria-hidden-focus): switch it off.
    BarChart: { defaultProps: { accessibilityLayer: false } },
    LineChart: { defaultProps: { accessibilityLayer: false } },
    // A table wider than its column scrolls sideways: keyboard users must be able to focus
    // the scrolling area to scroll it with the arrow keys (axe: scrollable-region-focusable).
    TableScrollContainer: {
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    },
  },
});

/** WCAG contrast ratio of two colours (hex or rgb). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Text must reach 4.5:1; aim a little above so rounding and anti-aliasing never dip below. */
const TEXT_CONTRAST = 4.6;

/** The first of `candidates` readable on every background; else the last one darkened or lightened until it is. */
function readable(candidates: string[], backgrounds: string[], direction: 'darker' | 'lighter') {
  const ok = (c: string) => backgrounds.every((bg) => contrastRatio(c, bg) >= TEXT_CONTRAST);
  const found = candidates.find(ok);
  if (found) return found;
  let color = candidates[candidates.length - 1]!;
  for (let step = 0.05; step <= 1 && !ok(color); step += 0.05) {
    const base = candidates[candidates.length - 1]!;
    color = direction === 'darker' ? darken(base, step) : lighten(base, step);
  }
  return color;
}

const WHITE = '#ffffff';
const { gray, dark } = DEFAULT_THEME.colors;
/** Light scheme: cards are white, some surfaces gray-0/gray-1. */
const LIGHT_SURFACES = [WHITE, gray[0], gray[1]];
/** Dark scheme: the body is dark-7, cards and inputs dark-6, hovered rows dark-5. */
const DARK_SURFACES = [dark[7], dark[6], dark[5]];

/** Dimmed (secondary) text: still lighter than body text, but readable (stock: 3.3:1 light, 4:1 dark). */
const DIMMED_LIGHT = '#5f666d';
const DIMMED_DARK = '#a6a6a6';
/** Placeholders sit between the dimmed text and the background, still at 4.5:1. */
const PLACEHOLDER_LIGHT = '#666d75';
const PLACEHOLDER_DARK = '#9a9a9a';

export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const base = defaultCssVariablesResolver(t);
  // Links in the primary colour: readable on hovered and striped rows too.
  const anchor = `var(--mantine-color-${t.primaryColor}-text)`;
  const light: Record<string, string> = {
    '--mantine-color-anchor': anchor,
    '--mantine-color-dimmed': DIMMED_LIGHT,
    '--mantine-color-placeholder': PLACEHOLDER_LIGHT,
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    '--mantine-color-success': 'var(--mantine-color-teal-text)',
  };
  const darkScheme: Record<string, string> = {
    '--mantine-color-anchor': anchor,
    '--mantine-color-dimmed': DIMMED_DARK,
    '--mantine-color-placeholder': PLACEHOLDER_DARK,
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    '--mantine-color-success': 'var(--mantine-color-teal-text)',
  };
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray' || shades.length < 10) continue;
    // Filled surfaces carry white text (buttons, badges, the active nav item): from the
    // primary shade down to the darkest, the first with white text at 4.5:1. The same
    // colour is the text colour on light surfaces (`c="red"`, outline buttons).
    const filled = readable(shades.slice(7), [WHITE, ...LIGHT_SURFACES], 'darker');
    const filledHover = darken(filled, 0.12);
    // Light variant (tinted badges and buttons): dark text on shade 1, or shade 2 when hovered.
    const lightColor = readable([shades[9]!], [shades[1]!, shades[2]!], 'darker');
    Object.assign(light, {
      [`--mantine-color-${name}-filled`]: filled,
      [`--mantine-color-${name}-filled-hover`]: filledHover,
      [`--mantine-color-${name}-text`]: filled,
      [`--mantine-color-${name}-outline`]: filled,
      [`--mantine-color-${name}-light-color`]: lightColor,
    });
    // Dark scheme: same filled colours (white text); text in a light shade readable on the
    // dark surfaces.
    Object.assign(darkScheme, {
      [`--mantine-color-${name}-filled`]: filled,
      [`--mantine-color-${name}-filled-hover`]: filledHover,
      [`--mantine-color-${name}-text`]: readable(
        [shades[4]!, shades[3]!, shades[2]!],
        DARK_SURFACES,
        'lighter',
      ),
    });
  }
  return {
    variables: base.variables,
    light: { ...base.light, ...light },
    dark: { ...base.dark, ...darkScheme },
  };
};

/** Light/dark choice survives restarts; 'auto' follows the operating system until changed. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'coordina.colorScheme' });
