import Dexie, { type Table } from 'dexie';
import type { Account } from '../../shared/domain/account';
import type { MonthlyActual } from '../../shared/domain/actual';
import type { Approval } from '../../shared/domain/approval';
import type { PlanTarget, SalesPlan } from '../../shared/domain/plan';
import type { TeamMember } from '../../shared/domain/team-member';
import type { Territory } from '../../shared/domain/territory';
import type { WorkspaceMarker } from '../../shared/domain/workspace';
import { installReadOnlyGuard, type WriteLock } from './read-only-guard';

export const DATABASE_NAME = 'sales-team-planner';
/** IndexedDB version of the table layout below; raise it with a migration, never edit v1. */
export const DB_VERSION = 1;

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Tables and indexes for everything DESIGN.md §3 lists, so later features add no new stores. */
const STORES_V1 = {
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
  readonly writeLock: WriteLock = { readOnly: false };

  constructor(name = DATABASE_NAME) {
    // Strict durability: a committed change is on disk, not just in the OS cache.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(DB_VERSION).stores(STORES_V1);
    installReadOnlyGuard(this, this.writeLock);
  }
}

/** The one working database of the renderer. */
export const db = new PlannerDatabase();
