import { readFileSync } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  productName: string;
  main: string;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation (offline)', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is refused by the same validation when broken, so the check is real', async () => {
    await expect(
      validateConfiguration(
        { appId: 'x', nsis: { oneClick: 'maybe' } } as never,
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/oneClick/);
  });

  it('keeps the identity that IndexedDB and the data folder depend on', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    expect({ appId: config.appId, productName: config.productName, name: pkg.name }).toEqual({
      appId: 'de.salesteamplanner.app',
      productName: 'Sales Team Planner',
      name: 'sales-team-planner',
    });
    expect(pkg.productName).toBe('Sales Team Planner');
  });

  it('packages only the build output and the main process’s runtime dependencies', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json', '!**/*.map'] }]);
    expect(pkg.main).toBe('out/main/index.js');
    // Only LevelDB's native binding, which cannot be bundled: team sync's replica files.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['leveldown']);
    expect(config.npmRebuild).toBe(false);
    for (const rendererOnly of [
      'react',
      'react-dom',
      'dexie',
      'zustand',
      'recharts',
      'lucide-react',
    ]) {
      expect(pkg.devDependencies[rendererOnly], rendererOnly).toBeDefined();
    }
  });

  it('pins every dependency to an exact version', () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});
