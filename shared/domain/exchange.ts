import { z } from 'zod';
import type { Approval } from './approval';
import { EXCEPTION_KINDS } from './authority';

/**
 * The small file a field manager without a connection sends their pending requests in, and
 * the Senior sends the decisions back in. Only requests whose effect travels with them:
 * price/contract exceptions and account reassignments (plans travel in workspace files).
 */
export const EXCHANGE_FORMAT = 'sales-team-planner/requests';
export const EXCHANGE_VERSION = 1;
export const EXCHANGE_EXTENSION = 'stpreq';

const base = {
  id: z.string().min(1).max(100),
  state: z.enum(['pending', 'approved', 'rejected']),
  requesterId: z.string().max(100),
  approverId: z.string().max(100).nullable(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  comment: z.string().max(5_000),
};

const exceptionSchema = z.strictObject({
  ...base,
  kind: z.literal('exception'),
  change: z.strictObject({
    accountId: z.string().min(1).max(100),
    accountName: z.string().max(500),
    exception: z.enum(EXCEPTION_KINDS),
    value: z.number().int().min(0).max(365),
    reason: z.string().max(5_000),
    revenueEffectCents: z
      .number()
      .int()
      .min(-(2 ** 53))
      .max(2 ** 53),
  }),
});

const reassignmentSchema = z.strictObject({
  ...base,
  kind: z.literal('reassignment'),
  change: z.strictObject({
    toMemberId: z.string().min(1).max(100),
    accounts: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(100),
          name: z.string().max(500),
          fromOwnerId: z.string().max(100).nullable(),
          fromPinnedOwnerId: z.string().max(100).nullable(),
        }),
      )
      .max(250_000),
  }),
});

export const exchangeFileSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  /** Who exported it (null: the team lead). */
  from: z.string().max(100).nullable(),
  approvals: z
    .array(z.discriminatedUnion('kind', [exceptionSchema, reassignmentSchema]))
    .max(10_000),
});
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;

export type ExchangeProblem = 'not-json' | 'wrong-format' | 'newer-version' | 'invalid';

/** Reads an exchange file; anything else is refused with what it is not. */
export function readExchange(
  text: string,
): { ok: true; file: ExchangeFile } | { ok: false; problem: ExchangeProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== EXCHANGE_FORMAT)
    return { ok: false, problem: 'wrong-format' };
  if (typeof head.version === 'number' && head.version > EXCHANGE_VERSION)
    return { ok: false, problem: 'newer-version' };
  const parsed = exchangeFileSchema.safeParse(value);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problem: 'invalid' };
}

/**
 * What goes into the file of `actorId` (null: the team lead): their own requests still
 * waiting, and the decisions they took (the team lead: every decision).
 */
export function exchangeApprovals(
  approvals: readonly Approval[],
  actorId: string | null,
): Approval[] {
  return approvals.filter(
    (a) =>
      (a.kind === 'exception' || a.kind === 'reassignment') &&
      ((a.state === 'pending' && a.requesterId === (actorId ?? '')) ||
        (a.state !== 'pending' && (actorId === null || a.approverId === actorId))),
  );
}

export function exchangeFile(
  approvals: readonly Approval[],
  from: string | null,
  now: Date,
): ExchangeFile {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: now.toISOString(),
    from,
    approvals: approvals as ExchangeFile['approvals'],
  };
}

export interface ExchangePlan {
  /** Requests new here, to be decided. */
  add: Approval[];
  /** Decisions on requests that wait here: to be applied as decided. */
  decide: Approval[];
  /** The same request, still waiting, on both sides. */
  duplicates: number;
  /** Already decided here: the file changes nothing about them. */
  alreadyDecided: number;
  /** Decisions on requests this workspace never had, or from members it does not know. */
  unknown: number;
}

/**
 * How a file meets this workspace: new requests are added, decisions close the requests
 * that wait here; a request seen twice, or one decided already, is recognised and left alone.
 */
export function planExchange(
  local: ReadonlyMap<string, Pick<Approval, 'state'>>,
  incoming: readonly Approval[],
  isKnownMember: (id: string) => boolean,
): ExchangePlan {
  const plan: ExchangePlan = { add: [], decide: [], duplicates: 0, alreadyDecided: 0, unknown: 0 };
  for (const approval of incoming) {
    const here = local.get(approval.id);
    if (!isKnownMember(approval.requesterId)) plan.unknown += 1;
    else if (!here) {
      if (approval.state === 'pending') plan.add.push(approval);
      else plan.unknown += 1;
    } else if (here.state !== 'pending') plan.alreadyDecided += 1;
    else if (approval.state === 'pending') plan.duplicates += 1;
    else plan.decide.push(approval);
  }
  return plan;
}
