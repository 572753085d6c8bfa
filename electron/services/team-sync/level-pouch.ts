import PouchDB from 'pouchdb-core';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { PouchConstructor } from './pouch';

/**
 * PouchDB as main uses it: the replica on LevelDB files in the data folder (prebuilt binaries
 * from the registry, no compiler needed), the team server over HTTP, and replication between
 * them. Plugins change the one constructor: add others (tests: memory) to this one.
 */
export const PouchWithAdapters = withReplication(
  PouchDB.plugin(leveldbAdapter).plugin(httpAdapter),
);

/** Replication defines `replicate` once; a module loaded again (tests) must not redo it. */
function withReplication(Pouch: typeof PouchDB): typeof PouchDB {
  const prototype = (Pouch as unknown as { prototype: object }).prototype;
  return Object.hasOwn(prototype, 'replicate') ? Pouch : Pouch.plugin(replication);
}

/** A laptop's team replica: LevelDB files. */
export const LevelPouch = PouchWithAdapters.defaults({
  adapter: 'leveldb',
}) as unknown as PouchConstructor;
