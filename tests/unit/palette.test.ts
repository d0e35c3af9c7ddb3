/**
 * The command palette's pure parts: command matching, the last meeting with minutes, deep links
 * (snippet markers: tests/unit/search-snippet.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  filterCommands,
  focusRedirect,
  lastMeetingWithMinutes,
} from '../../renderer/src/features/palette/paletteModel';

const commands = [
  { id: 'new-meeting', label: 'Nueva reunión', keywords: ['meeting', 'create'] },
  { id: 'new-action', label: 'Nueva acción', keywords: ['action', 'create'] },
  { id: 'lock', label: 'Bloquear el espacio de trabajo', keywords: ['lock'] },
  { id: 'go:/actions', label: 'Ir a Acciones', keywords: ['actions'] },
];
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('filterCommands', () => {
  it('keeps every command, in order, when nothing (or only spaces) is typed', () => {
    expect(ids(filterCommands(commands, ''))).toEqual(ids(commands));
    expect(ids(filterCommands(commands, '   '))).toEqual(ids(commands));
  });

  it('matches the label without case or accents, and every typed word in any order', () => {
    expect(ids(filterCommands(commands, 'REUNION'))).toEqual(['new-meeting']);
    expect(ids(filterCommands(commands, 'acción'))).toEqual(['new-action', 'go:/actions']);
    expect(ids(filterCommands(commands, 'trabajo bloq'))).toEqual(['lock']);
    expect(ids(filterCommands(commands, 'nueva lock'))).toEqual([]);
  });

  it('matches keywords too', () => {
    expect(ids(filterCommands(commands, 'create'))).toEqual(['new-meeting', 'new-action']);
    expect(ids(filterCommands(commands, 'lock'))).toEqual(['lock']);
  });
});

describe('lastMeetingWithMinutes', () => {
  it('picks the latest meeting whose minutes are drafted or approved', () => {
    const meetings = [
      { id: 'a', status: 'minutes_approved', date: '2026-03-01', startTime: '10:00' },
      { id: 'b', status: 'held', date: '2026-06-01', startTime: '10:00' },
      { id: 'c', status: 'minutes_drafted', date: '2026-05-01', startTime: '09:00' },
      { id: 'd', status: 'minutes_drafted', date: '2026-05-01', startTime: '14:00' },
      { id: 'e', status: 'draft', date: '2026-07-01', startTime: '10:00' },
    ] as const;
    expect(lastMeetingWithMinutes(meetings)?.id).toBe('d');
  });

  it('is null when no meeting has minutes', () => {
    expect(
      lastMeetingWithMinutes([{ status: 'held', date: '2026-01-01', startTime: '10:00' }]),
    ).toBeNull();
  });
});

describe('focusRedirect', () => {
  it("opens an action's drawer instead of a focus link on the actions page", () => {
    expect(focusRedirect('/actions', '?focus=abc&view=board')).toBe(
      '/actions?view=board&action=abc',
    );
  });

  it('leaves other pages and links without focus alone', () => {
    expect(focusRedirect('/meetings/m1/decisions', '?focus=d1')).toBeNull();
    expect(focusRedirect('/actions', '?view=board')).toBeNull();
  });
});
