/**
 * The privacy denylist (keyed hashes of names) and its secret.
 * Entities mirror the schema the migrations create (see tests/integration/schema-agreement.test.ts);
 * they never create it: synchronize stays off.
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
