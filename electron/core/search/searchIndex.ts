/**
 * The full-text index, inside the encrypted file. `search_docs` holds one row per searchable
 * record (its type, id, title, text and what the filters and routes need); `search_fts` is an
 * FTS5 table over its title and text (external content: the text is stored once). SQL triggers
 * on every source table keep `search_docs` in step with the data in the same transaction as
 * every write, whoever writes it, and triggers on `search_docs` keep `search_fts` in step.
 *
 * The definition below is versioned: when it changes (a type added, a column indexed), the
 * version goes up and the next open drops the index and rebuilds it from the tables
 * (`ensureSearchIndex`, run after the migrations). Migrations never run this code, so an old
 * migration never depends on tables a later one creates.
 */
import { SEARCH_TYPES } from '../../../shared/contract/search';
import type { SqliteDatabase } from '../db/sqlite';

/** Bump when TYPE_DEFS, the columns or the tokenizer change: the next open rebuilds. */
export const SEARCH_INDEX_VERSION = 1;

/**
 * Row ids carry their type: `typeCode << 40` + a sequence within the type, so the search counts
 * and narrows by type on the FTS index alone (rowid ranges), without reading the rows.
 */
export const TYPE_SHIFT = 2 ** 40;

export function typeCode(type: string): number {
  return SEARCH_TYPES.indexOf(type as (typeof SEARCH_TYPES)[number]) + 1;
}

export function typeOfRowid(rowid: number): (typeof SEARCH_TYPES)[number] | undefined {
  return SEARCH_TYPES[Math.floor(rowid / TYPE_SHIFT) - 1];
}

/** The rowid range of a type: [lo, hi]. */
export function rowidRange(type: string): [number, number] {
  const lo = typeCode(type) * TYPE_SHIFT;
  return [lo, lo + TYPE_SHIFT - 1];
}

interface Dependency {
  /** A table the type's row is derived from (its parent). */
  table: string;
  /** The parent columns the row uses (an update of any other column changes nothing). */
  columns: string[];
  /** Selects the type's source rows of one parent row `r` (NEW or OLD). */
  match: (r: string) => string;
}

interface TypeDef {
  /** The result type (several definitions may feed one type). */
  type: string;
  /** A name unique among definitions (trigger names). */
  name: string;
  /** The source table, always aliased `x`. */
  table: string;
  /** Further joins (parents), after `x`. */
  joins?: string;
  /** A unique key of the source row, in terms of an alias (`x`, NEW, OLD). */
  key: (a: string) => string;
  ref: string;
  /** What the result shows as its title (default: the indexed title). */
  label?: string;
  /** The indexed title: the record's own name (empty when its title is its parent's). */
  title: string;
  body: string;
  date: string;
  bodyId: string;
  restricted: string;
  p1: string;
  p2: string;
  /** Rows that are not indexed (e.g. empty notes). */
  filter?: string;
  deps?: Dependency[];
}

/** The plain text of a ProseMirror JSON document (its text nodes in document order). */
const richText = (col: string) =>
  `COALESCE((SELECT group_concat(j.value, ' ') FROM json_tree(CASE WHEN json_valid(${col}) THEN ${col} ELSE '{}' END) j WHERE j.key = 'text' AND j.type = 'text'), '')`;

const joinText = (...cols: string[]) => cols.map((c) => `COALESCE(${c}, '')`).join(` || ' ' || `);

const MEETING_DEP: Dependency = {
  table: 'meetings',
  columns: ['date', 'body_id'],
  match: (r) => `x.meeting_id = ${r}.id`,
};

export const TYPE_DEFS: TypeDef[] = [
  {
    type: 'meeting',
    name: 'meeting',
    table: 'meetings',
    key: (a) => `'meeting:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.title',
    body: joinText('x.location', 'x.chair_name'),
    date: 'x.date',
    bodyId: 'x.body_id',
    restricted: '0',
    p1: 'NULL',
    p2: 'NULL',
  },
  {
    type: 'agenda_item',
    name: 'agenda_item',
    table: 'agenda_items',
    joins: 'JOIN meetings m ON m.id = x.meeting_id',
    key: (a) => `'agenda_item:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.title',
    body: `''`,
    date: 'm.date',
    bodyId: 'm.body_id',
    restricted: 'x.restricted',
    p1: 'x.meeting_id',
    p2: 'NULL',
    deps: [MEETING_DEP],
  },
  {
    type: 'minutes',
    name: 'minutes',
    table: 'agenda_items',
    joins: 'JOIN meetings m ON m.id = x.meeting_id',
    key: (a) => `'minutes:' || ${a}.id`,
    ref: 'x.id',
    label: 'x.title',
    title: `''`,
    body: richText('x.notes'),
    date: 'm.date',
    bodyId: 'm.body_id',
    restricted: 'x.restricted',
    p1: 'x.meeting_id',
    p2: 'NULL',
    filter: `${richText('x.notes')} <> ''`,
    deps: [MEETING_DEP],
  },
  {
    type: 'decision',
    name: 'decision',
    table: 'decisions',
    joins: 'JOIN meetings m ON m.id = x.meeting_id',
    key: (a) => `'decision:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.reference',
    body: 'x.text',
    date: 'm.date',
    bodyId: 'x.body_id',
    restricted: '0',
    p1: 'x.meeting_id',
    p2: 'NULL',
    deps: [{ ...MEETING_DEP, columns: ['date'] }],
  },
  {
    type: 'action',
    name: 'action',
    table: 'actions',
    key: (a) => `'action:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.title',
    body: 'x.description',
    date: 'x.due_date',
    bodyId: 'x.body_id',
    restricted: '0',
    p1: 'NULL',
    p2: 'NULL',
  },
  {
    type: 'action_update',
    name: 'action_update',
    table: 'action_updates',
    joins: 'JOIN actions a ON a.id = x.action_id',
    key: (a) => `'action_update:' || ${a}.id`,
    ref: 'x.id',
    label: 'a.title',
    title: `''`,
    body: 'x.note',
    date: 'x.date',
    bodyId: 'a.body_id',
    restricted: '0',
    p1: 'x.action_id',
    p2: 'NULL',
    filter: `x.note <> ''`,
    deps: [
      { table: 'actions', columns: ['title', 'body_id'], match: (r) => `x.action_id = ${r}.id` },
    ],
  },
  {
    type: 'agency',
    name: 'agency',
    table: 'agencies',
    key: (a) => `'agency:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.name',
    body: joinText('x.acronym', 'x.roles_text', 'x.notes'),
    date: 'NULL',
    bodyId: 'NULL',
    restricted: '0',
    p1: 'NULL',
    p2: 'NULL',
  },
  {
    type: 'focal_point',
    name: 'focal_point',
    table: 'focal_points',
    key: (a) => `'focal_point:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.name',
    body: joinText('x.title', 'x.email'),
    date: 'NULL',
    bodyId: 'NULL',
    restricted: '0',
    p1: 'x.agency_id',
    p2: 'NULL',
  },
  {
    type: 'nap_activity',
    name: 'nap_activity',
    table: 'nap_activities',
    key: (a) => `'nap_activity:' || ${a}.id`,
    ref: 'x.id',
    title: joinText('x.code', 'x.text'),
    body: joinText('x.timeframe', 'x.funding_source', 'x.status_reason'),
    date: 'x.start_date',
    bodyId: 'NULL',
    restricted: '0',
    p1: 'x.plan_id',
    p2: 'NULL',
  },
  {
    // The narratives of the progress report (per plan, period, section, kind, language).
    type: 'nap_narrative',
    name: 'nap_report_narrative',
    table: 'nap_report_narratives',
    joins: 'JOIN nap_plans p ON p.id = x.plan_id',
    key: (a) =>
      `'nap_narrative:' || ${a}.plan_id || '|' || ${a}.period_key || '|' || ${a}.section || '|' || ${a}.kind || '|' || ${a}.language`,
    ref: 'x.plan_id',
    label: 'p.title',
    title: `''`,
    body: 'x.text',
    date: 'substr(x.updated_at, 1, 10)',
    bodyId: 'NULL',
    restricted: '0',
    p1: 'x.plan_id',
    p2: 'NULL',
    filter: `x.text <> ''`,
    deps: [{ table: 'nap_plans', columns: ['title'], match: (r) => `x.plan_id = ${r}.id` }],
  },
  {
    // The narrative of an activity's progress update.
    type: 'nap_narrative',
    name: 'nap_progress_narrative',
    table: 'nap_progress_updates',
    joins: 'JOIN nap_activities a ON a.id = x.activity_id',
    key: (a) => `'nap_progress:' || ${a}.id`,
    ref: 'x.id',
    label: joinText('a.code', 'a.text'),
    title: `''`,
    body: 'x.narrative',
    date: 'substr(x.created_at, 1, 10)',
    bodyId: 'NULL',
    restricted: '0',
    p1: 'a.plan_id',
    p2: 'x.activity_id',
    filter: `x.narrative <> ''`,
    deps: [
      {
        table: 'nap_activities',
        columns: ['code', 'text', 'plan_id'],
        match: (r) => `x.activity_id = ${r}.id`,
      },
    ],
  },
  {
    type: 'agreement',
    name: 'agreement',
    table: 'agreements',
    key: (a) => `'agreement:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.title',
    body: joinText('x.location', 'x.notes'),
    date: 'x.signed_on',
    bodyId: 'NULL',
    restricted: '0',
    p1: 'NULL',
    p2: 'NULL',
  },
  {
    type: 'training',
    name: 'training',
    table: 'trainings',
    key: (a) => `'training:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.topic',
    body: joinText('x.organiser', 'x.notes'),
    date: 'x.date',
    bodyId: 'NULL',
    restricted: '0',
    p1: 'NULL',
    p2: 'NULL',
  },
  {
    // The code only: never a profile field.
    type: 'case',
    name: 'case',
    table: 'cases',
    key: (a) => `'case:' || ${a}.id`,
    ref: 'x.id',
    title: 'x.code',
    body: `''`,
    date: 'NULL',
    bodyId: 'NULL',
    restricted: '1',
    p1: 'NULL',
    p2: 'NULL',
  },
  {
    // The plain `text` of a discussion entry.
    type: 'case_discussion',
    name: 'case_discussion',
    table: 'case_discussions',
    joins: 'JOIN cases c ON c.id = x.case_id',
    key: (a) => `'case_discussion:' || ${a}.id`,
    ref: 'x.id',
    label: 'c.code',
    title: `''`,
    body: 'x.text',
    date: 'substr(x.created_at, 1, 10)',
    bodyId: 'NULL',
    restricted: '1',
    p1: 'x.case_id',
    p2: 'NULL',
    deps: [{ table: 'cases', columns: ['code'], match: (r) => `x.case_id = ${r}.id` }],
  },
];

export const DOC_COLUMNS = [
  'doc_key',
  'type',
  'ref_id',
  'label',
  'title',
  'body',
  'date',
  'body_id',
  'restricted',
  'p1',
  'p2',
] as const;

/** The index rows of one type, from the tables (`where` narrows the source rows). */
function selectRows(def: TypeDef, where = '1'): string {
  const filter = def.filter ? ` AND (${def.filter})` : '';
  return `SELECT ${def.key('x')}, '${def.type}', ${def.ref}, COALESCE(${def.label ?? def.title}, ''),
    COALESCE(${def.title}, ''), COALESCE(${def.body}, ''),
    ${def.date}, ${def.bodyId}, ${def.restricted}, ${def.p1}, ${def.p2}
    FROM ${def.table} x ${def.joins ?? ''} WHERE (${where})${filter}`;
}

/** Every index row, computed from the tables: what the index must equal. */
export function rebuildSelect(): string {
  return TYPE_DEFS.map((def) => selectRows(def)).join('\nUNION ALL\n');
}

const INSERT_COLUMNS = `INSERT INTO search_docs (${DOC_COLUMNS.join(', ')}, id)`;

/** Inserts the index rows of one type selected by `where`, numbered within the type's range. */
function insertRows(def: TypeDef, where = '1'): string {
  const [lo, hi] = rowidRange(def.type);
  return `${INSERT_COLUMNS} SELECT *, ${lo} + COALESCE((SELECT max(id) FROM search_docs WHERE id BETWEEN ${lo} AND ${hi}) - ${lo}, 0) + row_number() OVER ()
    FROM (${selectRows(def, where)})`;
}

function triggersOf(def: TypeDef): string[] {
  const own = `search_${def.name}`;
  const out = [
    `CREATE TRIGGER ${own}_ai AFTER INSERT ON ${def.table} BEGIN
       ${insertRows(def, `x.rowid = NEW.rowid`)};
     END`,
    `CREATE TRIGGER ${own}_au AFTER UPDATE ON ${def.table} BEGIN
       DELETE FROM search_docs WHERE doc_key = ${def.key('OLD')};
       ${insertRows(def, `x.rowid = NEW.rowid`)};
     END`,
    `CREATE TRIGGER ${own}_ad AFTER DELETE ON ${def.table} BEGIN
       DELETE FROM search_docs WHERE doc_key = ${def.key('OLD')};
     END`,
  ];
  for (const dep of def.deps ?? []) {
    out.push(
      `CREATE TRIGGER ${own}_${dep.table}_au AFTER UPDATE OF ${dep.columns.join(', ')} ON ${dep.table} BEGIN
         DELETE FROM search_docs WHERE doc_key IN (SELECT ${def.key('x')} FROM ${def.table} x WHERE ${dep.match('OLD')});
         ${insertRows(def, dep.match('NEW'))};
       END`,
    );
  }
  return out;
}

/** Every statement that (re)creates the index, filled from the tables. */
function installStatements(): string[] {
  return [
    `CREATE TABLE search_docs (
       id INTEGER PRIMARY KEY,
       doc_key TEXT NOT NULL UNIQUE,
       type TEXT NOT NULL,
       ref_id TEXT NOT NULL,
       label TEXT NOT NULL,
       title TEXT NOT NULL,
       body TEXT NOT NULL,
       date TEXT,
       body_id TEXT,
       restricted INTEGER NOT NULL,
       p1 TEXT,
       p2 TEXT
     )`,
    ...TYPE_DEFS.map((def) => insertRows(def)),
    `CREATE VIRTUAL TABLE search_fts USING fts5(
       title, body, content='search_docs', content_rowid='id',
       tokenize='unicode61 remove_diacritics 2', prefix='2 3'
     )`,
    `INSERT INTO search_fts (search_fts) VALUES ('rebuild')`,
    // The title weighs four times the text in the ranking.
    `INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')`,
    `CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
       INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
     END`,
    `CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
       INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
     END`,
    `CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
       INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
       INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
     END`,
    ...TYPE_DEFS.flatMap(triggersOf),
  ];
}

/** Drops every object of the index (the meta table stays). */
function dropStatements(db: SqliteDatabase): string[] {
  const triggers = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'`,
    )
    .all() as { name: string }[];
  return [
    ...triggers.map((t) => `DROP TRIGGER IF EXISTS "${t.name}"`),
    `DROP TABLE IF EXISTS search_fts`,
    `DROP TABLE IF EXISTS search_docs`,
  ];
}

/** Drops and recreates the whole index from the tables, in one transaction. */
export function rebuildSearchIndex(db: SqliteDatabase): void {
  db.transaction(() => {
    for (const sql of dropStatements(db)) db.exec(sql);
    for (const sql of installStatements()) db.exec(sql);
    db.prepare(
      `INSERT INTO search_index_meta (id, version) VALUES (1, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
    ).run(SEARCH_INDEX_VERSION);
  }).immediate();
}

/** On open, after the migrations: rebuilds the index when its definition changed. */
export function ensureSearchIndex(db: SqliteDatabase): boolean {
  const row = db.prepare(`SELECT version FROM search_index_meta WHERE id = 1`).get() as
    { version: number } | undefined;
  if (row?.version === SEARCH_INDEX_VERSION) return false;
  rebuildSearchIndex(db);
  return true;
}

type DocRow = Record<(typeof DOC_COLUMNS)[number], unknown>;

/**
 * How the index differs from a full rebuild (none when consistent): rows missing, rows that
 * should not be there, and whether the FTS table matches its rows (FTS5 integrity-check).
 */
export function searchIndexDrift(db: SqliteDatabase): string[] {
  const cols = DOC_COLUMNS.join(', ');
  const serialise = (r: DocRow) => JSON.stringify(DOC_COLUMNS.map((c) => r[c]));
  const stored = (db.prepare(`SELECT ${cols} FROM search_docs`).all() as DocRow[]).map(serialise);
  const expected = (
    db.prepare(`SELECT * FROM (${rebuildSelect()})`).raw().all() as unknown[][]
  ).map((values) => JSON.stringify(values));
  const problems: string[] = [];
  const count = (list: string[]) => {
    const m = new Map<string, number>();
    for (const s of list) m.set(s, (m.get(s) ?? 0) + 1);
    return m;
  };
  const have = count(stored);
  const want = count(expected);
  for (const [row, n] of want) {
    if ((have.get(row) ?? 0) < n) problems.push(`missing from the index: ${row.slice(0, 80)}`);
  }
  for (const [row, n] of have) {
    if ((want.get(row) ?? 0) < n) problems.push(`stale in the index: ${row.slice(0, 80)}`);
  }
  try {
    db.prepare(`INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)`).run();
  } catch {
    problems.push('the FTS table does not match its rows');
  }
  return problems;
}
