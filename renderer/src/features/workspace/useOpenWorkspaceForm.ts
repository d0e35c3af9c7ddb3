/** State of the open-workspace form, kept by the welcome screen so recent items can fill it. */
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { contractRules } from '../../components/form/contractRules';

export interface OpenWorkspaceValues {
  path: string;
  passphrase: string;
}

export function useOpenWorkspaceForm() {
  const { t } = useTranslation();
  return useForm<OpenWorkspaceValues>({
    initialValues: { path: '', passphrase: '' },
    validate: contractRules(t, {
      schema: contract['workspace:open'].input,
      fields: ['path', 'passphrase'],
      required: {
        path: t('open.errors.pathRequired'),
        passphrase: t('open.errors.passphraseRequired'),
      },
    }),
  });
}

export type OpenWorkspaceForm = ReturnType<typeof useOpenWorkspaceForm>;
