/**
 * Tells a wrong passphrase from a damaged file. SQLCipher checks the key by decrypting page 1,
 * so a file whose first page is damaged answers "file is not a database" to the right
 * passphrase too, and the user would retry the passphrase instead of restoring a backup.
 * Here the passphrase is checked against the HMAC of the other pages, as SQLCipher v4 computes
 * it (PBKDF2-HMAC-SHA512 key from the salt in the first 16 bytes; HMAC-SHA512 over each page's
 * ciphertext and IV and its page number), reading the file only, writing nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { passphraseBytes } from './cipher';

/** SQLCipher v4 defaults, which workspaces are created with (cipher='sqlcipher', legacy=4). */
const PAGE_SIZE = 4096;
const SALT_BYTES = 16;
const HMAC_BYTES = 64;
const KDF_ITERATIONS = 256_000;
const HMAC_KDF_ITERATIONS = 2;
const HMAC_SALT_MASK = 0x3a;
/** How many pages after the first are tried (one sound page is enough to know the key). */
const PAGES_TRIED = 16;

export type KeyVerdict =
  /** The passphrase authenticates other pages of the file: the file is damaged. */
  | 'key-matches'
  /** No page authenticates with this passphrase (or the file has no page to try). */
  | 'key-wrong';

function pageAuthenticates(page: Buffer, pageNo: number, hmacKey: Buffer): boolean {
  const start = pageNo === 1 ? SALT_BYTES : 0;
  const end = PAGE_SIZE - HMAC_BYTES;
  const number = Buffer.alloc(4);
  number.writeUInt32LE(pageNo);
  const mac = crypto
    .createHmac('sha512', hmacKey)
    .update(page.subarray(start, end)) // the ciphertext and the 16-byte IV after it
    .update(number)
    .digest();
  return crypto.timingSafeEqual(mac, page.subarray(end, PAGE_SIZE));
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

export function checkKeyAgainstPages(filePath: string, passphrase: string): KeyVerdict {
  // A truncated file still has whole pages before the cut; those are tried.
  const pages = Math.floor(fs.statSync(filePath).size / PAGE_SIZE);
  if (pages < 2) return 'key-wrong';
  const fd = fs.openSync(filePath, 'r');
  try {
    const salt = readAt(fd, 0, SALT_BYTES);
    const key = crypto.pbkdf2Sync(passphraseBytes(passphrase), salt, KDF_ITERATIONS, 32, 'sha512');
    const hmacSalt = Buffer.from(salt.map((b) => b ^ HMAC_SALT_MASK));
    const hmacKey = crypto.pbkdf2Sync(key, hmacSalt, HMAC_KDF_ITERATIONS, 32, 'sha512');
    for (let pageNo = 2; pageNo <= Math.min(pages, PAGES_TRIED + 1); pageNo++) {
      const page = readAt(fd, (pageNo - 1) * PAGE_SIZE, PAGE_SIZE);
      if (page.length === PAGE_SIZE && pageAuthenticates(page, pageNo, hmacKey)) {
        return 'key-matches';
      }
    }
    return 'key-wrong';
  } finally {
    fs.closeSync(fd);
  }
}
