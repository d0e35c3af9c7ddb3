/** Small helpers for parameterised SQL through TypeORM's EntityManager (inside transactions). */
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';

export type Db = EntityManager;

export function rows<T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  return db.query(sql, params) as Promise<T[]>;
}

export async function one<T>(db: Db, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, sql, params))[0];
}

export function newId(): string {
  return crypto.randomUUID();
}

/** `?, ?, ?` for an IN list. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Escape a user string for LIKE … ESCAPE '\'. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accent-, case- and space-insensitive key used for search and duplicate detection. */
export { textKey } from '../../../shared/domain/textKey';
