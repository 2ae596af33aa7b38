/**
 * Entry point of the Dossier SIO extension. Activation is implicit (VS Code ≥ 1.74 activates on the
 * contributed languages and commands) plus `workspaceContains:**\/*.sio.yaml`, so that workspace-wide
 * diagnostics (setting `sio.workspaceDiagnostics`) appear before any dossier is opened.
 * The client stays thin: language features are the server's; here live the editor UI pieces.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerExportPdf } from './commands/exportPdf';
import { registerCoverageStatus } from './status';
import { createLanguageClient } from './languageClient';
import { initL10n, l10n } from './l10n';
import { registerNewDossier } from './newDossier';
import { registerPreview } from './preview';
import { registerClassView } from './classView';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  initL10n(vscode.env.language, context.extensionPath);
  const output = vscode.window.createOutputChannel('Dossier SIO', { log: true });
  context.subscriptions.push(output);

  const { client: started, crashes } = createLanguageClient(context, output);
  client = started;

  registerNewDossier(context);
  registerCoverageStatus(context, started);
  registerPreview(context, started);
  registerExportPdf(context, started);
  registerClassView(context, started);
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.restartServer', async () => {
      output.info(l10n.t('Redémarrage du serveur Dossier SIO demandé.'));
      crashes.reset();
      await started.restart();
      void vscode.window.setStatusBarMessage(l10n.t('$(check) Serveur Dossier SIO redémarré'), 3000);
    })
  );

  try {
    await started.start();
  } catch (err) {
    output.error(String(err));
    void vscode.window
      .showErrorMessage(l10n.t('Le serveur Dossier SIO n’a pas pu démarrer.'), l10n.t('Afficher la sortie'))
      .then((choice) => choice && output.show());
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
