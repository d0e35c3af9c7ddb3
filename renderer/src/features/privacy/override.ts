/** Adds the written override of the privacy guard to a save or export input, when there is one. */
import type { PrivacyOverride } from '../../../../shared/contract/privacy';

export function withPrivacyOverride<T extends object>(
  input: T,
  override: PrivacyOverride | null | undefined,
): T {
  return override ? { ...input, privacyOverride: override } : input;
}
