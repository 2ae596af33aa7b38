/**
 * The Dossier SIO language client: starts dist/server.js (`--stdio`, the contract of esbuild.mjs) and restarts it when it dies.
 * Model: vscode-extension-samples/lsp-sample and redhat-developer/vscode-yaml (locale passed in
 * initializationOptions so the server speaks the editor's language).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../shared/serverProcess';
import { clientOptions, RestartingErrorHandler } from './clientOptions';
import { l10n } from './l10n';

export { RestartingErrorHandler } from './clientOptions';

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
  const options = clientOptions(context, output, language, crashes);
  // The id "sio" makes languageclient read the `sio.trace.server` setting.
  const client = new LanguageClient('sio', l10n.t('Serveur Dossier SIO'), serverOptions, options);
  return { client, crashes };
}
