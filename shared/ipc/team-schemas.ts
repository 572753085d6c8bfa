import { z } from 'zod';
import { changeOpSchema } from '../persistence/tables';
import { TEAM_TABLES } from '../sync/team-documents';

/**
 * The team server's address: http(s) only, no credentials in it (the password goes once,
 * separately, to `_session`), nothing after the path.
 */
export const teamServerUrlSchema = z
  .string()
  .max(2_000)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        !url.username &&
        !url.password &&
        !url.search &&
        !url.hash
      );
    } catch {
      return false;
    }
  }, 'an http or https address without a name, password, query or fragment');

/** CouchDB's rule for database names. */
export const teamDatabaseSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/, 'a CouchDB database name');

const seqSchema = z.union([z.number().int().nonnegative(), z.string().max(1_000)]);

export const teamSyncStatusSchema = z.object({
  state: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('signedOut') }),
    z.object({ kind: z.literal('offline'), pending: z.number().int().nonnegative() }),
    z.object({ kind: z.literal('sending'), count: z.number().int().nonnegative() }),
    z.object({ kind: z.literal('receiving'), count: z.number().int().nonnegative() }),
    z.object({ kind: z.literal('upToDate'), at: z.string() }),
    z.object({
      kind: z.literal('publishing'),
      sent: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    }),
    z.object({
      kind: z.literal('joining'),
      teamRows: z.number().int().nonnegative(),
      publishUnfinished: z.boolean().optional(),
    }),
    z.object({
      kind: z.literal('stopped'),
      problem: z.enum(['wrongPassword', 'server', 'replica']),
      detail: z.string(),
    }),
  ]),
  memberId: z.string().nullable().optional(),
  refused: z.array(z.object({ id: z.string(), reason: z.string() })),
  conflicts: z.number().int().nonnegative(),
});

const personSchema = z.object({
  url: z.string(),
  database: z.string(),
  name: z.string(),
  memberId: z.string().nullable(),
});

/** What the shell needs to know: the sync state and who is signed in (null: nobody). */
export const teamSnapshotSchema = z.object({
  /** False where this build or machine cannot sync (the indicator then stays away). */
  available: z.boolean(),
  status: teamSyncStatusSchema,
  person: personSchema.nullable(),
});
export type TeamSnapshot = z.infer<typeof teamSnapshotSchema>;

const rows = z.array(z.record(z.string(), z.unknown()));
const teamTablesSchema = z.strictObject(
  Object.fromEntries(TEAM_TABLES.map((name) => [name, rows])) as Record<
    (typeof TEAM_TABLES)[number],
    typeof rows
  >,
);

const rowSchema = z.record(z.string(), z.unknown());

/** A row two laptops changed at once: every version, and where they clash. */
export const teamConflictSchema = z.object({
  id: z.string(),
  table: z.enum(TEAM_TABLES),
  versions: z.array(
    z.object({
      rev: z.string(),
      by: z.string().nullable(),
      at: z.string(),
      row: rowSchema.nullable(),
    }),
  ),
  /** Where the versions set the same value differently (null: they merge by themselves). */
  clashes: z
    .array(z.object({ path: z.string(), mine: z.unknown(), theirs: z.unknown() }))
    .nullable(),
});
export type TeamConflictView = z.infer<typeof teamConflictSchema>;

export const teamContract = {
  'team:status': { request: z.undefined(), response: teamSnapshotSchema },
  'team:sign-in': {
    request: z.strictObject({
      url: teamServerUrlSchema,
      database: teamDatabaseSchema,
      name: z.string().min(1).max(200),
      password: z.string().min(1).max(1_000),
    }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('signedIn'), snapshot: teamSnapshotSchema }),
      z.object({
        kind: z.literal('refused'),
        problem: z.enum(['wrongPassword', 'unreachable', 'notOnTeam', 'server']),
      }),
    ]),
  },
  'team:sign-out': { request: z.strictObject({}), response: teamSnapshotSchema },
  'team:sync-now': { request: z.strictObject({}), response: teamSnapshotSchema },
  /** The team's workspace as the server holds it, before this laptop joins. */
  'team:join-preview': {
    request: z.strictObject({}),
    response: z.object({ tables: teamTablesSchema, rows: z.number(), through: seqSchema }),
  },
  /** This laptop's working database now holds the previewed workspace, up to `through`. */
  'team:taken': {
    request: z.strictObject({ through: seqSchema }),
    response: teamSnapshotSchema,
  },
  /** The lead sends this laptop's workspace (as main has it on disk) to the server. */
  /** Sends the lead's workspace; answers once all of it is on the server, or stopped part-way. */
  'team:publish': {
    request: z.strictObject({}),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('published'), snapshot: teamSnapshotSchema }),
      z.object({
        kind: z.literal('stopped'),
        sent: z.number().int().nonnegative(),
        total: z.number().int().nonnegative(),
        snapshot: teamSnapshotSchema,
      }),
    ]),
  },
  /** Stops the publish under way between batches (what went stays; publishing again sends the rest). */
  'team:publish-cancel': { request: z.strictObject({}), response: z.null() },
  'team:conflicts': { request: z.strictObject({}), response: z.array(teamConflictSchema) },
  /** Keeps one version of a conflict (`rev`), in the signed-in person's name. */
  'team:settle': {
    request: z.strictObject({ id: z.string().max(2_000), rev: z.string().max(200) }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('settled'), snapshot: teamSnapshotSchema }),
      z.object({ kind: z.literal('refused'), reason: z.string() }),
    ]),
  },
  /** Takes back a change the server refused: the team's version of that row, here again. */
  'team:put-back': {
    request: z.strictObject({ id: z.string().min(1).max(2_000) }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('putBack'), snapshot: teamSnapshotSchema }),
      z.object({
        kind: z.literal('failed'),
        problem: z.enum(['wrongPassword', 'unreachable', 'server']),
      }),
    ]),
  },
  /** The renderer's answer to a `team:changes` event: applied, or why not. */
  'team:applied': {
    request: z.strictObject({
      delivery: z.number().int().positive(),
      problem: z.string().max(2_000).nullable(),
    }),
    response: z.null(),
  },
} as const;

/** The answer to a publish: all of it on the server, or stopped part-way (how much went). */
export type PublishAnswer = z.infer<(typeof teamContract)['team:publish']['response']>;

export const teamEventContract = {
  'team:status-changed': teamSnapshotSchema,
  'team:changes': z.strictObject({
    delivery: z.number().int().positive(),
    ops: z.array(changeOpSchema).min(1).max(200),
  }),
} as const;
