import { beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '@shared/domain/account';
import { exchangeApprovals, exchangeFile } from '@shared/domain/exchange';
import { db } from '@renderer/db/db';
import { decideCommand } from '@renderer/features/approvals/decide-command';
import { reassignCommand } from '@renderer/features/accounts/reassign-command';
import { recordExceptionCommand } from '@renderer/features/decisions/decision-repository';
import { importExchangeCommand } from '@renderer/features/approvals/exchange-command';
import type { ExchangeFile } from '@shared/domain/exchange';
import { applied, as } from '../../commands/acting';

const decideApproval = async (
  id: string,
  state: 'approved' | 'rejected',
  by: string,
  comment: string,
) => (await as(by, decideCommand(id, { state, comment }))).kind === 'applied';
const importExchange = async (file: ExchangeFile) =>
  applied(await as(null, importExchangeCommand(file)));
import { person } from '../../fresh-db';

const senior = person('sen', 'senior');
const junior = person('jun', 'junior', 'sen');
const account = {
  id: 'a1',
  name: 'Bäckerei Müller',
  segment: 'C',
  strategic: false,
} as const;

async function reset() {
  db.close();
  await db.delete();
  await db.open();
  await db.members.bulkPut([senior, junior]);
}

describe('price and contract exceptions', () => {
  beforeEach(reset);

  it('within authority: in force at once and logged as decided by the requester', async () => {
    const outcome = await as(
      'jun',
      recordExceptionCommand({
        account,
        exception: 'discount',
        value: 3,
        reason: 'Treue',
        revenueEffectCents: -100,
      }),
    );
    expect(outcome.kind).toBe('applied');
    const [logged] = await db.approvals.toArray();
    expect(logged).toMatchObject({
      kind: 'exception',
      state: 'approved',
      requesterId: 'jun',
      approverId: 'jun',
    });
    expect(logged!.decidedAt).toBe(logged!.createdAt);
  });

  it('beyond it: waits for the Senior, who approves; only the Senior may', async () => {
    await as(
      'jun',
      recordExceptionCommand({
        account,
        exception: 'discount',
        value: 10,
        reason: 'Jahresvertrag',
        revenueEffectCents: 0,
      }),
    );
    const [request] = await db.approvals.toArray();
    expect(request).toMatchObject({ state: 'pending', approverId: 'sen' });
    expect(await decideApproval(request!.id, 'approved', 'jun', '')).toBe(false);
    expect(await decideApproval(request!.id, 'approved', 'sen', 'einverstanden')).toBe(true);
    expect(await db.approvals.get(request!.id)).toMatchObject({
      state: 'approved',
      comment: 'einverstanden',
    });
  });
});

describe('offline exchange', () => {
  beforeEach(reset);

  it('a Junior’s request travels to the Senior and the decision back, repeats recognised', async () => {
    // In the field: the Junior asks for 10 % and saves the file.
    await as(
      'jun',
      recordExceptionCommand({
        account,
        exception: 'discount',
        value: 10,
        reason: 'Jahresvertrag',
        revenueEffectCents: -5,
      }),
    );
    const outgoing = exchangeFile(
      exchangeApprovals(await db.approvals.toArray(), 'jun'),
      'jun',
      new Date(),
    );
    const fieldCopy = await db.approvals.toArray();

    // At the office: the Senior's workspace takes the request in (twice: once is enough).
    await reset();
    expect(await importExchange(outgoing)).toMatchObject({ add: [{ state: 'pending' }] });
    expect(await importExchange(outgoing)).toMatchObject({ add: [], duplicates: 1 });
    const [request] = await db.approvals.toArray();
    await decideApproval(request!.id, 'approved', 'sen', 'ok');
    const back = exchangeFile(
      exchangeApprovals(await db.approvals.toArray(), 'sen'),
      'sen',
      new Date(),
    );

    // Back in the field: the decision closes the waiting request; a second time, nothing.
    await reset();
    await db.approvals.bulkAdd(fieldCopy);
    expect(await importExchange(back)).toMatchObject({ decide: [{ state: 'approved' }] });
    expect(await db.approvals.get(request!.id)).toMatchObject({
      state: 'approved',
      approverId: 'sen',
      comment: 'ok',
    });
    expect(await importExchange(back)).toMatchObject({ decide: [], alreadyDecided: 1 });
  });

  it('an approved reassignment from the file moves the accounts here too', async () => {
    const row = {
      ...account,
      externalId: 'K-1',
      postalCode: '80331',
      city: 'München',
      country: 'DE',
      potentialCents: 0,
      priorYearRevenueCents: 0,
      status: 'existing',
      satisfaction: null,
      territoryId: null,
      ownerId: 'sen',
      pinnedOwnerId: null,
    } satisfies Account;
    await db.accounts.put(row);
    await as('jun', reassignCommand(['a1'], 'jun'));
    const [proposal] = await db.approvals.toArray();
    const decision = {
      ...proposal!,
      state: 'approved' as const,
      approverId: 'sen',
      decidedAt: new Date().toISOString(),
    };
    const result = await importExchange(exchangeFile([decision], 'sen', new Date()));
    expect(result.decide).toHaveLength(1);
    expect(await db.accounts.get('a1')).toMatchObject({ ownerId: 'jun', pinnedOwnerId: 'jun' });
  });
});
