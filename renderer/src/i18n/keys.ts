/** The type of a UI catalogue key (see i18next.d.ts). */
import type { ParseKeys } from 'i18next';

/** A key of the UI catalogues: `t()` accepts nothing else. */
export type TranslationKey = ParseKeys;

/**
 * A key put together from a value known only at run time (a case field read back from the
 * workspace, an audited channel), which the compiler cannot check against the catalogue. The
 * option lists are checked at compile time (`options(t, VALUES, (v) => \`vocab.x.${v}\`)`),
 * which covers the case labels; tests/unit/audit-sentences.test.ts covers the audit keys.
 */
export function composedKey(key: string): TranslationKey {
  return key as TranslationKey;
}

/** Compile-time proof that the key type is the catalogue's, not `string`. */
type Assert<T extends true> = T;
export type KeysAreChecked = Assert<
  'nav.dashboard' extends TranslationKey
    ? 'nav.noSuchScreen' extends TranslationKey
      ? false
      : true
    : false
>;
