import fc from 'fast-check';
import { PersistenceService } from '../../../../../electron/services/persistence/persistence-service';
import { describe, expect, it, vi } from 'vitest';
import { createInvokeHandlers } from '../../../../../electron/services/handler-registry';
import { dispatchInvoke } from '../../../../../electron/services/ipc/dispatch';
import type { IpcSender } from '../../../../../electron/services/ipc/sender';
import { APP_ORIGIN } from '../../../../../electron/services/shell/app-origin';
import { invokeContract } from '@shared/ipc/contract';
import { TABLE_NAMES } from '@shared/persistence/tables';
import { tempDir } from '../../../../helpers/temp-dirs';

const persistence = await PersistenceService.open({
  dataDir: tempDir('stp-dispatch-'),
  appVersion: '1.2.3',
  now: () => new Date(),
});

function setup() {
  const setMenuLanguage = vi.fn();
  const handlers = createInvokeHandlers({
    version: '1.2.3',
    platform: 'linux',
    dataFolder: '/home/anna/.config/Sales Team Planner',
    getLocale: () => 'de-DE',
    setMenuLanguage,
    onFlushedBeforeQuit: () => undefined,
    getPersistence: () => persistence,
    dialogs: { chooseSaveFile: async () => null, chooseOpenFile: async () => null },
    getLanguage: () => 'de',
    today: () => '2026-11-26',
    onBackupCreated: () => undefined,
    takeOpenedFile: () => null,
    showInFolder: () => undefined,
    printToPdf: async () => new Uint8Array(),
    getCountry: () => 'DE',
    getTeamLink: () => null,
  });
  const spied = {
    ...handlers,
    'app:get-info': vi.fn(handlers['app:get-info']),
    'app:set-menu-language': vi.fn(handlers['app:set-menu-language']),
  };
  const warn = vi.fn();
  const call = (channel: unknown, payload: unknown, sender: IpcSender = appFrame) =>
    dispatchInvoke(spied, channel, sender, payload, { allowedOrigins: [APP_ORIGIN], warn });
  return { call, spied, setMenuLanguage, warn };
}

const appFrame: IpcSender = { url: 'app://bundle/index.html', isMainFrame: true };

describe('dispatchInvoke', () => {
  it('runs the handler for a trusted sender and a valid payload', async () => {
    const { call, setMenuLanguage } = setup();
    await expect(call('app:get-info', undefined)).resolves.toEqual({
      ok: true,
      data: {
        version: '1.2.3',
        platform: 'linux',
        dataFolder: '/home/anna/.config/Sales Team Planner',
        locale: 'de-DE',
      },
    });
    await expect(call('app:set-menu-language', { language: 'en' })).resolves.toEqual({
      ok: true,
      data: null,
    });
    expect(setMenuLanguage).toHaveBeenCalledWith('en');
  });

  it.each<[string, IpcSender]>([
    ['a foreign https origin', { url: 'https://evil.example/index.html', isMainFrame: true }],
    ['a look-alike host', { url: 'app://bundle.evil/index.html', isMainFrame: true }],
    ['a file:// page', { url: 'file:///etc/passwd', isMainFrame: true }],
    ['a subframe of the app', { url: 'app://bundle/index.html', isMainFrame: false }],
    ['a destroyed frame', { url: null, isMainFrame: true }],
    ['an unparsable url', { url: 'not a url', isMainFrame: true }],
  ])('refuses %s without running the handler', async (_label, sender) => {
    const { call, spied, warn } = setup();
    const result = await call('app:get-info', undefined, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(spied['app:get-info']).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it.each(['app:delete-all', 'toString', '__proto__', '', 7, null])(
    'refuses unknown channel %s',
    async (channel) => {
      const { call } = setup();
      await expect(call(channel, undefined)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    },
  );

  it.each([
    ['a missing field', {}],
    ['a wrong value', { language: 'fr' }],
    ['an extra field (e.g. a path)', { language: 'de', file: '../../etc/passwd' }],
    ['a string', 'de'],
  ])('refuses %s in the payload', async (_label, payload) => {
    const { call, spied } = setup();
    await expect(call('app:set-menu-language', payload)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(spied['app:set-menu-language']).not.toHaveBeenCalled();
  });

  it.each([
    ['persistence:append', { ops: [{ type: 'put', table: 'passwords', rows: [] }] }],
    ['persistence:append', { ops: [] }],
    ['persistence:append', { ops: [{ type: 'drop', table: 'members' }] }],
    [
      'persistence:append',
      { ops: Array.from({ length: 201 }, () => ({ type: 'clear', table: 'members' })) },
    ],
    ['backup:restore', { backupId: '../../../etc/passwd' }],
    ['backup:restore', { backupId: 'C:\\Windows\\win.ini' }],
    ['backup:create', { reason: 'before-restore' }],
    ['persistence:replace-all', { tables: { members: [] } }],
    ['csv:save', { suggestedName: '../../etc/cron.d/x.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'C:\\Users\\x.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'plan.exe', content: 'a' }],
    ['csv:save', { suggestedName: 'plan\n.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'plan.csv', content: 1 }],
    ['csv:save', { suggestedName: 'CON.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'nul.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'COM1.backup.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'LPT9.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'Rechnung\u202Evsc.exe.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'plan\u2066x.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'plan\u007f.csv', content: 'a' }],
    ['csv:save', { suggestedName: 'plan .csv', content: 'a' }],
    ['picture:save-png', { suggestedName: 'aux.png', png: 'iVBORw0KGgo=' }],
    // A workbook: a path for a name, the wrong extension, cells that are not their kind.
    [
      'xlsx:save',
      {
        suggestedName: '../x.xlsx',
        language: 'de',
        currency: 'EUR',
        sheet: { name: 'A', columns: [{ header: 'A', kind: 'text', values: ['x'] }] },
      },
    ],
    [
      'xlsx:save',
      {
        suggestedName: 'x.csv',
        language: 'de',
        currency: 'EUR',
        sheet: { name: 'A', columns: [{ header: 'A', kind: 'text', values: ['x'] }] },
      },
    ],
    [
      'xlsx:save',
      {
        suggestedName: 'x.xlsx',
        language: 'fr',
        currency: 'EUR',
        sheet: { name: 'A', columns: [{ header: 'A', kind: 'text', values: ['x'] }] },
      },
    ],
    [
      'xlsx:save',
      {
        suggestedName: 'x.xlsx',
        language: 'de',
        currency: 'BTC',
        sheet: { name: 'A', columns: [{ header: 'A', kind: 'text', values: ['x'] }] },
      },
    ],
    [
      'xlsx:save',
      {
        suggestedName: 'x.xlsx',
        language: 'de',
        currency: 'EUR',
        sheet: { name: 'A', columns: [{ header: 'A', kind: 'money', values: [0.5] }] },
      },
    ],
    [
      'xlsx:save',
      {
        suggestedName: 'x.xlsx',
        language: 'de',
        currency: 'EUR',
        sheet: { name: 'A', columns: [{ header: 'A', kind: 'formula', values: ['=1+1'] }] },
      },
    ],
    [
      'xlsx:save',
      {
        suggestedName: 'x.xlsx',
        language: 'de',
        currency: 'EUR',
        sheet: {
          ...{ name: 'A', columns: [{ header: 'A', kind: 'text', values: ['x'] }] },
          name: 'a/b',
        },
      },
    ],
    // Values that would not come back from disk as sent.
    [
      'persistence:append',
      { ops: [{ type: 'put', table: 'members', rows: [{ id: 'a', n: 1n }] }] },
    ],
    [
      'persistence:append',
      { ops: [{ type: 'put', table: 'members', rows: [{ id: 'a', tags: new Map([['x', 1]]) }] }] },
    ],
    [
      'persistence:append',
      { ops: [{ type: 'put', table: 'members', rows: [{ id: 'a', at: new Date(0) }] }] },
    ],
    [
      'persistence:append',
      { ops: [{ type: 'put', table: 'members', rows: [{ id: 'a', n: NaN }] }] },
    ],
    // Only changes from the team server carry an origin, and only that one.
    ['persistence:append', { ops: [{ type: 'clear', table: 'members', origin: 'server' }] }],
    // Rows without their primary key would collapse into one.
    ['persistence:append', { ops: [{ type: 'put', table: 'members', rows: [{ name: 'x' }] }] }],
    [
      'persistence:append',
      { ops: [{ type: 'put', table: 'actuals', rows: [{ memberId: 'm', value: 1 }] }] },
    ],
    // Caps: one huge text, too many rows in one call or one workspace.
    [
      'persistence:append',
      {
        ops: [{ type: 'put', table: 'members', rows: [{ id: 'a', note: 'x'.repeat(2_000_001) }] }],
      },
    ],
    [
      'persistence:append',
      {
        ops: Array.from({ length: 5 }, () => ({
          type: 'delete',
          table: 'members',
          keys: Array.from({ length: 5_000 }, (_, i) => `k${i}`),
        })),
      },
    ],
    [
      'persistence:replace-all',
      {
        tables: {
          ...Object.fromEntries(TABLE_NAMES.map((name) => [name, []])),
          members: Array.from({ length: 1_500_001 }, (_, i) => ({ id: `m${i}` })),
        },
      },
    ],
    [
      'persistence:replace-all',
      {
        tables: {
          ...Object.fromEntries(TABLE_NAMES.map((name) => [name, []])),
          members: [{ id: 'a', n: 2n }],
        },
      },
    ],
  ])('refuses a hostile %s payload before any file is touched', async (channel, payload) => {
    const { call } = setup();
    const before = persistence.status().revision;
    await expect(call(channel, payload)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(persistence.status().revision).toBe(before);
  });

  it('reports disk problems with their own code', async () => {
    const { call } = setup();
    await expect(
      call('backup:restore', { backupId: '2020-01-01T00-00-00-000Z_manual_r1' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('turns a failing handler into a typed error', async () => {
    const { call, spied } = setup();
    spied['app:get-info'].mockImplementation(() => {
      throw new Error('disk on fire');
    });
    await expect(call('app:get-info', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
  });

  it('never throws, whatever arrives (property)', async () => {
    const { call } = setup();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(
            ...Object.keys(invokeContract).filter((c) => !c.startsWith('workspace:')),
          ),
          fc.string(),
        ),
        fc.anything(),
        async (channel, payload) => {
          const result = await call(channel, payload);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
