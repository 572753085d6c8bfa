import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { CouchServer } from '../../electron/services/team-server/couch-admin';
import { tempDir } from './temp-dirs';

/** PouchDB with both adapters (plugins change the one constructor, so only once). */
export const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);
/** PouchDB in memory: the client side of the tests, and the test server's storage. */
export const MemoryPouch = Pouch.defaults({ adapter: 'memory' });

export interface TestCouch {
  url: string;
  /** The server admin (the one who runs the setup). */
  admin: CouchServer;
  stop(): Promise<void>;
}

/** Stops a server left running by a crashed test, whatever the test did. */
const LIFETIME_MS = 10 * 60_000;

/**
 * A CouchDB-protocol server (express-pouchdb, in memory) on 127.0.0.1 with a fresh admin;
 * nothing is kept after it stops, and it stops by itself after ten minutes.
 */
export async function startTestCouch(): Promise<TestCouch> {
  // A prefix per server: the memory adapter shares databases by name within the process.
  const stored = MemoryPouch.defaults({ prefix: `t${randomUUID().slice(0, 8)}-` });
  const app = expressPouchDB(stored, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: path.join(tempDir('stp-couch-'), 'log.txt'),
  });
  const server: Server = createServer(app);
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
      server.close(() => resolve());
    }));
  const timer = setTimeout(() => void stop(), LIFETIME_MS);
  timer.unref();
  return { url, admin, stop };
}
