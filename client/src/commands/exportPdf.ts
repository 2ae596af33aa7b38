/**
 * Commands `sio.exportPdf` (next to the dossier: x.sio.yaml → x.pdf) and `sio.exportPdfAs`
 * (save dialog). The server gives the SyntheseModel of the open document (the same one the
 * preview shows); rendering and the atomic write run here, in the extension host, through
 * exportDossierPdf — the function `sio-dossier pdf` uses too — so both produce the same bytes.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import * as path from 'node:path';
import { pick } from '../../../shared/l10n';
import type { ExportModule } from '../../../shared/bundleTypes';
import { requireBundle, saveCodeCaches } from '../../../shared/nodeBundles';
import { SyntheseRequest, type SyntheseParams } from '../../../shared/protocol';
import { activeLocale, l10n } from '../l10n';
import { dossierOnDisk } from './dossierTarget';

/**
 * The PDF engine and its fonts are a separate bundle (dist/export.js), loaded on the first
 * export: activating the extension must not pay for pdfmake. It is loaded through the V8 code
 * cache the command line uses too (server/src/runtime/codeCache.ts), so that the first export
 * of a session does not spend its time compiling pdfmake.
 */
let exportModule: typeof ExportModule | undefined;
function pdf(): typeof ExportModule {
  return (exportModule ??= requireBundle<typeof ExportModule>(path.join(__dirname, 'export.js')));
}

const inFlight = new Set<string>();

function includeEvaluation(uri: vscode.Uri): boolean {
  const cfg = vscode.workspace.getConfiguration('sio', uri);
  return cfg.get<boolean>('export.includeEvaluation', false);
}

async function exportPdf(client: LanguageClient, arg: unknown, saveAs: boolean): Promise<void> {
  const uri = dossierOnDisk(arg, {
    notADossier: l10n.t('Ouvrez un dossier *.sio.yaml pour l’exporter en PDF.'),
    notOnDisk: l10n.t('L’export PDF ne fonctionne que pour un dossier enregistré sur le disque.')
  });
  if (!uri) return;
  // The server answers for open documents only.
  const document = await vscode.workspace.openTextDocument(uri);

  let outPath: string | undefined;
  if (saveAs) {
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(pdf().defaultPdfPath(uri.fsPath)),
      filters: { PDF: ['pdf'] },
      saveLabel: l10n.t('Exporter'),
      title: l10n.t('Exporter le dossier en PDF')
    });
    if (!target) return;
    outPath = target.fsPath;
  }

  const key = uri.toString();
  if (inFlight.has(key)) {
    void vscode.window.showInformationMessage(l10n.t('Un export PDF de ce dossier est déjà en cours.'));
    return;
  }
  inFlight.add(key);
  const locale = activeLocale();
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Export PDF de {0}…', vscode.workspace.asRelativePath(uri)) },
      async () => {
        const evaluation = includeEvaluation(uri);
        const params: SyntheseParams = { uri: key, includeEvaluation: evaluation };
        const answer = await client.sendRequest(SyntheseRequest, params);
        if (!answer?.model) return null;
        return pdf().exportDossierPdf({
          sourcePath: uri.fsPath,
          sourceText: document.getText(),
          model: answer.model,
          outPath,
          includeEvaluation: evaluation,
          env: process.env
        });
      }
    );
    if (!result) {
      void vscode.window.showErrorMessage(
        l10n.t('Le dossier ne se lit pas assez pour produire le tableau de synthèse : corrigez d’abord les erreurs signalées.')
      );
      return;
    }
    // Once the first export has run (so that the cache covers its functions), off the export's path.
    setImmediate(saveCodeCaches);
    for (const w of result.warnings) void vscode.window.showWarningMessage(pick(w, locale));
    const open = l10n.t('Ouvrir le PDF');
    const choice = await vscode.window.showInformationMessage(
      l10n.t('PDF écrit : {0}', vscode.workspace.asRelativePath(result.outPath)),
      open
    );
    if (choice === open) await vscode.env.openExternal(vscode.Uri.file(result.outPath));
  } catch (err) {
    if (err instanceof pdf().ExportError) void vscode.window.showErrorMessage(pick(err.text, locale));
    else void vscode.window.showErrorMessage(l10n.t('Échec de l’export PDF : {0}', err instanceof Error ? err.message : String(err)));
  } finally {
    inFlight.delete(key);
  }
}

export function registerExportPdf(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.exportPdf', (uri?: vscode.Uri) => exportPdf(client, uri, false)),
    vscode.commands.registerCommand('sio.exportPdfAs', (uri?: vscode.Uri) => exportPdf(client, uri, true))
  );
}
