/**
 * The Dossier SIO language client: starts dist/server.js (`--stdio`, the contract of esbuild.mjs) and restarts it when it dies.
 * Model: vscode-extension-samples/lsp-sample and redhat-developer/vscode-yaml (locale passed in
 * initializationOptions so the server speaks the editor's language).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions
} from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import { l10n } from './l10n';

/** Crashes tolerated within RESTART_WINDOW_MS before giving up (a crash loop helps nobody). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Restarts a dead server up to MAX_RESTARTS times in RESTART_WINDOW_MS, then says so in French. */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];
  constructor(private readonly now: () => number = Date.now) {}

  /** After a restart asked by the user, past crashes no longer count. */
  reset(): void {
    this.crashes.length = 0;
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few broken messages are survivable; a stream of them means the connection is gone.
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const t = this.now();
    this.crashes.push(t);
    while (this.crashes.length > 0 && t - this.crashes[0] > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) {
      return { action: CloseAction.Restart, handled: true };
    }
    return {
      action: CloseAction.DoNotRestart,
      message: l10n.t(
        'Le serveur Dossier SIO s’est arrêté {0} fois en 3 minutes et ne sera plus redémarré. Consultez la sortie « Dossier SIO », puis lancez « Dossier SIO : Redémarrer le serveur de langage ».',
        this.crashes.length
      )
    };
  }
}

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel
): { client: LanguageClient; crashes: RestartingErrorHandler } {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6010'] } }
  };
  const crashes = new RestartingErrorHandler();
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.sio.yaml'),
    vscode.workspace.createFileSystemWatcher('**/*.revue.yaml')
  ];
  context.subscriptions.push(...watchers);
  const initializationOptions: InitializationOptions = { locale: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'sio-yaml' }, { language: 'sio-revue' }],
    initializationOptions,
    synchronize: {
      configurationSection: 'sio',
      fileEvents: watchers
    },
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: crashes
  };
  // The id "sio" makes languageclient read the `sio.trace.server` setting.
  const client = new LanguageClient('sio', l10n.t('Serveur Dossier SIO'), serverOptions, clientOptions);
  return { client, crashes };
}
