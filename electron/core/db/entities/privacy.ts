/**
 * The privacy denylist (keyed hashes of names) and its secret.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';

export interface PrivacyDenylistEntryRow {
  hash: string;
  words: number;
  createdAt: string;
}

export const PrivacyDenylistEntryEntity = new EntitySchema<PrivacyDenylistEntryRow>({
  name: 'PrivacyDenylistEntry',
  tableName: 'privacy_denylist',
  withoutRowid: true,
  columns: {
    hash: { type: 'text', primary: true },
    words: { type: 'integer' },
    createdAt: { type: 'text', name: 'created_at' },
  },
  checks: [{ expression: 'length(hash) = 64' }, { expression: 'words BETWEEN 1 AND 4' }],
});

export interface PrivacySecretRow {
  id: string;
  secret: Buffer;
}

export const PrivacySecretEntity = new EntitySchema<PrivacySecretRow>({
  name: 'PrivacySecret',
  tableName: 'privacy_secret',
  columns: {
    id: { type: 'text', primary: true },
    secret: { type: 'blob' },
  },
  checks: [{ expression: "id = 'denylist'" }, { expression: 'length(secret) = 32' }],
});

export const PRIVACY_ENTITIES = [PrivacyDenylistEntryEntity, PrivacySecretEntity];
