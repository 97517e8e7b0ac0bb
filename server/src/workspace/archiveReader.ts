/**
 * An editor reading a shared archive on PostgreSQL that an ingest job keeps: it opens the
 * current generation, hears of each new one (`ArchiveWatch`: LISTEN, with a heartbeat) and
 * swaps it in, and never writes. When the server goes away, the workspace keeps the generation
 * it holds (the article table, the passage index, the facts already fetched), the generation
 * stops asking the server for the rest (so an analysis does not wait for a timeout per
 * entity), and the reader tries again on its own, waiting longer each time up to
 * {@link RETRY_MOST_MS}. Each change of state is reported once, not at every try. A server that
 * asks for a password the reader does not have, or refuses the one it has, is told apart
 * (`needsPassword`): the user has something to do, the command that gives the password. Such a
 * reader does not try again on its own: the same missing or refused password would fail the same
 * way, and a server that locks a role after failed logins would lock the readers' role. It tries
 * again when it is started again (the password given, the corpus reindexed, a reload).
 */
import { describeArchive } from '../store/postgres/archiveConnection.js';
import { ArchiveWatch } from '../store/postgres/archiveWatch.js';
import { PostgresGeneration } from '../store/postgres/postgresGeneration.js';
import type { PostgresCorpusStore } from '../store/postgres/postgresStore.js';
import type { WorkspaceHost } from './host.js';

/** The first wait before trying an archive that could not be reached again; it doubles each time. */
export const RETRY_FIRST_MS = 2_000;
/** The longest wait between tries. */
export const RETRY_MOST_MS = 30_000;

/** The archive as the status bar shows it. */
export interface ArchiveState {
  /** The archive, named without its password. */
  location: string;
  state: 'connecting' | 'online' | 'offline';
  /** Offline: why, in one line; online: what is missing, if anything (no corpus for this knowledge base). */
  reason?: string;
  /** Offline because the server wants a password the reader lacks or refused the one it gave. */
  needsPassword?: boolean;
}

/**
 * Whether a failure to connect is the server asking for a password: none was given (the `pg`
 * client refuses to start SCRAM or a password exchange without one), or the server refused the
 * one given (SQLSTATE 28P01, invalid_password). Undefined for any other failure.
 */
export function passwordProblem(error: unknown): 'missing' | 'refused' | undefined {
  if (!(error instanceof Error)) return undefined;
  if ((error as NodeJS.ErrnoException).code === '28P01') return 'refused';
  return /password must be a (non-empty )?string/i.test(error.message) ? 'missing' : undefined;
}

export interface ArchiveReaderOptions {
  retryFirstMs?: number;
  retryMostMs?: number;
  heartbeatMs?: number;
}

export class ArchiveReader {
  state: ArchiveState;
  private watch: ArchiveWatch | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs: number;
  private disposed = false;
  /** Openings of the current generation, one after the other (a notification may come during one). */
  private queue: Promise<void> = Promise.resolve();
  /** What the archive lacks for this workspace, when it is reached but holds no usable corpus. */
  private missing: string | undefined;
  /**
   * The generation this reader opened last: closed when another replaces it, also when the
   * workspace dropped it first (another knowledge base).
   */
  private opened: PostgresGeneration | undefined;

  constructor(
    private readonly host: WorkspaceHost,
    readonly store: PostgresCorpusStore,
    /** Called after every attempt and every generation swapped in, with the state before it. */
    private readonly onChange: (state: ArchiveState, previous: ArchiveState) => void,
    private readonly options: ArchiveReaderOptions = {},
  ) {
    this.state = { location: describeArchive(store.connectionString), state: 'connecting' };
    this.retryMs = options.retryFirstMs ?? RETRY_FIRST_MS;
  }

  /** Connects and opens the current generation; resolves when that is done or has failed (then a retry is scheduled). */
  start(): Promise<void> {
    clearTimeout(this.retryTimer);
    return this.connect();
  }

  /**
   * Opens the current generation again (the knowledge base changed, or the user asked): online,
   * at once; offline, at the next try.
   */
  async refresh(): Promise<void> {
    if (this.state.state !== 'online') return this.start();
    await this.openCurrent();
    this.report({ location: this.state.location, state: this.state.state, ...this.missingReason() });
  }

  /** Stops listening and retrying, and closes the archive's connections. */
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    this.watch?.close();
    this.watch = undefined;
    this.opened?.close();
    await this.store.close().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.disposed) return;
    this.watch?.close();
    this.watch = undefined;
    try {
      const { watch, current } = await ArchiveWatch.open(
        this.store.connectionString,
        { onGeneration: () => void this.generationCommitted(), onLost: (reason) => this.lost(reason) },
        this.options.heartbeatMs,
      );
      if (this.disposed) {
        watch.close();
        return;
      }
      this.watch = watch;
      // Back after an outage with the same generation current: what is held is whole.
      if (current === undefined || current !== this.held()?.id || this.missing) await this.openCurrent();
      this.held()?.setServerAway(false);
      this.retryMs = this.options.retryFirstMs ?? RETRY_FIRST_MS;
      this.report({ location: this.state.location, state: 'online', ...this.missingReason() });
    } catch (error) {
      const password = passwordProblem(error);
      if (password === 'missing')
        this.lost(
          `the shared archive ${this.state.location} asks for a password, and none was given (by "Connect to a shared archive", PGPASSWORD or ~/.pgpass)`,
          true,
        );
      else this.lost((error as Error).message.split('\n')[0]!, password === 'refused');
    }
  }

  /** An ingest job committed a generation: it replaces the one held. */
  private async generationCommitted(): Promise<void> {
    try {
      await this.openCurrent();
      this.report({ location: this.state.location, state: this.state.state, ...this.missingReason() });
    } catch (error) {
      this.lost((error as Error).message.split('\n')[0]!);
    }
  }

  /** Opens the current generation in the workspace, closing the one it replaces. Throws when the archive cannot be read. */
  private openCurrent(): Promise<void> {
    const next = this.queue.then(async () => {
      if (this.disposed) return;
      const before = this.opened;
      const found = await this.host.openStored();
      const now = this.held();
      if (before && before !== now) before.close();
      this.opened = now;
      // Superseded long ago and deleted since: the current one is opened instead.
      if (now && now !== before) now.onDamaged(() => void this.generationCommitted());
      this.missing = found
        ? undefined
        : `the shared archive ${this.state.location} holds no corpus indexed with this knowledge base (run "attache index --store …" with it)`;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private lost(reason: string, needsPassword = false): void {
    if (this.disposed) return;
    this.watch?.close();
    this.watch = undefined;
    this.held()?.setServerAway(true);
    this.report({
      location: this.state.location,
      state: 'offline',
      reason,
      ...(needsPassword ? { needsPassword } : {}),
    });
    clearTimeout(this.retryTimer);
    if (needsPassword) return;
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, this.options.retryMostMs ?? RETRY_MOST_MS);
  }

  private missingReason(): { reason?: string } {
    return this.missing ? { reason: this.missing } : {};
  }

  private report(state: ArchiveState): void {
    if (this.disposed) return;
    const previous = this.state;
    this.state = state;
    this.onChange(state, previous);
  }

  /** The archive's generation the workspace holds, if it holds one. */
  private held(): PostgresGeneration | undefined {
    const generation = this.host.committedCorpus?.generation;
    return generation instanceof PostgresGeneration ? generation : undefined;
  }
}
