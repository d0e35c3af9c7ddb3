/** Picks the UI language (EN/ES/FR); each option is written in its own language. */
import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../../../shared/domain/languages';
import { changeLanguage, isLanguage } from '../i18n';

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const active = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <Tooltip label={t('language.label')}>
          <ActionIcon variant="default" size="lg" aria-label={t('language.label')}>
            <IconLanguage size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => void changeLanguage(language)}
            rightSection={language === active ? <IconCheck size={16} aria-hidden /> : null}
            fw={language === active ? 600 : undefined}
          >
            {LANGUAGE_NATIVE_NAMES[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
