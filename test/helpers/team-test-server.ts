import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import expressPouchDB from 'express-pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { PouchWithAdapters } from '../../electron/services/team-sync/level-pouch';
import type { CouchServer } from '../../electron/services/team-server/couch-admin';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { removeDir } from './remove-dir';

/** PouchDB with both adapters (plugins change the one constructor, so only once). */
export const Pouch = PouchWithAdapters.plugin(memoryAdapter);
/** PouchDB on LevelDB files: a laptop's replica, as the main process keeps it. */
export const LevelPouch = Pouch.defaults({ adapter: 'leveldb' });
/** PouchDB in memory: the client side of the tests, and the test server's storage. */
export const MemoryPouch = Pouch.defaults({ adapter: 'memory' });

export interface TestCouch {
  url: string;
  /** The server admin (the one who runs the setup). */
  admin: CouchServer;
  stop(): Promise<void>;
  /** Out of reach (the laptops go offline), keeping what it holds, until `resume`. */
  suspend(): Promise<void>;
  resume(): Promise<void>;
  /** Requests wait (unanswered, connections open) until `release`: a slow server, on cue. */
  hold(): void;
  release(): void;
}

type Docs = Array<Record<string, unknown>> | { docs: Array<Record<string, unknown>> };
const listOf = (docs: Docs) => (Array.isArray(docs) ? docs : (docs?.docs ?? []));

type Wrapper = (name: string, db: Record<string, unknown>, next: () => void) => void;
type BulkDocs = (this: unknown, docs: Docs, ...rest: unknown[]) => unknown;

/**
 * pouchdb-validation 4.2 overwrites a replicated revision's `_revisions` with the stored
 * document's before it writes (`newDoc._revisions = oldDoc._revisions`), so a revision sent by
 * replication (`new_edits: false`) into a database with a validation function is silently
 * dropped — a conflict could never reach the server. CouchDB does not do that. Each database
 * notes the histories before validation (a wrapper outside it) and puts them back underneath
 * it (a wrapper installed before it, which validation then calls as the real write).
 */
function keepReplicatedHistories(app: unknown): void {
  const histories = new WeakMap<object, unknown>();
  const { dbWrapper } = app as {
    dbWrapper: { _wrappers: Wrapper[]; registerWrapper(wrapper: Wrapper): void };
  };
  dbWrapper._wrappers.unshift((_, db, next) => {
    const write = db.bulkDocs as BulkDocs;
    db.bulkDocs = function (this: unknown, docs: Docs, ...rest: unknown[]) {
      for (const doc of listOf(docs)) if (histories.has(doc)) doc._revisions = histories.get(doc);
      return write.call(this, docs, ...rest);
    };
    next();
  });
  dbWrapper.registerWrapper((_, db, next) => {
    const validating = db.bulkDocs as BulkDocs;
    db.bulkDocs = function (this: unknown, docs: Docs, ...rest: unknown[]) {
      for (const doc of listOf(docs)) if (doc._revisions) histories.set(doc, doc._revisions);
      return validating.call(this, docs, ...rest);
    };
    next();
  });
}

/** Stops a server left running by a crashed test, whatever the test did. */
const LIFETIME_MS = 10 * 60_000;

/**
 * A CouchDB-protocol server (express-pouchdb, in memory) on 127.0.0.1 with a fresh admin;
 * nothing is kept after it stops, and it stops by itself after ten minutes (or `lifetimeMs`).
 */
export async function startTestCouch(options: { lifetimeMs?: number } = {}): Promise<TestCouch> {
  // A prefix per server: the memory adapter shares databases by name within the process.
  // Its log file goes to a folder of its own, removed when it stops (no test runner needed).
  const logs = mkdtempSync(path.join(tmpdir(), 'stp-couch-'));
  const stored = MemoryPouch.defaults({ prefix: `t${randomUUID().slice(0, 8)}-` });
  const app = expressPouchDB(stored, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: path.join(logs, 'log.txt'),
  });
  keepReplicatedHistories(app);
  let held: Promise<void> | null = null;
  let release = () => undefined as void;
  const server: Server = createServer((request, response) => {
    if (held) void held.then(() => app(request, response));
    else app(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const admin: CouchServer = { url, username: 'admin', password: randomUUID() };
  // A fresh server is an "admin party" until its first admin exists.
  const made = await fetch(`${url}/_config/admins/${admin.username}`, {
    method: 'PUT',
    body: JSON.stringify(admin.password),
  });
  if (!made.ok) throw new Error(`test server admin: ${made.status}`);
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => {
        removeDir(logs);
        resolve();
      });
    }));
  const timer = setTimeout(() => void stop(), options.lifetimeMs ?? LIFETIME_MS);
  timer.unref();
  const suspend = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const resume = () =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const hold = () => {
    held ??= new Promise<void>((resolve) => {
      release = () => {
        held = null;
        resolve();
      };
    });
  };
  return { url, admin, stop, suspend, resume, hold, release: () => release() };
}
