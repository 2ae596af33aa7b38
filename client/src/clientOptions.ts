/**
 * What the desktop client (languageClient.ts: a Node process) and the web client
 * (browser/languageClient.ts: a Web Worker) share: the documents, settings and watched files the
 * server receives, and the restart policy, in French. Model: vscode-extension-samples/lsp-sample
 * and redhat-developer/vscode-yaml (locale passed in initializationOptions).
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../../shared/protocol';
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

export function clientOptions(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, language: string, crashes: RestartingErrorHandler): LanguageClientOptions {
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.sio.yaml'),
    vscode.workspace.createFileSystemWatcher('**/*.revue.yaml')
  ];
  context.subscriptions.push(...watchers);
  const initializationOptions: InitializationOptions = { locale: language };
  return {
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
}
