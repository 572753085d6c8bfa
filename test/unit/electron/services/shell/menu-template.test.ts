import { describe, expect, it, vi } from 'vitest';
import {
  buildMenuTemplate,
  type MenuItemSpec,
} from '../../../../../electron/services/shell/menu-template';
import { createTranslator } from '@shared/i18n/translate';

const labels = (items: MenuItemSpec[]) => items.map((i) => i.label);
const find = (items: MenuItemSpec[], label: string): MenuItemSpec | undefined => {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = item.submenu && find(item.submenu, label);
    if (inner) return inner;
  }
  return undefined;
};

describe('buildMenuTemplate', () => {
  const actions = () => ({ send: vi.fn(), showAbout: vi.fn(), openDataFolder: vi.fn() });

  it('has File, Edit, View and Help in German and in English', () => {
    expect(labels(buildMenuTemplate(createTranslator('de'), actions(), 'linux'))).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Hilfe',
    ]);
    expect(labels(buildMenuTemplate(createTranslator('en'), actions(), 'win32'))).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('adds the app menu on macOS', () => {
    expect(buildMenuTemplate(createTranslator('en'), actions(), 'darwin')[0]).toEqual({
      role: 'appMenu',
    });
  });

  it('sends typed commands to the renderer', () => {
    const a = actions();
    const template = buildMenuTemplate(createTranslator('de'), a, 'linux');
    find(template, 'Neues Teammitglied')?.click?.();
    find(template, 'Kund*innen')?.click?.();
    find(template, 'Einstellungen …')?.click?.();
    find(template, 'Über Sales Team Planner')?.click?.();
    find(template, 'Datenordner öffnen')?.click?.();
    expect(a.send.mock.calls).toEqual([
      [{ command: 'new-member' }],
      [{ command: 'go-to', section: 'accounts' }],
      [{ command: 'go-to', section: 'settings' }],
    ]);
    expect(a.showAbout).toHaveBeenCalledOnce();
    expect(a.openDataFolder).toHaveBeenCalledOnce();
  });

  it('gives the sections distinct accelerators', () => {
    const view = buildMenuTemplate(createTranslator('en'), actions(), 'linux')[2]!.submenu!;
    const accelerators = view.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(accelerators).toContain('CmdOrCtrl+1');
  });
});
