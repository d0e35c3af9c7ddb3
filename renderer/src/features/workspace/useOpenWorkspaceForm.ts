/** State of the open-workspace form, kept by the welcome screen so recent items can fill it. */
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export interface OpenWorkspaceValues {
  path: string;
  passphrase: string;
}

export function useOpenWorkspaceForm() {
  const { t } = useTranslation();
  return useForm<OpenWorkspaceValues>({
    initialValues: { path: '', passphrase: '' },
    validate: {
      path: (value) => (value.trim() ? null : t('open.errors.pathRequired')),
      passphrase: (value) => (value ? null : t('open.errors.passphraseRequired')),
    },
  });
}

export type OpenWorkspaceForm = ReturnType<typeof useOpenWorkspaceForm>;
