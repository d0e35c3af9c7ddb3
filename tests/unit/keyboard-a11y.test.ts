/** Keyboard accessibility helpers of the renderer: screens, heading focus requests, toolbar keys. */
import { describe, expect, it } from 'vitest';
import {
  focusIsBusy,
  requestHeadingFocus,
  screenOf,
  takeHeadingFocus,
} from '../../renderer/src/components/headingFocus';
import { toolbarKeyTarget } from '../../renderer/src/features/meetings/toolbarKeys';

describe('screenOf', () => {
  it('treats the tabs of a record as one screen', () => {
    expect(screenOf('/meetings/abc')).toBe('meetings/abc');
    expect(screenOf('/meetings/abc/minutes')).toBe('meetings/abc');
    expect(screenOf('/nap/p1/outline')).toBe('nap/p1');
    expect(screenOf('/agencies/matrix')).toBe('agencies');
  });
  it('tells different screens apart', () => {
    expect(screenOf('/meetings')).not.toBe(screenOf('/meetings/abc'));
    expect(screenOf('/nap/p1/activities/a1')).toBe('nap/p1/activities/a1');
    expect(screenOf('/agencies/a1')).toBe('agencies/a1');
    expect(screenOf('/dashboard')).toBe('dashboard');
  });
});

describe('heading focus requests', () => {
  it('are answered once each', () => {
    requestHeadingFocus();
    expect(takeHeadingFocus()).toBe(true);
    expect(takeHeadingFocus()).toBe(false);
    requestHeadingFocus();
    requestHeadingFocus();
    expect(takeHeadingFocus()).toBe(true);
    expect(takeHeadingFocus()).toBe(false);
  });
});

describe('toolbarKeyTarget', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(toolbarKeyTarget('ArrowRight', 0, 6)).toBe(1);
    expect(toolbarKeyTarget('ArrowRight', 5, 6)).toBe(0);
    expect(toolbarKeyTarget('ArrowLeft', 0, 6)).toBe(5);
    expect(toolbarKeyTarget('ArrowLeft', 3, 6)).toBe(2);
  });
  it('jumps with Home and End and ignores other keys', () => {
    expect(toolbarKeyTarget('Home', 4, 5)).toBe(0);
    expect(toolbarKeyTarget('End', 1, 5)).toBe(4);
    expect(toolbarKeyTarget('Tab', 1, 5)).toBeNull();
    expect(toolbarKeyTarget('ArrowDown', 1, 5)).toBeNull();
  });
});

describe('focusIsBusy', () => {
  const body = {} as Element;
  const element = (inside: string | null) =>
    ({
      ownerDocument: { body },
      closest: (selector: string) => (inside && selector.includes(inside) ? ({} as Element) : null),
    }) as unknown as Element;

  it('lets the heading take the focus from nothing, the body or a link', () => {
    expect(focusIsBusy(null)).toBe(false);
    const theBody = { closest: () => ({}) } as unknown as Element & { ownerDocument: unknown };
    Object.assign(theBody, { ownerDocument: { body: theBody } });
    expect(focusIsBusy(theBody)).toBe(false);
    expect(focusIsBusy(element(null))).toBe(false);
  });

  it('keeps the focus in an open dialog (the palette) or a field', () => {
    expect(focusIsBusy(element('[role="dialog"]'))).toBe(true);
    expect(focusIsBusy(element('input'))).toBe(true);
    expect(focusIsBusy(element('[contenteditable="true"]'))).toBe(true);
  });
});
