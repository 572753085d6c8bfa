import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { listPackage } from '@electron/asar';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { build, Platform } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dirs';

/**
 * What the packaged app may weigh: the built app only (7.8 MB on 3 December: 3.4 MB of it the
 * HiGHS solver's WebAssembly, loaded only when exact auto-balance runs; 1.2 MB the workbook
 * library main loads for the first .xlsx export; 1 MB the postal-area map loaded when a map first
 * opens; node_modules or source maps slipping in would add tens of MB). The first screen's own
 * budget is bench's bundle.gzip.
 */
const ASAR_BUDGET_BYTES = 9 * 1024 * 1024;

/** The runtime dependencies and everything they depend on (as Node resolves them), by name. */
function runtimeClosure(): string[] {
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    const manifest = createRequire(path.join(from, 'index.js')).resolve(`${name}/package.json`);
    if (seen.has(manifest)) return;
    seen.add(manifest);
    const { dependencies } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(dependencies ?? {}))
      visit(dependency, path.dirname(manifest));
  };
  const root = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const name of Object.keys(root.dependencies ?? {})) visit(name, process.cwd());
  const names = [...seen].map((manifest) => path.basename(path.dirname(manifest)));
  return [...new Set(names)];
}

/** A stand-in for the Electron distribution: enough files for electron-builder to lay out an app. */
function standInElectron(): string {
  const dir = tempDir('stp-electron-dist-');
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho stand-in\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'version'), '45.5.0');
  writeFileSync(path.join(dir, 'LICENSE'), '');
  mkdirSync(path.join(dir, 'resources'));
  mkdirSync(path.join(dir, 'locales'));
  for (const locale of ['de', 'en-US', 'en-GB', 'fr', 'ja'])
    writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
  return dir;
}

describe('packaging dry run (electron-builder --dir with a stand-in Electron)', () => {
  it('puts only out/**, package.json and the runtime dependency into app.asar, under the size budget', async () => {
    const output = tempDir('stp-pack-');
    await build({
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      // Fuses can only be flipped in a real Electron binary; their settings are checked below.
      config: {
        electronDist: standInElectron(),
        electronVersion: '45.5.0',
        electronFuses: null,
        directories: { output },
      },
    });
    const app = path.join(output, 'linux-unpacked');
    const asar = path.join(app, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false });
    // Besides the build: only the runtime dependency (LevelDB's binding) and what it needs.
    const packages = runtimeClosure();
    const outside = files.filter(
      (f) =>
        f !== '/out' &&
        !f.startsWith('/out/') &&
        f !== '/package.json' &&
        f !== '/node_modules' &&
        !packages.some(
          (name) => f === `/node_modules/${name}` || f.startsWith(`/node_modules/${name}/`),
        ),
    );
    expect(outside).toEqual([]);
    expect(packages).toContain('leveldown');
    // Its native binary lies beside the archive (a .node file cannot load from inside it).
    const binary = path.join(
      app,
      'resources',
      'app.asar.unpacked',
      'node_modules/leveldown/prebuilds/linux-x64/node.napi.glibc.node',
    );
    expect(statSync(binary).size).toBeGreaterThan(100_000);
    expect(files).toEqual(
      expect.arrayContaining([
        '/out/main/index.js',
        '/out/preload/index.js',
        '/out/renderer/index.html',
      ]),
    );
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
    expect(statSync(asar).size).toBeLessThan(ASAR_BUDGET_BYTES);
    // Only the UI languages' Chromium locales ship.
    expect(() => statSync(path.join(app, 'locales', 'fr.pak'))).toThrow();
    expect(statSync(path.join(app, 'locales', 'de.pak')).isFile()).toBe(true);
  }, 180_000);
});

describe('release configuration', () => {
  it('turns off the risky Electron fuses and turns on asar integrity', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds per-user installers for all three platforms and opens .stplan files', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
    });
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: 'universal' }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'stplan', role: 'Editor' }),
    ]);
  });

  it('has the app icon in every size the installers use', async () => {
    const { readFileSync } = await import('node:fs');
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(`assets/icons/${size}x${size}.png`);
      expect(png.readUInt32BE(16), `${size} width`).toBe(size);
      expect(png.readUInt32BE(20), `${size} height`).toBe(size);
    }
    const ico = readFileSync('assets/icons/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = readFileSync('assets/icons/icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
