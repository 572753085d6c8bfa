import { useEffect, useMemo, type ReactNode } from 'react';
import { languageOf } from '@shared/i18n/translate';
import { DEFAULT_SETTINGS, useSettings } from '../db/settings';
import { plannerApi } from '../ipc/planner';
import { I18nContext, makeI18n } from './i18n-context';

/** The system language as Chromium reports it (Electron passes the OS locale through). */
export function systemLanguage() {
  return languageOf(typeof navigator === 'undefined' ? 'en' : navigator.language);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const language = settings.language === 'auto' ? systemLanguage() : settings.language;
  const i18n = useMemo(() => makeI18n(language, settings.currency), [language, settings.currency]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = i18n.t('app.name');
    void plannerApi()?.setMenuLanguage({ language });
  }, [language, i18n]);

  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}
