import type { MenuCommand } from '@shared/ipc/contract';
import type { Translate } from '@shared/i18n/translate';
import { SECTIONS } from '@shared/navigation';

/** The subset of Electron's MenuItemConstructorOptions this app uses (structurally compatible). */
export interface MenuItemSpec {
  label?: string;
  role?:
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'zoomIn'
    | 'zoomOut'
    | 'resetZoom'
    | 'togglefullscreen'
    | 'quit'
    | 'appMenu';
  type?: 'separator' | 'normal';
  accelerator?: string;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

export interface MenuActions {
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  openDataFolder: () => void;
}

/** The native menu (File, Edit, View, Help) in the UI's language. */
export function buildMenuTemplate(
  t: Translate,
  actions: MenuActions,
  platform: string,
): MenuItemSpec[] {
  const sep: MenuItemSpec = { type: 'separator' };
  const goTo = SECTIONS.filter((s) => s !== 'settings' && s !== 'backups').map(
    (section, index): MenuItemSpec => ({
      label: t(`nav.${section}`),
      accelerator: `CmdOrCtrl+${index + 1}`,
      click: () => actions.send({ command: 'go-to', section }),
    }),
  );
  const template: MenuItemSpec[] = [
    {
      label: t('menu.file'),
      submenu: [
        {
          label: t('menu.newMember'),
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.send({ command: 'new-member' }),
        },
        sep,
        {
          label: t('menu.backups'),
          click: () => actions.send({ command: 'go-to', section: 'backups' }),
        },
        sep,
        {
          label: t('menu.settings'),
          accelerator: 'CmdOrCtrl+,',
          click: () => actions.send({ command: 'go-to', section: 'settings' }),
        },
        sep,
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        sep,
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...goTo,
        sep,
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        sep,
        { label: t('menu.fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.openDataFolder'), click: actions.openDataFolder },
        sep,
        { label: t('menu.about'), click: actions.showAbout },
      ],
    },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}
