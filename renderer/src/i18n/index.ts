/**
 * i18next set-up for the renderer: EN/ES/FR bundled, the chosen language remembered in
 * localStorage and mirrored on <html lang> so assistive technology reads it correctly.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

export const LANGUAGE_STORAGE_KEY = 'coordina.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function navigatorLanguage(): Language | null {
  const candidates = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of candidates) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

export function initialLanguage(): Language {
  return storedLanguage() ?? navigatorLanguage() ?? 'en';
}

/** The UI language currently in use, narrowed to a supported one. */
export function currentLanguage(): Language {
  const base = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(base) ? base : 'en';
}

/** Switches the UI language and remembers the choice for the next start. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable; the choice then lasts for this session only.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    es: { translation: es },
    fr: { translation: fr },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnEmptyString: false,
});

document.documentElement.lang = currentLanguage();

export default i18n;
