/**
 * What the connection has dispatched so far, for the coalescing of edits (server.ts schedule()):
 * vscode-jsonrpc takes one queued message per event-loop tick, so a validation scheduled by one
 * `didChange` would otherwise run before the next queued one is even read — 10,000 changes gave
 * 10,001 publications and a hover waited 14.5 s behind them (issue 27, D7). A validation waits for
 * a tick in which no message was dispatched: the incoming queue is drained, whatever the
 * transport's granularity.
 */
import type { MessageStrategy } from 'vscode-languageserver';

export interface Incoming {
  /** Messages dispatched since the start (requests, notifications, responses). */
  dispatched(): number;
}

export function incomingCounter(): { messageStrategy: MessageStrategy; incoming: Incoming } {
  let n = 0;
  return {
    messageStrategy: {
      handleMessage: (message, next) => {
        n++;
        return next(message);
      }
    },
    incoming: { dispatched: () => n }
  };
}
