/**
 * What the host running the core can do beyond the core itself: the desktop app can show a
 * native folder picker; the browser host cannot (the user types the path instead).
 */
import { z } from 'zod';
import { shortText } from './common';
import { channel } from './define';

export const hostContract = {
  'host:capabilities': channel(z.object({}).strict(), z.object({ pickFolder: z.boolean() }), {
    mutates: false,
  }),
  /** Opens the native folder picker; `path` is null when the user cancels. */
  'host:pickFolder': channel(
    z.object({ title: shortText(200).optional() }).strict(),
    z.object({ path: z.string().nullable() }),
    { mutates: false },
  ),
};
