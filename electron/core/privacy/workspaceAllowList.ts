/**
 * The allow-list read from the open workspace: agency names and acronyms, body names and
 * codes, the e-mail domains of focal points (webmail excluded) and the names of registered
 * focal points (allowed in minutes only). Cached per connection (not per transaction) until the register changes.
 */
import { AgencyEntity, FocalPointEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import { rows, type ReadableDB } from '../db/sql';
import { addDomain, addName, addPhrase, emptyAllowList, type AllowList } from './allowList';

/** Personal mailboxes live there: never an agency's domain. */
const WEBMAIL =
  /^(gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|aol|icloud|me|proton|protonmail|gmx|mail|yandex|orange|wanadoo|free|laposte|sfr|telefonica|movistar)\./;

let cache: { connection: unknown; stamp: string; list: AllowList } | null = null;

/** What {@link registerStamp} reads: the row counts and latest edits of the register. */
export interface RegisterStampRow {
  stamp: string;
}

/**
 * Hot query (privacy:scan): one aggregate over agencies, focal points and bodies that changes
 * whenever the register does, so the cached list is rebuilt (read by every guarded save too).
 */
async function registerStamp(db: ReadableDB): Promise<string> {
  const [row] = await rows<RegisterStampRow>(
    db,
    `SELECT (SELECT count(*) || '|' || ifnull(max(updated_at), '') FROM agencies) || '|' ||
            (SELECT count(*) || '|' || ifnull(max(updated_at), '') FROM focal_points) || '|' ||
            (SELECT count(*) || '|' || ifnull(max(updated_at), '') FROM bodies) AS stamp`,
  );
  return row?.stamp ?? '';
}

export async function workspaceAllowList(db: ReadableDB): Promise<AllowList> {
  const stamp = await registerStamp(db);
  if (cache && cache.connection === db.connection && cache.stamp === stamp) return cache.list;
  const list = emptyAllowList();
  for (const a of await db
    .getRepository(AgencyEntity)
    .find({ select: { id: true, name: true, acronym: true } })) {
    addPhrase(list, a.name);
    if (a.acronym) addPhrase(list, a.acronym);
  }
  for (const b of await db
    .getRepository(BodyEntity)
    .find({ select: { id: true, name: true, code: true } })) {
    addPhrase(list, b.name);
    if (b.code) addPhrase(list, b.code);
  }
  for (const f of await db
    .getRepository(FocalPointEntity)
    .find({ select: { id: true, name: true, email: true } })) {
    addName(list, f.name);
    const domain = f.email.split('@')[1]?.toLowerCase() ?? '';
    if (domain && !WEBMAIL.test(domain)) addDomain(list, domain);
  }
  cache = { connection: db.connection, stamp, list };
  return list;
}
