import { beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '@shared/domain/account';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import { db } from '@renderer/db/db';
import { decideCommand } from '@renderer/features/approvals/decide-command';
import {
  classifyCommand,
  proposeClassification,
  type ClassificationChange,
} from '@renderer/features/market/classification';
import { as, undoLast } from '../../commands/acting';

const classify = (change: ClassificationChange, actor: { id: string } | null) =>
  as(actor?.id ?? null, classifyCommand(change));
const decideApproval = async (id: string, state: 'approved', by: string, comment: string) =>
  (await as(by, decideCommand(id, { state, comment }))).kind === 'applied';
import { markNewBusinessTargets } from '@renderer/features/market/new-business-targets';
import { person } from '../../fresh-db';

const senior = person('sen', 'senior');
const junior = person('jun', 'junior', 'sen');

const account = (id: string, revenue: number, segment: 'A' | 'B' | 'C', ownerId = 'jun') =>
  ({
    id,
    externalId: `K-${id}`,
    name: `Firma ${id}`,
    postalCode: '80331',
    city: 'München',
    country: 'DE',
    segment,
    strategic: false,
    potentialCents: revenue * 2,
    priorYearRevenueCents: revenue,
    status: 'existing',
    satisfaction: null,
    territoryId: null,
    ownerId,
    pinnedOwnerId: null,
  }) satisfies Account;

async function reset() {
  db.close();
  await db.delete();
  await db.open();
  await db.members.bulkPut([senior, junior]);
}

describe('ABC re-classification', () => {
  beforeEach(reset);
  const accounts = [account('1', 800, 'C'), account('2', 150, 'C'), account('3', 50, 'A')];

  it('previews only the accounts whose segment changes', () => {
    expect(proposeClassification(accounts, 'revenue', { a: 80, b: 95 })).toEqual([
      { id: '1', name: 'Firma 1', from: 'C', to: 'A' },
      { id: '2', name: 'Firma 2', from: 'C', to: 'B' },
      { id: '3', name: 'Firma 3', from: 'A', to: 'C' },
    ]);
  });

  it('a Senior applies at once, logged and undoable', async () => {
    await db.accounts.bulkPut(accounts);
    const changes = proposeClassification(accounts, 'revenue', { a: 80, b: 95 });
    const result = await classify(
      { basis: 'revenue', thresholds: { a: 80, b: 95 }, changes },
      senior,
    );
    expect(result.kind).toBe('applied');
    expect((await db.accounts.get('1'))!.segment).toBe('A');
    const [logged] = await db.approvals.toArray();
    expect(logged).toMatchObject({ kind: 'classification', state: 'approved', approverId: 'sen' });
    await undoLast();
    expect((await db.accounts.get('1'))!.segment).toBe('C');
  });

  it('a Junior’s waits for their Senior, and takes effect when approved', async () => {
    await db.accounts.bulkPut(accounts);
    const changes = proposeClassification(accounts, 'revenue', { a: 80, b: 95 });
    const result = await classify(
      { basis: 'revenue', thresholds: { a: 80, b: 95 }, changes },
      junior,
    );
    expect(result).toMatchObject({ kind: 'proposed', approval: { approverId: 'sen' } });
    expect((await db.accounts.get('1'))!.segment).toBe('C');
    const [request] = await db.approvals.toArray();
    expect(await decideApproval(request!.id, 'approved', 'sen', '')).toBe(true);
    expect((await db.accounts.get('1'))!.segment).toBe('A');
    expect((await db.accounts.get('3'))!.segment).toBe('C');
  });
});

describe('new-business targets from the market', () => {
  beforeEach(reset);

  const plan = (state: SalesPlan['state']): SalesPlan =>
    ({
      id: `p-${state}`,
      fiscalYear: 2027,
      version: 1,
      state,
      teamTargetCents: 0,
      startMonth: 1,
      method: 'manual',
      mix: { even: 0, potential: 0, priorYear: 100 },
      ramp: [],
      redistributeRamp: false,
      seasonality: Array(12).fill(0),
      newBusinessDefaults: { junior: 60, senior: 30 },
      createdAt: '2026-11-01T00:00:00.000Z',
      history: [],
    }) as SalesPlan;
  const target = (planId: string, memberId: string, pct: number): PlanTarget => ({
    planId,
    memberId,
    monthlyCents: Array(12).fill(100_000),
    manual: true,
    newBusinessPct: pct,
    seasonality: null,
    signoff: 'open',
  });

  it('needs a draft plan: an approved one is never touched', async () => {
    await db.plans.put(plan('approved'));
    const result = await markNewBusinessTargets(
      [{ ownerId: 'jun', potentialCents: 1 }],
      null,
      2027,
    );
    expect(result).toEqual({ kind: 'no-draft' });
  });

  it('raises an owner’s new-business share to cover the targeted potential, never lowers it', async () => {
    await db.plans.put(plan('draft'));
    await db.planTargets.bulkPut([target('p-draft', 'jun', 10), target('p-draft', 'sen', 90)]);
    // Year target 1,200,000 cents: 600,000 of potential needs 50 %; the Senior has 90 % already.
    const result = await markNewBusinessTargets(
      [
        { ownerId: 'jun', potentialCents: 400_000 },
        { ownerId: 'jun', potentialCents: 200_000 },
        { ownerId: 'sen', potentialCents: 100_000 },
      ],
      null,
      2027,
    );
    expect(result).toMatchObject({ kind: 'raised', members: 1, skipped: 0 });
    if (result.kind === 'raised') await as(null, result.command);
    expect((await db.planTargets.get(['p-draft', 'jun']))!.newBusinessPct).toBe(50);
    expect((await db.planTargets.get(['p-draft', 'sen']))!.newBusinessPct).toBe(90);
    await undoLast();
    expect((await db.planTargets.get(['p-draft', 'jun']))!.newBusinessPct).toBe(10);
  });

  it('acting as a Junior changes only their own part', async () => {
    await db.plans.put(plan('draft'));
    await db.planTargets.bulkPut([target('p-draft', 'jun', 10), target('p-draft', 'sen', 10)]);
    const result = await markNewBusinessTargets(
      [
        { ownerId: 'jun', potentialCents: 600_000 },
        { ownerId: 'sen', potentialCents: 600_000 },
      ],
      junior,
      2027,
    );
    expect(result).toMatchObject({ kind: 'raised', members: 1, skipped: 1 });
    if (result.kind === 'raised') expect((await as('jun', result.command)).kind).toBe('applied');
    expect((await db.planTargets.get(['p-draft', 'jun']))!.newBusinessPct).toBe(50);
    expect((await db.planTargets.get(['p-draft', 'sen']))!.newBusinessPct).toBe(10);
  });
});
