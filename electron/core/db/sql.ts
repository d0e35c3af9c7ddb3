/** Small helpers for parameterised SQL through TypeORM's EntityManager (inside transactions). */
import crypto from 'node:crypto';
import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

declare const readable: unique symbol;
declare const writable: unique symbol;

/**
 * The handle `workspace.read` gives: a connection on which SQLite refuses every write
 * (`PRAGMA query_only`), typed so that no function that writes accepts it.
 * (Signal Desktop's ReadableDB/WritableDB idea.)
 */
export type ReadableDB = EntityManager & { readonly [readable]: true };

/** The handle `workspace.write` gives: inside the change's transaction, beside its audit entry. */
export type WritableDB = ReadableDB & { readonly [writable]: true };

/** Marks a manager as readable; only the workspace service (and tests) hand these out. */
export function asReadable(manager: EntityManager): ReadableDB {
  return manager as ReadableDB;
}

/** Marks a manager inside a transaction as writable; only the workspace service and migrations-time code hand these out. */
export function asWritable(manager: EntityManager): WritableDB {
  return manager as WritableDB;
}

export function rows<T>(db: ReadableDB, sql: string, params: unknown[] = []): Promise<T[]> {
  return db.query(sql, params) as Promise<T[]>;
}

export async function one<T>(
  db: ReadableDB,
  sql: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  return (await rows<T>(db, sql, params))[0];
}

/**
 * Inserts rows through the entity's metadata, as one INSERT. Unlike Repository.insert it does
 * not read the row back afterwards (TypeORM reloads every column that has a default): callers
 * know what they wrote. Keep a batch under SQLite's 32 766 bound parameters.
 */
export async function insertRows<T extends ObjectLiteral>(
  db: WritableDB,
  entity: EntitySchema<T>,
  values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): Promise<void> {
  await db.createQueryBuilder().insert().into(entity).values(values).updateEntity(false).execute();
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
