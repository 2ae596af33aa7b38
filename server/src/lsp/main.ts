/**
 * Entry point of the language server: `node dist/server.js --stdio` (any editor) or IPC (VS Code).
 * An uncaught error in one request must not take the server down: log it and keep serving.
 */
// First, before any module allocates: the size of the young generation (youngGeneration.ts).
import '../runtime/youngGeneration';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { desktopFiles } from '../node/nodeFiles';
import { locateIn } from '../node/depotFromDisk';
import { uriToPath } from '../node/uris';
import { heapReclaimer } from '../runtime/heapReclaim';
import { incomingCounter } from './incoming';
import { startServer } from './server';

// Counts dispatched messages: edits are validated once the incoming queue is drained (incoming.ts).
const { messageStrategy, incoming } = incomingCounter();
const connection = createConnection(ProposedFeatures.all, { messageStrategy });
process.on('uncaughtException', (err) => connection.console.error(`Erreur interne / internal error: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Erreur interne / internal error: ${String(err)}`));
startServer(connection, {
  incoming,
  files: desktopFiles,
  heapReclaimer: () => heapReclaimer(),
  locateIn: (uri) => {
    const path = uriToPath(uri);
    return path ? locateIn(path) : undefined;
  }
});
