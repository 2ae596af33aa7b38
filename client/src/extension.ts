/**
 * Entry point of the Dossier SIO extension. Activation is implicit (VS Code ≥ 1.74 activates on the
 * contributed languages and commands) plus `workspaceContains:**\/*.sio.yaml`, so that workspace-wide
 * diagnostics (setting `sio.workspaceDiagnostics`) appear before any dossier is opened.
 * The client stays thin: language features are the server's; here live the editor UI pieces.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerExportPdf } from './commands/exportPdf';
import { registerTableur } from './commands/tableur';
import { registerGenerateSite } from './commands/generateSite';
import { registerCoverageStatus } from './status';
import { createLanguageClient } from './languageClient';
import { effectiveLanguage, initL10n, isEnglish, l10n } from './l10n';
import { englishFromDisk } from './l10nDisk';
import { setFileWriter } from './userFiles';
import { desktopWriter } from './atomicFile';
import { answerFileRequests } from './fsAnswers';
import { registerNewDossier } from './newDossier';
import { registerPreview } from './preview';
import { registerClassView, setClassSpreadsheetEngine } from './classView';
import * as path from 'node:path';
import type { TableurModule } from '../../shared/bundleTypes';
import { registerDepotView } from './depot';
import { registerCompetenceSuggest } from './competenceSuggest';
import { registerStatusMenu } from './menu/statusMenu';
import { registerSelectValue } from './selectValue';
import { registerReviewCommand } from './commands/review';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const language = effectiveLanguage(vscode.workspace.getConfiguration('sio').get<string>('langue'), vscode.env.language);
  initL10n(language, englishFromDisk(context.extensionPath));
  // The walkthrough's steps are chosen on this key (package.json `when`), French unless English.
  void vscode.commands.executeCommand('setContext', 'sio.langue', isEnglish(language) ? 'en' : 'fr');
  const output = vscode.window.createOutputChannel('Dossier SIO', { log: true });
  context.subscriptions.push(output);

  setFileWriter(desktopWriter);
  setClassSpreadsheetEngine(() => require(path.join(__dirname, 'tableur.js')) as typeof TableurModule);
  const { client: started, crashes } = createLanguageClient(context, output, language);
  client = started;
  // The server reads `file:` URIs itself; a remote or virtual folder's files it asks for (lsp/files.ts).
  answerFileRequests(started, vscode.workspace.fs, (u) => vscode.Uri.parse(u, true));

  registerNewDossier(context);
  registerCoverageStatus(context, started);
  registerPreview(context, started);
  registerExportPdf(context, started);
  registerTableur(context, started);
  registerGenerateSite(context);
  registerClassView(context, started);
  registerDepotView(context, started);
  registerStatusMenu(context);
  registerSelectValue(context);
  registerReviewCommand(context);
  registerCompetenceSuggest(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.restartServer', async () => {
      output.info(l10n.t('Redémarrage du serveur Dossier SIO demandé.'));
      crashes.reset();
      await started.restart();
      void vscode.window.setStatusBarMessage(l10n.t('$(check) Serveur Dossier SIO redémarré'), 3000);
    })
  );

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('sio.langue')) return;
      // The walkthrough's steps follow at once; the other strings after a reload.
      const next = effectiveLanguage(vscode.workspace.getConfiguration('sio').get<string>('langue'), vscode.env.language);
      void vscode.commands.executeCommand('setContext', 'sio.langue', isEnglish(next) ? 'en' : 'fr');
      // Strings are read once at activation and the server's locale is set at initialize.
      void vscode.window
        .showInformationMessage(l10n.t('La langue de Dossier SIO changera au rechargement de la fenêtre.'), l10n.t('Recharger'))
        .then((choice) => choice && vscode.commands.executeCommand('workbench.action.reloadWindow'));
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
