/** The kinds of personal data in the UI language: their names and replacement placeholders. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PiiKind } from '../../../../shared/contract/privacy';

export function usePrivacyVocabulary() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kindLabel: (kind: PiiKind) => t(`privacy.kinds.${kind}`),
      placeholder: (kind: PiiKind) => t(`privacy.placeholders.${kind}`),
      kindList: (kinds: readonly PiiKind[]) => kinds.map((k) => t(`privacy.kinds.${k}`)).join(', '),
    }),
    [t],
  );
}
