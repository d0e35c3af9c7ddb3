/**
 * The entries of a .zip held in memory (an uploaded .xlsx). The central directory says where
 * each entry is, so entries can be read in any order — what a workbook's sheets refer to
 * (shared strings, styles) first — each as a stream inflated on the fly and capped in what it
 * may expand to (a zip bomb is refused, not unpacked). Nothing is written to disk.
 */
import { Readable, Transform, pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { DomainError } from '../../../../shared/errors';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function unreadable(): DomainError {
  return new DomainError('VALIDATION', 'This is not a readable .xlsx workbook.', {
    field: 'contentBase64',
  });
}

function endOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff); // the comment is at most 64 KiB
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  throw unreadable();
}

/** Entries by name; VALIDATION for anything that is not a well-formed zip. */
export function zipEntries(bytes: Buffer): Map<string, ZipEntry> {
  if (bytes.length < 22) throw unreadable();
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw unreadable();
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const local = bytes.readUInt32LE(offset + 42);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) {
      throw unreadable();
    }
    const entry: ZipEntry = {
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      dataStart: local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28),
    };
    if (entry.dataStart + entry.compressedSize > bytes.length) throw unreadable();
    entries.set(entry.name, entry);
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/** Fails the stream once more than `maxBytes` came through. */
function capped(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) {
        done(
          new DomainError('VALIDATION', 'The workbook is too large to import.', {
            field: 'contentBase64',
          }),
        );
      } else done(null, chunk);
    },
  });
}

/** The entry's content, inflated as it is read; it fails beyond `maxBytes`. */
export function entryStream(bytes: Buffer, entry: ZipEntry, maxBytes: number): Readable {
  if (entry.method !== STORED && entry.method !== DEFLATED) throw unreadable();
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const source = Readable.from([data]);
  const cap = capped(maxBytes);
  const done = () => undefined; // errors reach the reader through the last stream
  return entry.method === STORED
    ? pipeline(source, cap, done)
    : pipeline(source, zlib.createInflateRaw(), cap, done);
}
