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
import type { InitializationOptions } from '../../shared/protocol';
import { SERVER_EXEC_ARGV } from '../../shared/serverProcess';
import { l10n } from './l10n';
import { CrashWindow } from './restartPolicy';

/** languageclient's error handler, restarting the server as CrashWindow decides, in French. */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly window = new CrashWindow();

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few broken messages are survivable; a stream of them means the connection is gone.
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    if (this.window.shouldRestart(Date.now())) return { action: CloseAction.Restart, handled: true };
    return {
      action: CloseAction.DoNotRestart,
      message: l10n.t(
        'Le serveur Dossier SIO s’est arrêté {0} fois en 3 minutes et ne sera plus redémarré. Consultez la sortie « Dossier SIO », puis lancez « Dossier SIO : Redémarrer le serveur de langage ».',
        this.window.count
      )
    };
  }

  reset(): void {
    this.window.reset();
  }
}

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  language: string
): { client: LanguageClient; crashes: RestartingErrorHandler } {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // The young generation's size (shared/serverProcess.ts): a third less resident memory.
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } }
  };
  const crashes = new RestartingErrorHandler();
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.sio.yaml'),
    vscode.workspace.createFileSystemWatcher('**/*.revue.yaml')
  ];
  context.subscriptions.push(...watchers);
  const initializationOptions: InitializationOptions = { locale: language };
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
