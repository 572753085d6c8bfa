import { tableOf } from './table-of';
import {
  ALLOWED,
  authorityRulesVerdict,
  memberVerdict,
  ownershipMove,
  ownershipVerdict,
  stricter,
  type Actor,
  type Verdict,
} from '@shared/commands/policy';
import type { Account } from '@shared/domain/account';
import { accountMoves } from '@shared/territory/territory-change';
import type { TeamMember } from '@shared/domain/team-member';
import type { Row, TableName } from '@shared/persistence/tables';
import type { PlannerDatabase } from '../db/db';
import type { Command, Decision } from './command';
import { currentFromView } from './optimistic';
import type { AppliedChange } from './run-command';
import { imageTables, reversed, sameRow, type RowImage, type RowImages } from './row-images';

/** The accounts a step hands to another owner: as they are, and as the step leaves them. */
function ownerChanges(images: RowImages): Array<{ from: Account; to: Account }> {
  return (images.accounts ?? []).flatMap(({ before, after }) => {
    const from = before as unknown as Account | undefined;
    const to = after as unknown as Account | undefined;
    return from && to && from.ownerId !== to.ownerId ? [{ from, to }] : [];
  });
}

/** The same rules as the change itself, applied to what taking it back (or redoing it) writes. */
export function imagesVerdict(actor: Actor, images: RowImages): Verdict {
  let verdict = ALLOWED;
  const moves = ownerChanges(images).map(({ from, to }) => ownershipMove(from, to.ownerId));
  verdict = stricter(verdict, ownershipVerdict(actor, moves));
  for (const { before, after } of images.members ?? []) {
    if (!after) continue;
    const next = after as unknown as TeamMember;
    verdict = stricter(
      verdict,
      memberVerdict(actor, (before as TeamMember | undefined) ?? null, next),
    );
  }
  if ((images.settings ?? []).some((image) => image.key === 'authority'))
    verdict = stricter(verdict, authorityRulesVerdict(actor));
  return verdict;
}

async function currentRows(db: PlannerDatabase, table: TableName, rows: RowImage[]) {
  // Single keys: the window may hold these rows already (250,000 accounts in memory).
  const keys = rows.map((r) => r.key);
  if (keys.every((k) => typeof k === 'string')) {
    const held = currentFromView(table, keys as string[]);
    if (held) return held;
  }
  return (await tableOf(db, table).bulkGet(keys as never[])) as Array<Row | undefined>;
}

/**
 * Takes back (or does again) one change of the acting person by writing its before-images
 * (after-images) — refused when the rows have changed since (someone else's work is never
 * overwritten) or when the rules would not let this person make that change now.
 */
export function historyCommand(entry: AppliedChange, direction: 'undo' | 'redo'): Command {
  const images = direction === 'undo' ? reversed(entry.images) : entry.images;
  const tables = imageTables(images);
  return {
    name: `history.${direction}`,
    label: entry.label,
    ...(entry.labelParams ? { labelParams: entry.labelParams } : {}),
    tables,
    undoable: false,
    async decide({ db, actor }): Promise<Decision> {
      if ((actor?.id ?? '') !== entry.actorKey)
        return { verdict: { kind: 'refused', reason: 'history.otherPerson' } };
      for (const table of tables) {
        const now = await currentRows(db, table, images[table]!);
        if (images[table]!.some((image, i) => !sameRow(now[i], image.before)))
          return { verdict: { kind: 'refused', reason: 'history.changedSince' } };
      }
      const verdict = imagesVerdict(actor, images);
      if (verdict.kind === 'approval')
        return { verdict: { kind: 'refused', reason: 'history.needsApproval' } };
      // The accounts whose owner this step changes: recorded, column by column.
      const moved = ownerChanges(images).map(({ from, to }) => ({
        id: from.id,
        fromTerritoryId: from.territoryId,
        fromOwnerId: from.ownerId,
        territoryId: to.territoryId,
        ownerId: to.ownerId,
      }));
      return {
        verdict,
        ...(moved.length
          ? {
              record: {
                kind: 'undo' as const,
                change: {
                  label: entry.label,
                  ...(entry.labelParams ? { labelParams: entry.labelParams } : {}),
                  redo: direction === 'redo',
                  moves: accountMoves(moved),
                },
              },
            }
          : {}),
      };
    },
    async apply({ write }) {
      for (const table of tables) {
        const rows = images[table]!;
        const puts = rows.filter((r) => r.after !== undefined);
        const gone = rows.filter((r) => r.after === undefined).map((r) => r.key);
        await write.delete(table, gone);
        await write.put(
          table,
          puts.map((r) => r.after!),
          puts.map((r) => r.before),
        );
      }
    },
  };
}
