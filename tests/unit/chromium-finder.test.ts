/** The e2e Chromium finder honours COORDINA_CHROMIUM and fails with one actionable line. */
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/chromium';

const saved = process.env.COORDINA_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.COORDINA_CHROMIUM;
  else process.env.COORDINA_CHROMIUM = saved;
});

describe('findChromium', () => {
  it('uses the path given in COORDINA_CHROMIUM', () => {
    process.env.COORDINA_CHROMIUM = process.execPath; // any existing executable
    expect(findChromium()).toBe(process.execPath);
  });

  it('fails with one line when COORDINA_CHROMIUM points nowhere', () => {
    process.env.COORDINA_CHROMIUM = '/nonexistent/chrome';
    expect(() => findChromium()).toThrow(
      /^COORDINA_CHROMIUM points to \/nonexistent\/chrome, which does not exist\.$/,
    );
  });
});
