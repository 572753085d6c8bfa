// The parts of PouchDB 9 the team replica uses (PouchDB ships no types). The constructor is
// injected: LevelDB files in the app and its tests, the memory adapter in a test server.

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: Array<{ id?: string; name?: string; reason?: string; status?: number }>;
  /** 'cancelled' when stopped before it finished. */
  status?: string;
  /** The source's changes feed up to here has been replicated (checkpointed). */
  last_seq?: number | string;
  /** In a 'change' event: the documents this batch wrote. */
  docs?: Array<{ _id: string }>;
}

/** A replication under way: its outcome, its progress per batch, and a way to stop it. */
export interface Replication extends Promise<ReplicationResult> {
  on(event: 'change', listener: (info: ReplicationResult) => void): unknown;
  cancel(): void;
}

export interface ChangesResult {
  results: Array<{ id: string; seq: number | string; deleted?: boolean; doc?: PouchDoc }>;
  last_seq: number | string;
}

export interface PouchDatabase {
  get(id: string, options?: Record<string, unknown>): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<BulkResult>;
  bulkDocs(docs: PouchDoc[], options?: Record<string, unknown>): Promise<BulkResult[]>;
  allDocs(options?: Record<string, unknown>): Promise<{
    rows: Array<{
      id: string;
      key: string;
      value?: { rev: string; deleted?: boolean };
      error?: string;
    }>;
  }>;
  changes(options: Record<string, unknown>): Promise<ChangesResult>;
  replicate: {
    to(target: PouchDatabase, options?: Record<string, unknown>): Replication;
    from(source: PouchDatabase, options?: Record<string, unknown>): Replication;
  };
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
}

export interface PouchConstructor {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
}
