import type { Language } from '@shared/domain/workspace';
import type { DomainHandlers } from './ipc/handlers';

export interface AppInfoDeps {
  version: string;
  platform: string;
  dataFolder: string;
  /** The OS locale, read when asked (it can change while the app runs). */
  getLocale: () => string;
  /** Rebuilds the native menu in the UI's language. */
  setMenuLanguage: (language: Language) => void;
  /** The renderer has written what was pending before the window closes. */
  onFlushedBeforeQuit: () => void;
}

/** The `app:*` channels: what the renderer may learn about the app and tell the shell. */
export function createAppHandlers(
  deps: AppInfoDeps,
): DomainHandlers<'app:get-info' | 'app:set-menu-language' | 'app:flushed'> {
  return {
    'app:get-info': () => ({
      version: deps.version,
      platform: deps.platform,
      dataFolder: deps.dataFolder,
      locale: deps.getLocale(),
    }),
    'app:set-menu-language': ({ language }) => {
      deps.setMenuLanguage(language);
      return null;
    },
    'app:flushed': () => {
      deps.onFlushedBeforeQuit();
      return null;
    },
  };
}
