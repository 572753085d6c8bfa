type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;
interface Server {
  url: string;
  database: string;
}

/**
 * The team server's changes feed as this laptop last saw it: `changed` waits (long poll, up to
 * 25 s on CouchDB) for it to move past that point. One per signed-in person.
 */
export class ServerFeed {
  private seq: number | string | null = null;

  /** True when someone wrote since the point last seen. Throws when the server is out of reach. */
  async changed(server: Server, fetch: Fetch, signal: AbortSignal): Promise<boolean> {
    const since = encodeURIComponent(String(this.seq ?? 'now'));
    const response = await fetch(
      `${base(server)}/_changes?feed=longpoll&timeout=25000&since=${since}`,
      { signal },
    );
    if (!response.ok)
      throw new Error(`The team server's changes feed answered ${response.status}.`);
    const body = (await response.json()) as { results?: unknown[]; last_seq?: number | string };
    if (body.last_seq !== undefined) this.seq = body.last_seq;
    return (body.results?.length ?? 0) > 0;
  }

  /** Notes where the feed stands now. */
  async mark(server: Server, fetch: Fetch): Promise<void> {
    const response = await fetch(base(server));
    if (!response.ok) throw new Error(`The team server answered ${response.status}.`);
    const info = (await response.json()) as { update_seq?: number | string };
    if (info.update_seq !== undefined) this.seq = info.update_seq;
  }
}

const base = (server: Server) => `${server.url}/${encodeURIComponent(server.database)}`;
