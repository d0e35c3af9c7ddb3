/**
 * The theme's colours meet WCAG 2.2 AA contrast (1.4.3) in both schemes: dimmed text, every
 * colour's text, filled (white text) and light-variant (tinted) colours.
 */
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariablesResolver, theme } from '../../renderer/src/app/theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const resolved = cssVariablesResolver(full);
const vars = {
  variables: resolved.variables as Record<string, string>,
  light: resolved.light as Record<string, string>,
  dark: resolved.dark as Record<string, string>,
};
const { gray, dark } = full.colors;

/** Follows var(--x) references down to a colour. */
function resolve(value: string, scheme: Record<string, string>): string {
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (!ref) return value;
  const next = scheme[ref[1]!] ?? vars.variables[ref[1]!];
  if (next === undefined) throw new Error(`unknown variable ${ref[1]}`);
  return resolve(next, scheme);
}

const COLORS = Object.keys(full.colors).filter((c) => c !== 'dark' && c !== 'gray');

describe('theme contrast', () => {
  it('dimmed and placeholder text reach 4.5:1 on light and dark surfaces', () => {
    for (const bg of ['#ffffff', gray[0], gray[1]]) {
      expect(
        contrastRatio(resolve(vars.light['--mantine-color-dimmed']!, vars.light), bg),
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrastRatio(resolve(vars.light['--mantine-color-placeholder']!, vars.light), bg),
      ).toBeGreaterThanOrEqual(4.5);
    }
    for (const bg of [dark[7], dark[6]]) {
      expect(
        contrastRatio(resolve(vars.dark['--mantine-color-dimmed']!, vars.dark), bg),
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrastRatio(resolve(vars.dark['--mantine-color-placeholder']!, vars.dark), bg),
      ).toBeGreaterThanOrEqual(4.5);
    }
    // Mantine's stock dimmed grey would fail: the check can fail.
    expect(contrastRatio(gray[6], '#ffffff')).toBeLessThan(4.5);
  });

  it('links stay readable on hovered table rows in both schemes', () => {
    const anchor = (scheme: 'light' | 'dark') =>
      resolve(vars[scheme]['--mantine-color-anchor']!, vars[scheme]);
    for (const bg of ['#ffffff', gray[1]]) {
      expect(contrastRatio(anchor('light'), bg)).toBeGreaterThanOrEqual(4.5);
    }
    for (const bg of [dark[7], dark[5]]) {
      expect(contrastRatio(anchor('dark'), bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(COLORS)('%s: filled, text and light variants are readable in both schemes', (color) => {
    const v = (scheme: 'light' | 'dark', name: string) =>
      resolve(vars[scheme][`--mantine-color-${color}-${name}`]!, vars[scheme]);
    for (const scheme of ['light', 'dark'] as const) {
      expect(contrastRatio(v(scheme, 'filled'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(v(scheme, 'filled-hover'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(v('light', 'text'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(v('light', 'text'), gray[1])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(v('light', 'light-color'), v('light', 'light'))).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(contrastRatio(v('dark', 'text'), dark[7])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(v('dark', 'text'), dark[6])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(v('dark', 'light-color'), v('dark', 'light'))).toBeGreaterThanOrEqual(4.5);
    // Non-text (1.4.11): a filled control stands out from the page at 3:1 or more.
    expect(contrastRatio(v('light', 'filled'), '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
