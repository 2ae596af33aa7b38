// placeholder: owned by preview helper — overwrite this file with the real preview.
// It only exists so that client/src/extension.ts bundles before the preview lands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerPreview(context: vscode.ExtensionContext, _client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.showPreview', () =>
      vscode.window.showInformationMessage('Aperçu du tableau de synthèse : bientôt disponible.')
    )
  );
}
