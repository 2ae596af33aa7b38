/**
 * An LSP client for the protocol tests: spawns the bundled server (`node dist/server.js --stdio`),
 * initializes it and collects what it publishes. Every wait polls the received messages with a
 * timeout; nothing sleeps.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CoverageParams } from '../../server/src/protocol/messages';

const SERVER = join(__dirname, '../../dist/server.js');
const WAIT_MS = 15_000;

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface Client {
  conn: MessageConnection;
  proc: ChildProcess;
  init: InitializeResult;
  published: Published[];
  coverage: CoverageParams[];
  /** Server → client `workspace/inlayHint/refresh` requests received. */
  refreshes: number[];
  /** Server → client `workspace/codeLens/refresh` requests received. */
  codeLensRefreshes: number[];
  stderr: string[];
  /** Resolves with the first message satisfying `test` (already received or to come). */
  waitFor<T>(list: T[], test: (x: T) => boolean, what: string): Promise<T>;
  open(uri: string, text: string): void;
  change(uri: string, version: number, text: string): void;
  stop(): Promise<void>;
}

/** `codeLensRefresh`: the client says it supports `workspace/codeLens/refresh`, as VS Code does. */
export async function startClient(locale: string, settings?: () => unknown, opts: { codeLensRefresh?: boolean } = {}): Promise<Client> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} est absent : lancez « npm run build » avant les tests de protocole (npm test le fait).`);
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  proc.stderr!.on('data', (b: Buffer) => stderr.push(b.toString()));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: Published[] = [];
  const coverage: CoverageParams[] = [];
  const wakers = new Set<() => void>();
  const wake = () => wakers.forEach((w) => w());
  conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    wake();
  });
  conn.onNotification('sio/coverage', (p: CoverageParams) => {
    coverage.push(p);
    wake();
  });
  conn.onNotification('window/logMessage', () => undefined);
  const refreshes: number[] = [];
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings?.() ?? {}));
  conn.onRequest('workspace/inlayHint/refresh', () => {
    refreshes.push(Date.now());
    wake();
    return null;
  });
  const codeLensRefreshes: number[] = [];
  conn.onRequest('workspace/codeLens/refresh', () => {
    codeLensRefreshes.push(Date.now());
    wake();
    return null;
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/workspaceFolders', () => null);
  conn.listen();
  const init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: { publishDiagnostics: { versionSupport: true } },
      workspace: {
        ...(settings ? { configuration: true, inlayHint: { refreshSupport: true } } : {}),
        ...(opts.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {})
      }
    },
    initializationOptions: { locale }
  })) as InitializeResult;
  await conn.sendNotification('initialized', {});

  const waitFor = <T>(list: T[], test: (x: T) => boolean, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const hit = list.find(test);
        if (!hit) return false;
        cleanup();
        resolve(hit);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`délai dépassé en attendant ${what} ; reçu : ${JSON.stringify(list).slice(0, 800)} ; stderr : ${stderr.join('')}`));
      }, WAIT_MS);
      const cleanup = () => {
        clearTimeout(timer);
        wakers.delete(waker);
      };
      const waker = () => void check();
      wakers.add(waker);
      check();
    });

  return {
    conn,
    proc,
    init,
    published,
    coverage,
    refreshes,
    codeLensRefreshes,
    stderr,
    waitFor,
    open: (uri, text) => void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sio-yaml', version: 1, text } }),
    change: (uri, version, text) => void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] }),
    async stop() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    }
  };
}

