import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_IMPORTS } from '../../lint/feature-boundaries.mjs';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('one write path, enforced by lint', () => {
  it('refuses a Dexie write or read-write transaction in a feature, component or hook', async () => {
    const code = [
      "import { db } from '../../db/db';",
      'export const put = () => db.accounts.put({} as never);',
      "export const tx = () => db.transaction('rw', db.accounts, async () => undefined);",
      'export const ctx = (c: { db: typeof db }) => c.db.members.bulkDelete([]);',
    ].join('\n');
    expect(await problems('renderer/features/team/probe.ts', code)).toEqual([
      'no-restricted-syntax',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
    // The command runner's writer is where writes belong.
    expect(await problems('renderer/commands/probe.ts', code)).toEqual([]);
  });

  it('refuses a feature importing another feature it is not allowed to', async () => {
    const code =
      "export { MarketPage } from '../market/MarketPage';\nimport '../market/MarketPage';";
    expect(await problems('renderer/features/team/probe.ts', code)).toContain(
      'local/feature-boundaries',
    );
    expect(
      await problems('renderer/features/team/probe.ts', "import '../csv-import/ImportButton';"),
    ).toEqual([]);
    // The alias is no way around the rule.
    expect(
      await problems('renderer/features/team/probe.ts', "import '@renderer/features/market/x';"),
    ).toEqual(['local/feature-boundaries']);
    expect(
      await problems(
        'renderer/features/team/probe.ts',
        "import '@renderer/features/csv-import/x';",
      ),
    ).toEqual([]);
  });

  it('keeps shared/ free of either side, by alias too', async () => {
    expect(await problems('shared/probe.ts', "import '@renderer/db/db';")).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('keeps the unit tier free of I/O', async () => {
    const io = "export { readFileSync } from 'node:fs';\nimport 'fake-indexeddb/auto';";
    expect(await problems('test/unit/shared/probe.test.ts', io)).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
    ]);
    expect(await problems('test/integration/shared/probe.test.ts', io)).toEqual([]);
  });

  it('allows no import cycle between features', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (feature: string, trail: string[]): void => {
      if (done.has(feature)) return;
      if (visiting.has(feature)) throw new Error(`cycle: ${[...trail, feature].join(' → ')}`);
      visiting.add(feature);
      for (const next of FEATURE_IMPORTS[feature] ?? []) visit(next, [...trail, feature]);
      visiting.delete(feature);
      done.add(feature);
    };
    for (const feature of Object.keys(FEATURE_IMPORTS)) visit(feature, []);
    expect(done.size).toBe(Object.keys(FEATURE_IMPORTS).length);
  });
});
