/**
 * The written reason for saving or exporting text the privacy guard flagged: checked by the
 * contract's privacyOverrideSchema, its shortest and longest read from it.
 */
import type { TFunction } from 'i18next';
import { privacyOverrideSchema, type PrivacyOverride } from '../../../../shared/contract/privacy';
import { contractRules, maxLengthOf, minLengthOf } from '../form/contractRules';

export const OVERRIDE_REASON_MIN = minLengthOf(privacyOverrideSchema.shape.reason);
export const OVERRIDE_REASON_MAX = maxLengthOf(privacyOverrideSchema.shape.reason);

/** The reason form's rules; `short` is said of an empty or too short reason. */
export const overrideReasonRules = (t: TFunction, short: string) =>
  contractRules<PrivacyOverride>(t, {
    schema: privacyOverrideSchema,
    fields: ['reason'],
    required: { reason: short },
    invalid: { reason: short },
  });

/** The reason as the channel takes it (trimmed). */
export const toOverride = (values: PrivacyOverride): PrivacyOverride =>
  privacyOverrideSchema.parse(values);
