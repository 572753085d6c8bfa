import type { Actor, Verdict } from '@shared/commands/policy';
import type { Approval, ApprovalChange } from '@shared/domain/approval';
import type { MessageKey, PlainMessageKey } from '@shared/i18n/translate';
import type { Row, RowKey, TableName } from '@shared/persistence/tables';
import type { PlannerDatabase } from '../db/db';

/** Reading inside the command's transaction. */
export interface CommandReader {
  db: PlannerDatabase;
  actor: Actor;
  now: Date;
}

/** Writing inside the command's transaction: every row's before-image is kept for undo. */
export interface RowWriter {
  /** `before`: the rows as they are now, when the caller holds them (saves reading them back). */
  put(
    table: TableName,
    rows: readonly Row[],
    before?: ReadonlyArray<Row | undefined>,
  ): Promise<void>;
  delete(table: TableName, keys: readonly RowKey[]): Promise<void>;
  /** Adds a request or an audit entry (the audit trail is never undone). */
  addApproval(approval: Approval): Promise<void>;
  /** Writes the decision on a pending request (once: the audit guard keeps it as decided). */
  decide(approval: Approval): Promise<void>;
}

export interface CommandWriter extends CommandReader {
  write: RowWriter;
}

/** What the rules decided, and what the audit trail (or the approver's inbox) records. */
export interface Decision {
  verdict: Verdict;
  /** Recorded as decided by the actor when allowed; the request itself when it needs approval. */
  record?: ApprovalChange;
}

/**
 * A change a person makes to the workspace: the tables it touches, a policy check (pure rules
 * from `shared/commands/policy`, fed with what it reads) and one write, all in one transaction.
 */
export interface Command<R = void> {
  name: string;
  /** How the change is named in undo/redo notices. */
  label: MessageKey;
  labelParams?: Record<string, string | number>;
  tables: readonly TableName[];
  decide(ctx: CommandReader): Promise<Decision> | Decision;
  apply(ctx: CommandWriter): Promise<R>;
  /** False for changes that are not taken back with Ctrl+Z (requests, decisions). */
  undoable?: boolean;
  /** Runs even when the acting person is no longer an active member (choosing who one is). */
  anyActor?: boolean;
}

export type Outcome<R> =
  | { kind: 'applied'; value: R; approval: Approval | null }
  | { kind: 'proposed'; approval: Approval; duplicate: boolean }
  | { kind: 'refused'; reason: PlainMessageKey };
