import type { BrowserWindow } from 'electron';
import { Menu, dialog, shell, type MenuItemConstructorOptions } from 'electron';
import { eventContract } from '@shared/ipc/contract';
import type { Language } from '@shared/domain/workspace';
import { createTranslator } from '@shared/i18n/translate';
import { buildMenuTemplate } from '../services/shell/menu-template';

export interface MenuContext {
  getWindow: () => BrowserWindow | null;
  version: string;
  dataFolder: string;
  platform: string;
}

/** (Re)builds the native menu in the given language. */
export function installMenu(language: Language, context: MenuContext): void {
  const t = createTranslator(language);
  const template = buildMenuTemplate(
    t,
    {
      send: (command) => {
        const payload = eventContract['menu:command'].parse(command);
        context.getWindow()?.webContents.send('menu:command', payload);
      },
      openDataFolder: () => void shell.openPath(context.dataFolder),
      showAbout: () => {
        const window = context.getWindow();
        const options = {
          type: 'info' as const,
          title: t('menu.about'),
          message: t('app.name'),
          detail: t('about.detail', { version: context.version, dataFolder: context.dataFolder }),
        };
        void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      },
    },
    context.platform,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}
