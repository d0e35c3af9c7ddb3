/** State and validation of the create-workspace form (kept by the welcome screen across tabs). */
import { useForm } from '@mantine/form';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/languages';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/domain/passphrase';
import { currentLanguage, isLanguage } from '../../i18n';
import { COUNTRY_CODE_PATTERN } from '../../components/languageOptions';

export interface CreateWorkspaceValues {
  taskForceName: string;
  fileName: string;
  country: string;
  defaultLanguage: Language;
  passphrase: string;
  passphraseConfirm: string;
}

/**
 * The form, plus `chooseLanguage` for the language picker: until the user picks a document
 * language, it follows the UI language (switching the UI to French suggests French documents).
 */
export function useCreateWorkspaceForm() {
  const { t, i18n } = useTranslation();
  const languageChosen = useRef(false);
  const form = useForm<CreateWorkspaceValues>({
    initialValues: {
      taskForceName: '',
      fileName: '',
      country: '',
      defaultLanguage: currentLanguage(),
      passphrase: '',
      passphraseConfirm: '',
    },
    validate: {
      taskForceName: (value) => (value.trim() ? null : t('create.errors.nameRequired')),
      fileName: (value) => (value.trim() ? null : t('create.errors.fileNameRequired')),
      country: (value) =>
        value.trim() === '' || COUNTRY_CODE_PATTERN.test(value.trim())
          ? null
          : t('create.errors.country'),
      passphrase: (value) =>
        value.length >= MIN_PASSPHRASE_LENGTH
          ? null
          : t('passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH }),
      passphraseConfirm: (value, values) =>
        value === values.passphrase ? null : t('passphrase.mismatch'),
    },
  });

  const { setFieldValue } = form;
  useEffect(() => {
    const followUiLanguage = (language: string) => {
      if (!languageChosen.current && isLanguage(language)) {
        setFieldValue('defaultLanguage', language);
      }
    };
    i18n.on('languageChanged', followUiLanguage);
    return () => i18n.off('languageChanged', followUiLanguage);
  }, [i18n, setFieldValue]);

  const chooseLanguage = useCallback(
    (language: string | null) => {
      if (!isLanguage(language)) return;
      languageChosen.current = true;
      setFieldValue('defaultLanguage', language);
    },
    [setFieldValue],
  );

  return { form, chooseLanguage };
}

export type CreateWorkspaceFormState = ReturnType<typeof useCreateWorkspaceForm>;
