/**
 * The baseline of the ORM-overhead benchmarks: the SQL a core call runs (captured once through
 * TypeORM's logger), replayed as prepared statements on the raw better-sqlite3 connection —
 * the same queries with none of the router, zod, TypeORM and DTO mapping around them.
 */
import type { DataSource } from 'typeorm';
import { rawConnection } from '../../electron/core/db/dataSource';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export async function captureQueries(
  dataSource: DataSource,
  call: () => Promise<unknown>,
): Promise<CapturedQuery[]> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const captured: CapturedQuery[] = [];
  logger.logQuery = (sql: string, params?: unknown[]) => {
    captured.push({ sql, params: params ?? [] });
  };
  try {
    await call();
  } finally {
    logger.logQuery = original;
  }
  return captured;
}

/** Prepares the captured queries once; the returned function runs them all. */
export function replayer(dataSource: DataSource, queries: CapturedQuery[]): () => void {
  const db = rawConnection(dataSource);
  const prepared = queries
    .filter((q) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(q.sql))
    .map((q) => ({ statement: db.prepare(q.sql), params: q.params }));
  return () => {
    for (const { statement, params } of prepared) {
      if (statement.reader) statement.all(...params);
      else statement.run(...params);
    }
  };
}
