/**
 * Entry point of the language server in a browser (dist/browser/server.js): a Web Worker started
 * by the web client (client/src/browser/serverWorker.ts) in VS Code for the Web. The same
 * startServer as the desktop's main.ts; its files are read through the client's `workspace.fs`
 * (clientFiles.ts, the default of startServer). An uncaught error in one request must not take
 * the server down: log it and keep serving.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { installSetImmediate } from './browserTimers';
import { incomingCounter } from './incoming';
import { startServer } from './server';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: { message?: string; reason?: unknown }) => void): void;
}
declare const self: WorkerScope;

installSetImmediate(globalThis);
// Edits are validated once the incoming queue is drained, as on the desktop (incoming.ts).
const { messageStrategy, incoming } = incomingCounter();
const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never), { messageStrategy });
self.addEventListener('error', (e) => connection.console.error(`Erreur interne / internal error: ${e.message ?? e}`));
self.addEventListener('unhandledrejection', (e) => connection.console.error(`Erreur interne / internal error: ${String(e.reason)}`));
startServer(connection, { incoming });
