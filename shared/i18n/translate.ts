import type { Language } from '../domain/workspace';
import { formatNumber } from '../format/intl';
import { de } from './messages.de';
import { en, type MessageKey } from './messages.en';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogs = { de, en } as const;

/** Resolves a system locale ("de-AT", "en_US") to one of the UI languages; English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Intl locale for a language; German follows German conventions (1.234,56 €). */
export function intlLocaleOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}

export function createTranslator(language: Language): Translate {
  const catalog = catalogs[language];
  const format = intlLocaleOf(language);
  return (key, params) => {
    const text = catalog[key] ?? en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, format) : value;
    });
  };
}
