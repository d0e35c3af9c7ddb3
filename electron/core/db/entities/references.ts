/**
 * A foreign key as the migrations write them: one column referencing the `id` of another
 * table. `target` is the entity's name (not its object), so the domain files need not import
 * each other.
 */
import type { EntitySchemaForeignKeyOptions } from 'typeorm/entity-schema/EntitySchemaForeignKeyOptions.js';
import type { OnDeleteType } from 'typeorm/metadata/types/OnDeleteType.js';

export function references(
  target: string,
  column: string,
  onDelete?: OnDeleteType,
): EntitySchemaForeignKeyOptions {
  return {
    target,
    columnNames: [column],
    referencedColumnNames: ['id'],
    ...(onDelete ? { onDelete } : {}),
  };
}
