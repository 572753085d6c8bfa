import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedAccount } from '@shared/csv/import/account-import';
import { db } from '@renderer/db/db';
import { createWorkspace } from '@renderer/db/workspace';
import { commitImport } from '@renderer/features/csv-import/commit-import';
import { ImportCancelled } from '@renderer/features/csv-import/import-client';
import { smallDemo } from '../../render-app';

const control = { onProgress: () => undefined, isCancelled: () => false };

const imported = (externalId: string, postalCode: string): ImportedAccount => ({
  externalId,
  name: `Firma ${externalId}`,
  postalCode,
  city: 'Berlin',
  country: 'DE',
  segment: 'B',
  strategic: false,
  potentialCents: 100_00,
  priorYearRevenueCents: 50_00,
  status: 'existing',
  satisfaction: 3,
});

describe('committing an import', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    await db.open();
    await createWorkspace(db, 'demo', smallDemo(), { appVersion: 'test' });
  });
  afterEach(() => vi.restoreAllMocks());

  it('adds new accounts placed by the territory rules and updates known ones, keeping id and pin', async () => {
    const [known] = await db.accounts.toArray();
    await db.accounts.update(known!.id, { pinnedOwnerId: known!.ownerId });
    const sample = (await db.accounts.toArray()).find((a) => a.territoryId && a.id !== known!.id)!;
    const result = await commitImport(
      'accounts',
      [imported(known!.externalId, '99999'), imported('NEU-1', sample.postalCode)],
      control,
    );
    expect(result).toEqual({ created: 1, updated: 1 });
    const updated = await db.accounts.get(known!.id);
    expect(updated).toMatchObject({
      name: `Firma ${known!.externalId}`,
      pinnedOwnerId: known!.ownerId,
      ownerId: known!.ownerId,
    });
    const added = await db.accounts.where('externalId').equals('NEU-1').first();
    expect(added).toMatchObject({
      territoryId: sample.territoryId,
      ownerId: sample.ownerId,
      pinnedOwnerId: null,
    });
    expect(await db.accounts.count()).toBe(smallDemo().accounts.length + 1);
  });

  it('a cancel or a failure halfway writes nothing at all', async () => {
    const before = await db.accounts.toArray();
    const many = Array.from({ length: 12_000 }, (_, i) => imported(`X-${i}`, '10115'));
    let chunks = 0;
    await expect(
      commitImport('accounts', many, {
        onProgress: () => (chunks += 1),
        isCancelled: () => chunks >= 1,
      }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(chunks).toBe(1);
    expect(await db.accounts.toArray()).toEqual(before);

    const put = db.accounts.bulkPut.bind(db.accounts);
    let calls = 0;
    vi.spyOn(db.accounts, 'bulkPut').mockImplementation(((rows: never) => {
      calls += 1;
      return calls === 2 ? Promise.reject(new Error('QuotaExceededError')) : put(rows);
    }) as never);
    await expect(commitImport('accounts', many, control)).rejects.toThrow('QuotaExceededError');
    expect(await db.accounts.toArray()).toEqual(before);
  });

  it('territory rules: a known territory gets the new rules and every account is placed again', async () => {
    const territories = await db.territories.toArray();
    const target = territories.find((t) => t.kind === 'territory' && t.ownerId)!;
    const account = (await db.accounts.toArray()).find(
      (a) => a.territoryId !== target.id && !a.pinnedOwnerId,
    )!;
    const result = await commitImport(
      'territories',
      [
        {
          name: target.name.toUpperCase(),
          region: 'Neue Region',
          ownerId: null,
          rules: [{ kind: 'exact', from: account.postalCode }],
        },
      ],
      control,
    );
    expect(result).toEqual({ created: 0, updated: 1 });
    const stored = await db.territories.get(target.id);
    expect(stored?.rules).toEqual([{ kind: 'exact', from: account.postalCode }]);
    const region = (await db.territories.toArray()).find((t) => t.name === 'Neue Region');
    expect(region).toMatchObject({ kind: 'region' });
    expect(stored?.parentId).toBe(region!.id);
    expect(await db.accounts.get(account.id)).toMatchObject({
      territoryId: target.id,
      ownerId: target.ownerId,
    });
  });

  it('actuals and members are upserted by their keys', async () => {
    const [member] = await db.members.toArray();
    const [actual] = await db.actuals.toArray();
    const result = await commitImport(
      'actuals',
      [
        { ...actual!, newBusinessCents: 1 },
        { memberId: member!.id, month: '2031-01', newBusinessCents: 2, existingBusinessCents: 3 },
      ],
      control,
    );
    expect(result).toEqual({ created: 1, updated: 1 });
    expect(await db.actuals.get([actual!.memberId, actual!.month])).toMatchObject({
      newBusinessCents: 1,
    });
    expect(await commitImport('members', [{ ...member!, capacity: 7 }], control)).toEqual({
      created: 0,
      updated: 1,
    });
    expect((await db.members.get(member!.id))?.capacity).toBe(7);
  });
});
