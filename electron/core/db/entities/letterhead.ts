/**
 * The single letterhead logo of the workspace.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';

export interface LetterheadLogoRow {
  id: string;
  image: Buffer;
  type: 'png' | 'jpg';
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
