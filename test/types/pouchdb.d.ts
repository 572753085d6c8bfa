// Test-only modules without types: the memory adapter and express-pouchdb 4.
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  function expressPouchDB(
    PouchDB: unknown,
    options: {
      mode: 'fullCouchDB' | 'minimumForPouchDB';
      inMemoryConfig?: boolean;
      logPath?: string;
    },
  ): RequestListener;
  export default expressPouchDB;
}
