/**
 * The single letterhead logo of the workspace.
 * Entities mirror the schema the migrations create (see tests/integration/schema-agreement.test.ts);
 * they never create it: synchronize stays off.
 */
import { EntitySchema } from 'typeorm';

export interface LetterheadLogoRow {
  id: string;
  image: Buffer;
  type: string;
  width: number;
  height: number;
  updatedAt: string;
}

export const LetterheadLogoEntity = new EntitySchema<LetterheadLogoRow>({
  name: 'LetterheadLogo',
  tableName: 'letterhead_logo',
  columns: {
    id: { type: 'text', primary: true },
    image: { type: 'blob' },
    type: { type: 'text' },
    width: { type: 'integer' },
    height: { type: 'integer' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: "id = 'workspace'" },
    { expression: "type IN ('png','jpg')" },
    { expression: 'width > 0' },
    { expression: 'height > 0' },
  ],
});

export const LETTERHEAD_ENTITIES = [LetterheadLogoEntity];
