/**
 * `sio.exportPdf` and `sio.exportPdfAs` in VS Code for the Web. As on the desktop
 * (client/src/commands/exportPdf.ts) the server gives the SyntheseModel of the open document;
 * here pdfmake's browser build lays it out in the web-worker extension host, with DejaVu Sans read
 * from the extension's dist/fonts through workspace.fs (never from a network), and pdfWriter.ts
 * writes it with workspace.fs beside the dossier.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { creationDateFor, renderPdfInBrowser } from '../../../shared/browserPdf';
import { SyntheseRequest } from '../../../shared/protocol';
import { pick } from '../../../shared/l10n';
import { isDossierPath, pdfPathFor } from '../../../shared/naming';
import { activeLocale, l10n } from '../l10n';
import { writeWebPdf, type WebPdfFs } from './pdfWriter';

const inFlight = new Set<string>();

function webFs(): WebPdfFs {
  const uri = (u: string) => vscode.Uri.parse(u, true);
  return {
    stat: async (u) => {
      try {
        return await vscode.workspace.fs.stat(uri(u));
      } catch {
        return null;
      }
    },
    readFile: (u) => Promise.resolve(vscode.workspace.fs.readFile(uri(u))),
    writeFile: (u, bytes) => Promise.resolve(vscode.workspace.fs.writeFile(uri(u), bytes))
  };
}

function targetDossier(arg: unknown): vscode.Uri | undefined {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri || !isDossierPath(uri.path)) {
    void vscode.window.showErrorMessage(l10n.t('Ouvrez un dossier *.sio.yaml pour l’exporter en PDF.'));
    return undefined;
  }
  if (uri.scheme === 'untitled') {
    void vscode.window.showErrorMessage(l10n.t('L’export PDF ne fonctionne que pour un dossier enregistré sur le disque.'));
    return undefined;
  }
  return uri;
}

async function exportPdf(context: vscode.ExtensionContext, client: BaseLanguageClient, arg: unknown, saveAs: boolean): Promise<void> {
  const uri = targetDossier(arg);
  if (!uri) return;
  const document = await vscode.workspace.openTextDocument(uri);
  let chosen: vscode.Uri | undefined;
  if (saveAs) {
    chosen = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.parse(pdfPathFor(uri.toString()), true),
      filters: { PDF: ['pdf'] },
      saveLabel: l10n.t('Exporter'),
      title: l10n.t('Exporter le dossier en PDF')
    });
    if (!chosen) return;
  }
  const key = uri.toString();
  if (inFlight.has(key)) {
    void vscode.window.showInformationMessage(l10n.t('Un export PDF de ce dossier est déjà en cours.'));
    return;
  }
  inFlight.add(key);
  const locale = activeLocale();
  const fonts = vscode.Uri.joinPath(context.extensionUri, 'dist', 'fonts');
  try {
    const evaluation = vscode.workspace.getConfiguration('sio', uri).get<boolean>('export.includeEvaluation', false);
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Export PDF de {0}…', vscode.workspace.asRelativePath(uri)) },
      async () => {
        const answer = await client.sendRequest(SyntheseRequest, { uri: key, includeEvaluation: evaluation });
        const model = answer?.model;
        if (!model) return null;
        let warnings: string[] = [];
        const result = await writeWebPdf(
          webFs(),
          {
            dossierUri: key,
            chosenUri: chosen?.toString(),
            confirmReplace: async (name) => {
              const replace = l10n.t('Remplacer');
              const choice = await vscode.window.showWarningMessage(
                l10n.t('{0} existe déjà et n’a pas été écrit par Dossier SIO. Le remplacer par le PDF du dossier ?', name),
                { modal: true },
                replace
              );
              return choice === replace;
            }
          },
          async () => {
            const pdf = await renderPdfInBrowser(model, {
              creationDate: creationDateFor(document.getText(), {}, model),
              includeEvaluation: evaluation,
              readFont: (file) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(fonts, ...file.split('/'))))
            });
            warnings = pdf.warnings.map((w) => pick(w, locale));
            return pdf.bytes;
          }
        );
        return { result, warnings };
      }
    );
    if (!outcome) {
      void vscode.window.showErrorMessage(
        l10n.t('Le dossier ne se lit pas assez pour produire le tableau de synthèse : corrigez d’abord les erreurs signalées.')
      );
      return;
    }
    const { result, warnings } = outcome;
    if ('refused' in result) return void vscode.window.showErrorMessage(result.refused);
    if ('cancelled' in result) return;
    for (const w of warnings) void vscode.window.showWarningMessage(w);
    const written = vscode.Uri.parse(result.written, true);
    const open = l10n.t('Ouvrir le PDF');
    const choice = await vscode.window.showInformationMessage(l10n.t('PDF écrit : {0}', vscode.workspace.asRelativePath(written)), open);
    if (choice === open) await vscode.commands.executeCommand('vscode.open', written);
  } catch (err) {
    void vscode.window.showErrorMessage(l10n.t('Échec de l’export PDF : {0}', err instanceof Error ? err.message : String(err)));
  } finally {
    inFlight.delete(key);
  }
}

export function registerWebExportPdf(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.exportPdf', (uri?: vscode.Uri) => exportPdf(context, client, uri, false)),
    vscode.commands.registerCommand('sio.exportPdfAs', (uri?: vscode.Uri) => exportPdf(context, client, uri, true))
  );
}
