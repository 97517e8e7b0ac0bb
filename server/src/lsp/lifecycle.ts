/**
 * The LSP lifecycle and cancellation, in one place, for every request handler:
 *
 * - a request before `initialize` is answered with `ServerNotInitialized`, one after `shutdown`
 *   with `InvalidRequest` (as the specification says), never with an ordinary empty answer;
 * - a request cancelled by the client is answered with `RequestCancelled`. A handler runs on a
 *   later turn of the event loop than the request's arrival, so a `$/cancelRequest` sent right
 *   behind it (the user moved on) is seen before any work starts; long handlers also get an
 *   `AbortSignal` to check between their steps.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** An LSP cancellation token as an `AbortSignal`, for the host's calls. */
export function signalOf(token: CancellationToken | undefined): AbortSignal | undefined {
  if (!token) return undefined;
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  else token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

/** Whether an error is a cancellation. */
function isAbort(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'AbortError';
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
}

export class ServerLifecycle {
  private state: 'starting' | 'running' | 'shut down' = 'starting';

  /** After the `initialize` answer: requests are served. */
  markInitialized(): void {
    if (this.state === 'starting') this.state = 'running';
  }

  /** After `shutdown`: every later request is an error. */
  markShutDown(): void {
    this.state = 'shut down';
  }

  /** Throws the error the specification asks for when requests are not served now. */
  private assertServing(): void {
    if (this.state === 'starting')
      throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet');
    if (this.state === 'shut down') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
  }

  /**
   * Serves one request: in the lifecycle, after the client has had a chance to cancel it, with a
   * signal that aborts when the client cancels; a cancellation (before or during) answers
   * `RequestCancelled`.
   */
  async serve<T>(
    token: CancellationToken | undefined,
    run: (signal: AbortSignal | undefined) => T | Promise<T>,
  ): Promise<T> {
    this.assertServing();
    await nextTurn();
    if (token?.isCancellationRequested) throw cancelled();
    try {
      return await run(signalOf(token));
    } catch (error) {
      if (isAbort(error) || token?.isCancellationRequested) throw cancelled();
      throw error;
    }
  }
}
