/** State and validation of the create-workspace form (kept by the welcome screen across tabs). */
import { useForm } from '@mantine/form';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/languages';
import { contract } from '../../../../shared/contract';
import { currentLanguage, isLanguage } from '../../i18n';
import { contractRules, minLengthOf } from '../../components/form/contractRules';

export interface CreateWorkspaceValues {
  taskForceName: string;
  fileName: string;
  country: string;
  defaultLanguage: Language;
  passphrase: string;
  passphraseConfirm: string;
}

const createSchema = contract['workspace:create'].input;

/** The channel's input: the file is the path, the name, language and country its settings. */
export function createInput(values: CreateWorkspaceValues) {
  const country = values.country.trim().toUpperCase();
  return {
    path: values.fileName.trim(),
    passphrase: values.passphrase,
    passphraseConfirm: values.passphraseConfirm,
    settings: {
      taskForceName: values.taskForceName.trim(),
      defaultLanguage: values.defaultLanguage,
      ...(country ? { country } : {}),
    },
  };
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
    validate: contractRules(t, {
      schema: createSchema,
      toInput: createInput,
      fields: ['taskForceName', 'fileName', 'country', 'passphrase', 'passphraseConfirm'],
      rename: {
        path: 'fileName',
        'settings.taskForceName': 'taskForceName',
        'settings.country': 'country',
      },
      required: {
        taskForceName: t('create.errors.nameRequired'),
        fileName: t('create.errors.fileNameRequired'),
      },
      invalid: {
        country: t('create.errors.country'),
        passphrase: t('passphrase.tooShort', {
          count: minLengthOf(createSchema.shape.passphrase),
        }),
      },
      extra: (values) => ({
        passphraseConfirm:
          values.passphraseConfirm === values.passphrase ? null : t('passphrase.mismatch'),
      }),
    }),
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
