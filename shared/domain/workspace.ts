import type { Account } from './account';
import type { MonthlyActual } from './actual';
import type { TeamMember } from './team-member';
import type { Territory } from './territory';

/**
 * Version of the workspace's data layout. An app refuses to write a workspace whose
 * marker carries a higher number (it was written by a newer app).
 */
export const WORKSPACE_SCHEMA_VERSION = 1;

export interface WorkspaceMarker {
  key: 'workspace';
  schemaVersion: number;
  origin: 'demo' | 'empty';
  createdAt: string;
  appVersion: string;
}

export interface WorkspaceData {
  members: TeamMember[];
  territories: Territory[];
  accounts: Account[];
  actuals: MonthlyActual[];
}

export type Language = 'de' | 'en';
export type LanguageSetting = Language | 'auto';
