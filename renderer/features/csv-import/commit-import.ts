import type { Account } from '@shared/domain/account';
import type { MonthlyActual } from '@shared/domain/actual';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import type { ImportedAccount } from '@shared/csv/import/account-import';
import type { ImportKind } from '@shared/csv/import/import-kinds';
import type { ImportedTerritory } from '@shared/csv/import/territory-import';
import { previewAssignment } from '@shared/territory/rule-change-preview';
import { buildTerritoryIndex } from '@shared/territory/territory-index';
import {
  actualsVerdict,
  memberVerdict,
  stricter,
  teamDataVerdict,
  ALLOWED,
  type Verdict,
} from '@shared/commands/policy';
import type { Row } from '@shared/persistence/tables';
import type { Command, CommandReader, CommandWriter } from '@renderer/commands/command';
import { runCommand } from '@renderer/commands/run-command';
import { ImportCancelled } from './import-client';
import type { PlainMessageKey } from '@shared/i18n/translate';

export interface CommitResult {
  created: number;
  updated: number;
}

export interface CommitControl {
  onProgress: (fraction: number) => void;
  isCancelled: () => boolean;
}

const CHUNK = 5_000;

/** Writes in chunks inside the caller's transaction; a cancel throws, which rolls it all back. */
async function inChunks<T>(
  rows: readonly T[],
  put: (chunk: T[]) => Promise<unknown>,
  control: CommitControl,
) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    if (control.isCancelled()) throw new ImportCancelled();
    await put(rows.slice(start, start + CHUNK));
    control.onProgress(Math.min(1, (start + CHUNK) / Math.max(1, rows.length)));
  }
  if (control.isCancelled()) throw new ImportCancelled();
}

/** Accounts by customer number: known ones keep their id and pin; all are placed by the rules. */
async function commitAccounts(
  { db, write }: CommandWriter,
  records: ImportedAccount[],
  control: CommitControl,
): Promise<CommitResult> {
  {
    // Two index scans (no row is read) find which customer numbers exist already.
    const [externalIds, ids] = await Promise.all([
      db.accounts.orderBy('externalId').keys(),
      db.accounts.orderBy('externalId').primaryKeys(),
    ]);
    const idOf = new Map(externalIds.map((externalId, i) => [String(externalId), ids[i]!]));
    const known = records.filter((r) => idOf.has(r.externalId)).map((r) => idOf.get(r.externalId)!);
    const pins = new Map(
      (await db.accounts.bulkGet(known)).flatMap((a) =>
        a ? [[a.id, a.pinnedOwnerId] as const] : [],
      ),
    );
    const territories = await db.territories.toArray();
    const index = buildTerritoryIndex(territories);
    const owners = new Map(territories.map((t) => [t.id, t.ownerId]));
    const rows: Account[] = records.map((record) => {
      const id = idOf.get(record.externalId) ?? crypto.randomUUID();
      const pinnedOwnerId = pins.get(id) ?? null;
      const territoryId = index.territoryOf(record.postalCode);
      const ownerId = pinnedOwnerId ?? (territoryId ? (owners.get(territoryId) ?? null) : null);
      return { ...record, id, territoryId, ownerId, pinnedOwnerId };
    });
    await inChunks(rows, (chunk) => write.put('accounts', chunk as unknown as Row[]), control);
    return { created: records.length - known.length, updated: known.length };
  }
}

async function commitMembers(
  { db, write }: CommandWriter,
  records: TeamMember[],
  control: CommitControl,
): Promise<CommitResult> {
  {
    const existing = new Set(
      (await db.members.bulkGet(records.map((m) => m.id))).flatMap((m) => (m ? [m.id] : [])),
    );
    await inChunks(records, (chunk) => write.put('members', chunk as unknown as Row[]), control);
    return { created: records.length - existing.size, updated: existing.size };
  }
}

/** Territories by name (regions made when new); then every account is placed by the new rules. */
async function commitTerritories(
  { db, write }: CommandWriter,
  records: ImportedTerritory[],
  control: CommitControl,
): Promise<CommitResult> {
  {
    const all = await db.territories.toArray();
    const key = (name: string) => name.trim().toLocaleLowerCase('de');
    const byName = new Map(all.filter((t) => t.kind === 'territory').map((t) => [key(t.name), t]));
    const regions = new Map(all.filter((t) => t.kind === 'region').map((t) => [key(t.name), t]));
    const written: Territory[] = [];
    let updated = 0;
    for (const record of records) {
      let region = record.region ? regions.get(key(record.region)) : undefined;
      if (record.region && !region) {
        region = {
          id: crypto.randomUUID(),
          name: record.region,
          kind: 'region',
          parentId: null,
          ownerId: null,
          mentorId: null,
          rules: [],
        };
        regions.set(key(record.region), region);
        written.push(region);
      }
      const existing = byName.get(key(record.name));
      if (existing) updated += 1;
      written.push({
        id: existing?.id ?? crypto.randomUUID(),
        name: existing?.name ?? record.name,
        kind: 'territory',
        parentId: region?.id ?? existing?.parentId ?? null,
        ownerId: record.ownerId ?? existing?.ownerId ?? null,
        mentorId: existing?.mentorId ?? null,
        rules: record.rules,
      });
    }
    await write.put('territories', written as unknown as Row[]);
    control.onProgress(0.2);
    const accounts = await db.accounts.toArray();
    const merged = new Map(all.map((t) => [t.id, t]));
    for (const t of written) merged.set(t.id, t);
    const { changes } = previewAssignment(accounts, [...merged.values()]);
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const moved = changes.map((p) => ({ ...byId.get(p.id)!, ...p }));
    await inChunks(moved, (chunk) => write.put('accounts', chunk as unknown as Row[]), control);
    return { created: records.length - updated, updated };
  }
}

async function commitActuals(
  { db, write }: CommandWriter,
  records: MonthlyActual[],
  control: CommitControl,
): Promise<CommitResult> {
  {
    const existing = (
      await db.actuals.bulkGet(records.map((r) => [r.memberId, r.month] as [string, string]))
    ).filter(Boolean).length;
    await inChunks(records, (chunk) => write.put('actuals', chunk as unknown as Row[]), control);
    return { created: records.length - existing, updated: existing };
  }
}

/**
 * What the rules say about an import as a whole. Accounts, members and territories are the
 * team's data (the lead and Seniors); nobody changes their own level or supervisor by file;
 * actuals per member as in the grid (the preview already reports such lines; this is the
 * same rule once more, where the write happens).
 */
async function importVerdict(
  { db, actor }: CommandReader,
  kind: ImportKind,
  records: unknown[],
): Promise<Verdict> {
  if (kind === 'actuals') {
    let verdict = ALLOWED;
    const members = new Set((records as MonthlyActual[]).map((r) => r.memberId));
    for (const id of members)
      verdict = stricter(verdict, actualsVerdict(actor, await db.members.get(id)));
    return verdict.kind === 'refused'
      ? { kind: 'refused', reason: 'import.refused.othersActuals' }
      : verdict;
  }
  let verdict = teamDataVerdict(actor);
  if (kind === 'members') {
    const before = new Map((await db.members.toArray()).map((m) => [m.id, m]));
    for (const member of records as TeamMember[])
      verdict = stricter(verdict, memberVerdict(actor, before.get(member.id) ?? null, member));
  }
  return verdict.kind === 'approval'
    ? { kind: 'refused', reason: 'policy.refused.juniorData' }
    : verdict;
}

/**
 * Stores checked records in one transaction, as one command: all of them or, on an error, a
 * refusal or a cancel, none. Re-importing the same file updates what the first import created.
 */
export async function commitImport(
  kind: ImportKind,
  records: unknown[],
  control: CommitControl,
): Promise<CommitResult> {
  const command: Command<CommitResult> = {
    name: `import.${kind}`,
    label: 'import.commit',
    tables:
      kind === 'members'
        ? ['members']
        : kind === 'actuals'
          ? ['actuals']
          : ['accounts', 'territories'],
    // Not taken back with Ctrl+Z (a restore from a backup is the way back from a wrong import).
    undoable: false,
    decide: async (ctx) => ({ verdict: await importVerdict(ctx, kind, records) }),
    apply: (ctx) => {
      switch (kind) {
        case 'accounts':
          return commitAccounts(ctx, records as ImportedAccount[], control);
        case 'members':
          return commitMembers(ctx, records as TeamMember[], control);
        case 'territories':
          return commitTerritories(ctx, records as ImportedTerritory[], control);
        case 'actuals':
          return commitActuals(ctx, records as MonthlyActual[], control);
      }
    },
  };
  const outcome = await runCommand(command);
  if (outcome.kind === 'applied') return outcome.value;
  throw new ImportRefused(
    outcome.kind === 'refused' ? outcome.reason : 'policy.refused.juniorData',
  );
}

/** The rules refused the import; nothing was written. */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
  constructor(readonly reason: PlainMessageKey) {
    super(reason);
  }
}
