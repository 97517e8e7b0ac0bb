/**
 * A reader's line to the shared archive: one connection that listens on the channel a commit
 * notifies (`LISTEN attache_generation`), so that an editor hears of a new generation as soon as
 * an ingest job commits it, and that also tells when the server goes away (the connection ends
 * or errs). A heartbeat asks for the current generation now and then over the same connection:
 * it finds a server that vanished without closing the connection (a network gone), and a
 * generation whose notification was missed.
 */
import pg from 'pg';
import { archiveClientConfig, archiveError } from './archiveConnection.js';
import { ARCHIVE_SCHEMA as S } from './archiveSchema.js';
import { GENERATION_CHANNEL } from './postgresStore.js';

/** How often the heartbeat asks for the current generation. */
export const HEARTBEAT_MS = 15_000;
/** How long a heartbeat waits for its answer before the server counts as away. */
const HEARTBEAT_TIMEOUT_MS = 10_000;

export interface ArchiveWatchEvents {
  /** A generation other than the last one seen is current (its id). */
  onGeneration(id: string): void;
  /** The connection is lost, in one line naming the archive; nothing more is reported after it. */
  onLost(reason: string): void;
}

export class ArchiveWatch {
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly connectionString: string,
    private lastSeen: string | undefined,
    private readonly events: ArchiveWatchEvents,
  ) {}

  /**
   * Connects, listens, and reads the current generation's id (undefined: none committed yet).
   * Throws one line naming the archive when it cannot be reached.
   */
  static async open(
    connectionString: string,
    events: ArchiveWatchEvents,
    heartbeatMs = HEARTBEAT_MS,
  ): Promise<{ watch: ArchiveWatch; current: string | undefined }> {
    const client = new pg.Client(
      archiveClientConfig(connectionString, { keepAlive: true, query_timeout: HEARTBEAT_TIMEOUT_MS }),
    );
    // Until the watch is made, an error is the failure the caller gets.
    client.on('error', () => undefined);
    let current: string | undefined;
    try {
      await client.connect();
      await client.query(`LISTEN ${GENERATION_CHANNEL}`);
      current = await currentGeneration(client);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw archiveError(connectionString, error, 'cannot be reached');
    }
    const watch = new ArchiveWatch(client, connectionString, current, events);
    client.on('notification', (message) => {
      if (message.channel === GENERATION_CHANNEL && message.payload) watch.seen(message.payload);
    });
    client.on('error', (error) => watch.lose(error));
    client.on('end', () => watch.lose(new Error('the connection was closed')));
    watch.heartbeat = setInterval(() => {
      currentGeneration(client).then(
        (id) => id && watch.seen(id),
        (error: unknown) => watch.lose(error),
      );
    }, heartbeatMs);
    watch.heartbeat.unref();
    return { watch, current };
  }

  /** Stops listening and closes the connection; no event is reported after it. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    void this.client.end().catch(() => undefined);
  }

  private seen(id: string): void {
    if (this.closed || id === this.lastSeen) return;
    this.lastSeen = id;
    this.events.onGeneration(id);
  }

  private lose(error: unknown): void {
    if (this.closed) return;
    this.close();
    this.events.onLost(archiveError(this.connectionString, error, 'cannot be reached').message);
  }
}

async function currentGeneration(client: pg.Client): Promise<string | undefined> {
  const { rows } = await client.query<{ generation_id: string }>(
    `SELECT generation_id::text AS generation_id FROM ${S}.current_generation`,
  );
  return rows[0]?.generation_id;
}
