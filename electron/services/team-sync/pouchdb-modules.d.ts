// The parts of PouchDB 9 main and its tests use (PouchDB ships no types).
declare module 'pouchdb-core' {
  export interface Doc {
    _id: string;
    _rev?: string;
    [field: string]: unknown;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    doc_write_failures: number;
    errors: Array<{ id?: string; name?: string; reason?: string; status?: number }>;
  }
  export interface Database {
    put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
    get(id: string): Promise<Doc>;
    allDocs(options?: {
      include_docs?: boolean;
    }): Promise<{ rows: Array<{ id: string; doc?: Doc }> }>;
    replicate: { to(target: Database | string): Promise<ReplicationResult> };
    close(): Promise<void>;
  }
  export interface PouchDBStatic {
    new (name: string, options?: Record<string, unknown>): Database;
    plugin(plugin: unknown): PouchDBStatic;
    defaults(options: Record<string, unknown>): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
