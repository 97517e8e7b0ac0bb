/**
 * The LSP lifecycle for every request: errors before `initialize` and after `shutdown`,
 * cancellation before and during a handler, and the abort signal made from a token.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { ServerLifecycle, signalOf } from '../../../server/src/lsp/lifecycle.js';

function running(): ServerLifecycle {
  const lifecycle = new ServerLifecycle();
  lifecycle.markInitialized();
  return lifecycle;
}

const withCode = (code: number) => (error: unknown) => error instanceof ResponseError && error.code === code;

describe('ServerLifecycle', () => {
  it('serves a request once initialized, with no signal without a token', async () => {
    let signal: AbortSignal | undefined = new AbortController().signal;
    const answer = await running().serve(undefined, (given) => {
      signal = given;
      return 42;
    });
    assert.equal(answer, 42);
    assert.equal(signal, undefined);
  });

  it('answers ServerNotInitialized before initialize, without running the handler', async () => {
    let ran = false;
    await assert.rejects(
      new ServerLifecycle().serve(undefined, () => (ran = true)),
      withCode(ErrorCodes.ServerNotInitialized),
    );
    assert.equal(ran, false);
  });

  it('answers InvalidRequest after shutdown, and initialize does not revive it', async () => {
    const lifecycle = running();
    lifecycle.markShutDown();
    lifecycle.markInitialized();
    await assert.rejects(
      lifecycle.serve(undefined, () => 1),
      withCode(ErrorCodes.InvalidRequest),
    );
  });

  it('answers RequestCancelled for a request cancelled right behind it, before the handler runs', async () => {
    const source = new CancellationTokenSource();
    let ran = false;
    const served = running().serve(source.token, () => (ran = true));
    source.cancel();
    await assert.rejects(served, withCode(LSPErrorCodes.RequestCancelled));
    assert.equal(ran, false);
  });

  it('aborts the handler’s signal when the client cancels during the work', async () => {
    const source = new CancellationTokenSource();
    const served = running().serve(source.token, async (signal) => {
      source.cancel();
      assert.equal(signal?.aborted, true);
      signal?.throwIfAborted();
      return 'not reached';
    });
    await assert.rejects(served, withCode(LSPErrorCodes.RequestCancelled));
  });

  it('passes on a handler’s own error unchanged', async () => {
    const failure = new Error('handler failed');
    await assert.rejects(
      running().serve(new CancellationTokenSource().token, () => Promise.reject(failure)),
      (error) => error === failure,
    );
  });
});

describe('signalOf', () => {
  it('gives no signal without a token, an aborted one for a cancelled token, and one that aborts on cancel', () => {
    assert.equal(signalOf(undefined), undefined);
    const cancelled = new CancellationTokenSource();
    cancelled.cancel();
    assert.equal(signalOf(cancelled.token)?.aborted, true);
    const later = new CancellationTokenSource();
    const signal = signalOf(later.token)!;
    assert.equal(signal.aborted, false);
    later.cancel();
    assert.equal(signal.aborted, true);
  });
});
