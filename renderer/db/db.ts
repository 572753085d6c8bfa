import Dexie, { type Table } from 'dexie';
import type { Account } from '@shared/domain/account';
import type { MonthlyActual } from '@shared/domain/actual';
import type { Approval } from '@shared/domain/approval';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import type { ScenarioHeader, ScenarioPins } from '@shared/scenario/scenario';
import type { WorkspaceMarker } from '@shared/domain/workspace';
import type { ChangeOp, OutboxCursor } from '@shared/persistence/tables';
import { installJournal, type JournalControl } from '../persistence/journal-middleware';
import { installAuditGuard } from './audit-guard';
import { installReadOnlyGuard, type WriteLock } from './read-only-guard';

export const DATABASE_NAME = 'sales-team-planner';
/** IndexedDB version of the table layout below; raise it with a migration, never edit old ones. */
export const DB_VERSION = 3;

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A committed change waiting to be written to disk by main (same transaction as the change). */
export interface OutboxEntry {
  seq?: number;
  op: ChangeOp;
}

/** The disk revision this database has caught up with, and how far its outbox is on disk. */
export interface SyncRow {
  key: 'revision' | 'set-aside';
  value: number;
  cursor?: OutboxCursor | null;
  /** 'set-aside': changes main refused outright, kept so nothing is silently dropped. */
  entries?: ChangeOp[];
}

/** Tables and indexes for everything DESIGN.md §3 lists; primary keys as shared TABLE_KEYS. */
export const STORES_V1 = {
  members: 'id, &nameKey, level, supervisorId, active',
  accounts: 'id, &externalId, postalCode, ownerId, territoryId, segment, status',
  territories: 'id, parentId, ownerId, kind',
  plans: 'id, fiscalYear, state',
  planTargets: '[planId+memberId], planId, memberId',
  actuals: '[memberId+month], memberId, month',
  approvals: 'id, state, requesterId, approverId, kind, createdAt',
  settings: 'key',
  meta: 'key',
};

/** v2: the journal's outbox and the disk revision this database has caught up with. */
const STORES_V2 = { outbox: '++seq', sync: 'key' };

/** v3: what-if scenarios of the territory assignment (their pins apart: lists stay light). */
const STORES_V3 = { scenarios: 'id, createdAt', scenarioPins: 'id' };

export class PlannerDatabase extends Dexie {
  members!: Table<TeamMember, string>;
  accounts!: Table<Account, string>;
  territories!: Table<Territory, string>;
  plans!: Table<SalesPlan, string>;
  planTargets!: Table<PlanTarget, [string, string]>;
  actuals!: Table<MonthlyActual, [string, string]>;
  approvals!: Table<Approval, string>;
  settings!: Table<SettingRow, string>;
  meta!: Table<WorkspaceMarker, string>;
  scenarios!: Table<ScenarioHeader, string>;
  scenarioPins!: Table<ScenarioPins, string>;
  outbox!: Table<OutboxEntry, number>;
  sync!: Table<SyncRow, string>;
  readonly writeLock: WriteLock = { readOnly: false };
  readonly journal: JournalControl;

  constructor(name = DATABASE_NAME) {
    // Strict durability: a committed change is on disk, not just in the OS cache.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2);
    this.version(DB_VERSION).stores(STORES_V3);
    installReadOnlyGuard(this, this.writeLock);
    installAuditGuard(this);
    this.journal = installJournal(this);
  }
}

/** The one working database of the renderer. */
export const db = new PlannerDatabase();
