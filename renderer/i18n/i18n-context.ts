import { createContext, useContext } from 'react';
import type { Language } from '@shared/domain/workspace';
import { createTranslator, intlLocaleOf, type Translate } from '@shared/i18n/translate';

export interface I18n {
  language: Language;
  /** The Intl locale numbers, dates and money are formatted in. */
  locale: string;
  currency: string;
  t: Translate;
}

export function makeI18n(language: Language, currency: string): I18n {
  return { language, locale: intlLocaleOf(language), currency, t: createTranslator(language) };
}

export const I18nContext = createContext<I18n>(makeI18n('en', 'EUR'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}
