import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeWorkspaceFile,
  encodeWorkspaceFile,
  FILE_FORMAT_VERSION,
} from '../../../../../electron/services/persistence/workspace-file';
import { emptyTables } from '@shared/persistence/tables';

const tables = () => ({
  ...emptyTables(),
  members: [{ id: 'm1', name: 'Jörg Müller 🚀', capacity: 400 }],
  accounts: [{ id: 'a1', name: 'Bäckerei "Süd" GmbH', potentialCents: 123_456_789 }],
});
const options = {
  kind: 'snapshot' as const,
  schemaVersion: 1,
  appVersion: '0.1.0',
  revision: 7,
  createdAt: '2026-11-26T10:00:00.000Z',
};

describe('workspace file format', () => {
  it('round-trips tables with umlauts, emoji and cents, and carries the header', () => {
    const decoded = decodeWorkspaceFile(encodeWorkspaceFile(tables(), options), 'snapshot');
    expect(decoded.ok && decoded.tables).toEqual(tables());
    expect(decoded.ok && decoded.header).toMatchObject({
      formatVersion: FILE_FORMAT_VERSION,
      schemaVersion: 1,
      revision: 7,
      counts: { members: 1, accounts: 1, territories: 0 },
    });
  });

  /** A file as the app wrote it before the scenarios table: neither counted nor in the body. */
  const olderFile = (counted: boolean) => {
    const { scenarios: _none, scenarioPins: _nor, ...older } = tables();
    const body = Buffer.from(JSON.stringify(older));
    const file = encodeWorkspaceFile(tables(), options);
    const header = JSON.parse(file.subarray(0, file.indexOf(0x0a)).toString()) as {
      counts: Record<string, number>;
      bodyBytes: number;
      bodySha256: string;
    };
    if (!counted) {
      delete header.counts.scenarios;
      delete header.counts.scenarioPins;
    }
    header.bodyBytes = body.length;
    header.bodySha256 = createHash('sha256').update(body).digest('hex');
    return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
  };

  it('reads a file written before scenarios existed as one without scenarios', () => {
    const decoded = decodeWorkspaceFile(olderFile(false), 'snapshot');
    expect(decoded.ok && decoded.tables.scenarios).toEqual([]);
    expect(decoded.ok && decoded.tables.scenarioPins).toEqual([]);
    expect(decoded.ok && decoded.tables.accounts).toEqual(tables().accounts);
  });

  it('still refuses a file whose header counts a table its body lacks', () => {
    expect(decodeWorkspaceFile(olderFile(true), 'snapshot')).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
  });

  const good = encodeWorkspaceFile(tables(), options);
  const headerEnd = good.indexOf(0x0a);
  const flip = (at: number) => {
    const copy = Buffer.from(good);
    copy[at] = copy[at]! ^ 0x01;
    return copy;
  };
  const withHeader = (change: (h: Record<string, unknown>) => void) => {
    const header = JSON.parse(good.subarray(0, headerEnd).toString()) as Record<string, unknown>;
    change(header);
    return Buffer.concat([
      Buffer.from(`${JSON.stringify(header)}\n`),
      good.subarray(headerEnd + 1),
    ]);
  };

  it.each([
    ['truncated', good.subarray(0, good.length - 10), 'damaged'],
    ['cut inside the header', good.subarray(0, 20), 'not-a-workspace'],
    ['bit-flipped body', flip(good.length - 5), 'damaged'],
    ['bit-flipped header', flip(5), 'not-a-workspace'],
    [
      'from a newer format',
      withHeader((h) => (h.formatVersion = FILE_FORMAT_VERSION + 1)),
      'newer-format',
    ],
    [
      'with a forged count',
      withHeader((h) => ((h.counts as Record<string, number>).members = 2)),
      'damaged',
    ],
    ['not JSON at all', Buffer.from('PK\u0003\u0004 zip file\n...'), 'not-a-workspace'],
    ['empty', Buffer.alloc(0), 'not-a-workspace'],
    ['a CSV file', Buffer.from('Name;PLZ\nMüller;80331\n'), 'not-a-workspace'],
  ])('refuses a %s file', (_label, bytes, problem) => {
    expect(decodeWorkspaceFile(bytes, 'snapshot')).toMatchObject({ ok: false, problem });
  });

  it('refuses a workspace file where a snapshot is expected', () => {
    const file = encodeWorkspaceFile(tables(), { ...options, kind: 'workspace' });
    expect(decodeWorkspaceFile(file, 'snapshot')).toMatchObject({
      ok: false,
      problem: 'wrong-kind',
    });
  });
});

describe('encodeWorkspaceChunks', () => {
  it('writes exactly the bytes of encodeWorkspaceFile, a chunk of rows at a time (property)', async () => {
    const { encodeWorkspaceChunks } =
      await import('../../../../../electron/services/persistence/snapshot-encoder');
    const { countRows, emptyTables } = await import('@shared/persistence/tables');
    const fc = (await import('fast-check')).default;
    const text = fc.string({ unit: fc.constantFrom('a', 'ä', '€', '😀', '"', '\\', '\n', ' ') });
    const account = fc.record({ id: fc.uuid(), name: text, potentialCents: fc.integer() });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(account, { selector: (a) => a.id, maxLength: 9_000, minLength: 0 }),
        fc.uniqueArray(fc.record({ key: fc.uuid(), value: text }), {
          selector: (s) => s.key,
          maxLength: 3,
        }),
        async (accounts, settings) => {
          const tables = { ...emptyTables(), accounts, settings };
          const options = {
            kind: 'snapshot' as const,
            schemaVersion: 3,
            appVersion: 't',
            revision: 7,
            createdAt: '2026-12-01T00:00:00.000Z',
            cursor: { seq: 4, rows: 2 },
          };
          let pauses = 0;
          const chunks = await encodeWorkspaceChunks(
            (name) => tables[name],
            countRows(tables),
            options,
            async () => void (pauses += 1),
          );
          expect(Buffer.concat(chunks).equals(encodeWorkspaceFile(tables, options))).toBe(true);
          expect(pauses).toBe(Math.floor(accounts.length / 2_000));
          const decoded = decodeWorkspaceFile(Buffer.concat(chunks), 'snapshot');
          expect(decoded.ok && decoded.tables.accounts).toEqual(accounts);
        },
      ),
      { numRuns: 12 },
    );
  });
});
