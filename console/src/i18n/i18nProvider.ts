import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import en from './en';
import zh from './zh';

export const LOCALES = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

const messages: Record<string, TranslationMessages> = { zh, en };

/** Chinese by default; the app bar switches to English (react-admin remembers the choice). */
export const i18nProvider = polyglotI18nProvider((locale: string) => messages[locale] ?? zh, 'zh', LOCALES);
