import type { PlannerApi } from '@shared/ipc/planner-api';
import type { PublishAnswer, TeamSnapshot } from '@shared/ipc/team-schemas';
import { diffWorkspaces, type TableDiff } from '@shared/persistence/workspace-diff';
import type { TableName } from '@shared/persistence/tables';
import { joinedWorkspace } from '@shared/sync/join-workspace';
import { TEAM_TABLES, type TeamTable } from '@shared/sync/team-documents';
import type { Row } from '@shared/persistence/table-keys';
import type { PlannerDatabase } from '../db/db';
import { unwrap } from '../ipc/planner';
import { applyDiskState, dumpWorkspace } from '../persistence/disk-state';
import { flushPendingChanges } from '../persistence/start-workspace';

/** The team's workspace beside this laptop's: what taking it would change, per table. */
export interface JoinPreview {
  tables: Record<TeamTable, Row[]>;
  rows: number;
  through: number | string;
  diff: Array<{ table: TableName } & TableDiff>;
}

export async function previewJoin(db: PlannerDatabase, api: PlannerApi): Promise<JoinPreview> {
  const preview = unwrap(await api.previewTeamWorkspace({}));
  const local = await dumpWorkspace(db);
  const diff = diffWorkspaces(local, joinedWorkspace(local, preview.tables));
  return { ...preview, diff: TEAM_TABLES.map((table) => ({ table, ...diff[table] })) };
}

/**
 * Takes the team's workspace as previewed: this laptop's is backed up first, then replaced on
 * disk and here in one step each (scenarios and personal settings stay); main then confirms
 * the hand-over point so nothing comes twice.
 */
export async function takeTeamWorkspace(
  db: PlannerDatabase,
  api: PlannerApi,
  preview: JoinPreview,
): Promise<TeamSnapshot> {
  await flushPendingChanges();
  unwrap(await api.createBackup({ reason: 'before-import' }));
  const tables = joinedWorkspace(await dumpWorkspace(db), preview.tables);
  const { revision } = unwrap(await api.replaceOnDisk({ tables }));
  await applyDiskState(db, { revision, tables });
  return unwrap(await api.tookTeamWorkspace({ through: preview.through }));
}

/**
 * The lead sends this laptop's workspace, as on disk once pending changes are written: done,
 * or stopped part-way by Cancel (how much went).
 */
export async function publishWorkspace(api: PlannerApi): Promise<PublishAnswer> {
  await flushPendingChanges();
  return unwrap(await api.publishToTeam({}));
}
