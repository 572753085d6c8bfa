import type { Actor } from '@shared/commands/policy';
import { approvalRecord, sameOpenRequest } from '@shared/commands/approval-record';
import type { Approval } from '@shared/domain/approval';
import type { TableName } from '@shared/persistence/tables';
import { db as defaultDb, type PlannerDatabase } from '../db/db';
import type { Command, Outcome } from './command';
import { ImageRecorder, type RowImages } from './row-images';
import { reloadAfterFailure } from './optimistic';
import { rowWriter } from './row-writer';
import { teamIdentity } from '../sync/team-identity';

/** What the runner reports after a change committed, for the acting person's undo history. */
export interface AppliedChange {
  actorKey: string;
  label: Command['label'];
  labelParams?: Record<string, string | number>;
  images: RowImages;
}

type Sink = (change: AppliedChange) => void;
let sink: Sink = () => undefined;

/** Where undoable changes go once committed (the history slice registers itself). */
export function onApplied(next: Sink): void {
  sink = next;
}

/** The person at the keyboard as the history keys them ('' for the team lead). */
export const actorKeyOf = (actor: Actor) => actor?.id ?? '';

const ALWAYS: TableName[] = ['approvals', 'members', 'settings'];

/**
 * The acting person, read in the command's transaction: the one signed in to the team server,
 * else the "acting as" setting ('' or no setting: the team lead).
 */
async function actingMember(db: PlannerDatabase): Promise<Actor | 'unknown'> {
  const team = teamIdentity();
  // Usually the person who acted last acts again: read them beside the setting, not after it
  // (each read waits for the database; a click's change should not wait twice).
  const guess = team ? (team.memberId ?? '') : lastActingId;
  const [setting, guessed] = await Promise.all([
    team ? undefined : db.settings.get('actingAs'),
    guess ? db.members.get(guess) : undefined,
  ]);
  const id = team ? (team.memberId ?? '') : typeof setting?.value === 'string' ? setting.value : '';
  lastActingId = id;
  if (!id) return null;
  const member = id === guess ? guessed : await db.members.get(id);
  return member?.active ? member : 'unknown';
}
let lastActingId = '';

/** Commands still writing: undo waits for them, so Ctrl+Z right after a change undoes it. */
const inFlight = new Set<Promise<unknown>>();

export async function commandsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

export interface RunOptions {
  db?: PlannerDatabase;
  now?: Date;
  newId?: () => string;
}

/**
 * Runs a command: one transaction in which the acting person is read, the policy decides, and
 * the change is applied (with its audit entry and before-images) or routed to the approver — an
 * identical open request is not made twice — or refused with the reason.
 */
export function runCommand<R>(command: Command<R>, options: RunOptions = {}): Promise<Outcome<R>> {
  const running = execute(command, options);
  inFlight.add(running);
  void running.finally(() => inFlight.delete(running)).catch(() => undefined);
  return running;
}

async function execute<R>(command: Command<R>, options: RunOptions): Promise<Outcome<R>> {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const tables = [...new Set([...command.tables, ...ALWAYS])].map((name) => db.table(name));
  const recorder = command.undoable === false ? null : new ImageRecorder();
  let applied: AppliedChange | null = null;
  // Marks for the benchmark: where the time of a big change goes.
  const mark = (step: string) => performance.mark(`stp:command:${command.name}:${step}`);
  mark('start');
  const transaction = db.transaction('rw', tables, async (): Promise<Outcome<R>> => {
    mark('open');
    const acting = await actingMember(db);
    if (acting === 'unknown' && !command.anyActor)
      return { kind: 'refused', reason: 'policy.refused.unknownActor' };
    const actor = acting === 'unknown' ? null : acting;
    mark('actor');
    const { verdict, record } = await command.decide({ db, actor, now });
    mark('decided');
    if (verdict.kind === 'refused') return { kind: 'refused', reason: verdict.reason };
    if (verdict.kind === 'approval') {
      if (!record) return { kind: 'refused', reason: 'policy.refused.needsApproval' };
      const request = approvalRecord(record, verdict, actor?.id ?? null, now, newId());
      const open = await db.approvals.where('state').equals('pending').toArray();
      const existing = open.find((a) => sameOpenRequest(a as Approval, request));
      if (existing) return { kind: 'proposed', approval: existing as Approval, duplicate: true };
      await db.approvals.add(request);
      return { kind: 'proposed', approval: request, duplicate: false };
    }
    const write = rowWriter(db, recorder);
    const value = await command.apply({ db, actor, now, write });
    mark('applied');
    const audit = record ? approvalRecord(record, verdict, actor?.id ?? null, now, newId()) : null;
    if (audit) await write.addApproval(audit);
    if (recorder) {
      applied = {
        actorKey: actorKeyOf(actor),
        label: command.label,
        ...(command.labelParams ? { labelParams: command.labelParams } : {}),
        images: recorder.images(),
      };
    }
    return { kind: 'applied', value, approval: audit };
  });
  let outcome: Outcome<R>;
  try {
    outcome = await transaction;
    mark('committed');
  } catch (error) {
    reloadAfterFailure(command.tables);
    throw error;
  }
  const change = applied as AppliedChange | null;
  if (change && Object.keys(change.images).length > 0) sink(change);
  return outcome;
}
