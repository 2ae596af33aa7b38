/**
 * Entry point of the language server: `node dist/server.js --stdio` (any editor) or IPC (VS Code).
 * An uncaught error in one request must not take the server down: log it and keep serving.
 */
// First, before any module allocates: the size of the young generation (youngGeneration.ts).
import '../runtime/youngGeneration';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { desktopFiles } from '../node/nodeFiles';
import { heapReclaimer } from '../runtime/heapReclaim';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (err) => connection.console.error(`Erreur interne / internal error: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Erreur interne / internal error: ${String(err)}`));
startServer(connection, { files: desktopFiles, heapReclaimer: () => heapReclaimer() });
