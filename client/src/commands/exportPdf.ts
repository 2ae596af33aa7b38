// placeholder: owned by PDF helper — overwrite this file with the real PDF export.
// It only exists so that client/src/extension.ts bundles before the export lands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerExportPdf(context: vscode.ExtensionContext, _client: LanguageClient): void {
  const soon = () => vscode.window.showInformationMessage('Export PDF : bientôt disponible.');
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.exportPdf', soon),
    vscode.commands.registerCommand('sio.exportPdfAs', soon)
  );
}
