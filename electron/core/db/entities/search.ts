/**
 * The global search documents table and its version row. The FTS5 index over it (search_fts and its
 * shadow tables) is not an entity: TypeORM cannot describe a virtual table.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';

export interface SearchDocRow {
  id: number;
  docKey: string;
  type: string;
  refId: string;
  label: string;
  title: string;
  body: string;
  date: string | null;
  bodyId: string | null;
  restricted: number;
  p1: string | null;
  p2: string | null;
}

export const SearchDocEntity = new EntitySchema<SearchDocRow>({
  name: 'SearchDoc',
  tableName: 'search_docs',
  columns: {
    // `INTEGER PRIMARY KEY` without NOT NULL: the rowid alias, never NULL in a row (SQLite assigns
    // one), but declared nullable as the DDL is.
    id: { type: 'integer', primary: true, nullable: true },
    docKey: { type: 'text', name: 'doc_key', unique: true },
    type: { type: 'text' },
    refId: { type: 'text', name: 'ref_id' },
    label: { type: 'text' },
    title: { type: 'text' },
    body: { type: 'text' },
    date: { type: 'text', nullable: true },
    bodyId: { type: 'text', name: 'body_id', nullable: true },
    restricted: { type: 'integer' },
    p1: { type: 'text', nullable: true },
    p2: { type: 'text', nullable: true },
  },
});

export interface SearchIndexMetaRow {
  id: number;
  version: number;
}

export const SearchIndexMetaEntity = new EntitySchema<SearchIndexMetaRow>({
  name: 'SearchIndexMeta',
  tableName: 'search_index_meta',
  columns: {
    // `INTEGER PRIMARY KEY` without NOT NULL: the rowid alias, never NULL in a row (SQLite assigns
    // one), but declared nullable as the DDL is.
    id: { type: 'integer', primary: true, nullable: true },
    version: { type: 'integer' },
  },
  checks: [{ expression: 'id = 1' }],
});

export const SEARCH_ENTITIES = [SearchDocEntity, SearchIndexMetaEntity];
