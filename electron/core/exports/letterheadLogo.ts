/**
 * The letterhead logo: one PNG or JPEG (≤ 512 KB, ≤ 4000 px a side), kept inside the
 * encrypted workspace and printed at the top of every document.
 */
import { imageSize } from 'image-size';
import { LOGO_MAX_BYTES } from '../../../shared/contract/exports';
import { DomainError } from '../../../shared/errors';
import { LetterheadLogoEntity } from '../db/entities/letterhead';
import type { WritableDB, ReadableDB } from '../db/sql';

/** The id of the one logo row (CHECK id = 'workspace'). */
const LOGO_ID = 'workspace';

export interface Logo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
  data: Uint8Array;
}

export async function readLogo(db: ReadableDB): Promise<Logo | null> {
  const row = await db.getRepository(LetterheadLogoEntity).findOne({
    select: { image: true, type: true, width: true, height: true },
    where: { id: LOGO_ID },
  });
  return row
    ? { type: row.type, width: row.width, height: row.height, data: new Uint8Array(row.image) }
    : null;
}

function refuse(message: string): never {
  throw new DomainError('VALIDATION', message, { field: 'image' });
}

/** Checks the bytes really are a PNG or JPEG of a sensible size, and reads its dimensions. */
export function inspectLogo(bytes: Buffer): Omit<Logo, 'data'> {
  if (bytes.length === 0) refuse('The logo file is empty.');
  if (bytes.length > LOGO_MAX_BYTES) refuse('The logo must be 512 KB at most.');
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    refuse('The logo must be a PNG or JPEG image.');
  }
  const type =
    size.type === 'png'
      ? 'png'
      : size.type === 'jpg'
        ? 'jpg'
        : refuse('The logo must be a PNG or JPEG image.');
  if (!size.width || !size.height || size.width > 4000 || size.height > 4000) {
    refuse('The logo must be at most 4000 pixels wide and high.');
  }
  return { type, width: size.width, height: size.height };
}

export async function writeLogo(
  db: WritableDB,
  base64: string | null,
  now: string,
): Promise<Logo | null> {
  if (base64 === null) {
    await db.getRepository(LetterheadLogoEntity).delete({ id: LOGO_ID });
    return null;
  }
  const bytes = Buffer.from(base64, 'base64');
  const info = inspectLogo(bytes);
  // An upsert (ON CONFLICT … DO UPDATE): kept as SQL, like the other upserts of the core.
  await db.query(
    `INSERT INTO letterhead_logo (id, image, type, width, height, updated_at) VALUES ('workspace', ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET image = excluded.image, type = excluded.type, width = excluded.width,
       height = excluded.height, updated_at = excluded.updated_at`,
    [bytes, info.type, info.width, info.height, now],
  );
  return { ...info, data: new Uint8Array(bytes) };
}

export function logoDto(logo: Logo | null) {
  return logo
    ? {
        type: logo.type,
        width: logo.width,
        height: logo.height,
        data: Buffer.from(logo.data).toString('base64'),
      }
    : null;
}
