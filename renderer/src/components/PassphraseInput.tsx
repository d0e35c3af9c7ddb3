/** Mantine's PasswordInput with a translated show/hide button, for every passphrase field. */
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PassphraseInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      autoComplete="off"
      spellCheck={false}
      {...props}
      visibilityToggleButtonProps={{ 'aria-label': t('passphrase.toggleVisibility') }}
    />
  );
}
