/**
 * Entry point of Dossier SIO in VS Code for the Web (package.json `browser`): vscode.dev,
 * github.dev, or a school's code-server, on locked computers where nothing can be installed.
 * The language server runs in a Web Worker (dist/browser/server.js, server/src/lsp/browserMain.ts)
 * and reads files through this client's `workspace.fs` (fsAnswers.ts). Everything that does
 * not need Node is the desktop's own code: diagnostics, completion, hover, code actions,
 * « Corriger tout », the preview, the status bar, the class view and the « Dépôt » view.
 * The PDF (pdfmake's browser build, exportPdf.ts) and the official spreadsheet (exportTableur.ts)
 * are made here and written with workspace.fs.
 * The products whose engines still need Node say so (refusals.ts) and are hidden (`sio.web`).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { clientOptions, RestartingErrorHandler } from '../clientOptions';
import { answerFileRequests } from '../fsAnswers';
import { effectiveLanguage, initL10n, isEnglish, l10n } from '../l10n';
import { registerCoverageStatus } from '../status';
import { registerNewDossier } from '../newDossier';
import { registerPreview } from '../preview';
import { registerClassView } from '../classView';
import { registerDepotView } from '../depot';
import { registerCompetenceSuggest } from '../competenceSuggest';
import { registerStatusMenu } from '../menu/statusMenu';
import { registerSelectValue } from '../selectValue';
import { registerReviewCommand } from '../commands/review';
import { startServerWorker } from './serverWorker';
import { WEB_REFUSED_COMMANDS, webRefusal } from './refusals';
import { registerWebExportPdf } from './exportPdf';
import { registerWebExportTableur } from './exportTableur';

let client: LanguageClient | undefined;

async function englishBundle(extensionUri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', 'bundle.l10n.en.json')));
  } catch {
    return '{}';
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const language = effectiveLanguage(vscode.workspace.getConfiguration('sio').get<string>('langue'), vscode.env.language);
  const english = isEnglish(language) ? await englishBundle(context.extensionUri) : '{}';
  initL10n(language, () => english);
  void vscode.commands.executeCommand('setContext', 'sio.langue', isEnglish(language) ? 'en' : 'fr');
  // Hides the products a browser cannot make (package.json `!sio.web`).
  void vscode.commands.executeCommand('setContext', 'sio.web', true);
  const output = vscode.window.createOutputChannel('Dossier SIO', { log: true });
  context.subscriptions.push(output);

  const crashes = new RestartingErrorHandler();
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  // The transports are made here rather than by languageclient: the web-worker extension host
  // wraps `Worker`, so the object it returns fails languageclient's `instanceof Worker` test
  // (« Cannot read properties of undefined (reading 'onClose') », seen in code-server 4.139).
  let worker: Worker | undefined;
  const start = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = await startServerWorker(
      {
        readFile: async (u) => vscode.workspace.fs.readFile(vscode.Uri.parse(u, true)),
        fetch: (u) => fetch(u),
        createObjectURL: (b) => URL.createObjectURL(b),
        revokeObjectURL: (u) => URL.revokeObjectURL(u),
        newBlob: (parts, options) => new Blob(parts, options),
        newWorker: (u, options) => new Worker(u, options)
      },
      script.toString(true),
      (detail) => l10n.t('Le serveur Dossier SIO n’a pas pu démarrer dans le navigateur : script illisible ({0}).', detail)
    );
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  const started = new LanguageClient('sio', l10n.t('Serveur Dossier SIO'), start, clientOptions(context, output, language, crashes));
  client = started;
  answerFileRequests(started, vscode.workspace.fs, (u) => vscode.Uri.parse(u, true));

  registerNewDossier(context);
  registerCoverageStatus(context, started);
  registerPreview(context, started);
  registerClassView(context, started);
  registerDepotView(context, started);
  registerStatusMenu(context);
  registerSelectValue(context);
  registerCompetenceSuggest(context);
  registerReviewCommand(context);
  registerWebExportPdf(context, started);
  registerWebExportTableur(context, started);
  for (const command of WEB_REFUSED_COMMANDS) {
    context.subscriptions.push(vscode.commands.registerCommand(command, () => void vscode.window.showWarningMessage(webRefusal(command))));
  }
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.restartServer', async () => {
      output.info(l10n.t('Redémarrage du serveur Dossier SIO demandé.'));
      crashes.reset();
      await started.stop();
      await started.start();
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
