/**
 * `sio.exportTableur` in VS Code for the Web. As on the desktop (client/src/commands/tableur.ts)
 * the server gives the SyntheseModel; the spreadsheet is made here, in the web-worker extension
 * host, by the same browser-safe code (products/tableur/tableurBytes.ts), and tableurWriter.ts
 * reads the centre's template and writes the file through workspace.fs.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TABLEUR_LIMITS, TableurError, tableurBytes } from '../../../shared/browserTableur';
import { SyntheseRequest } from '../../../shared/protocol';
import { isDossierPath } from '../../../shared/naming';
import { pick } from '../../../shared/l10n';
import { activeLocale, l10n } from '../l10n';
import { templateInFolder, writeWebTableur, type WebTableurFs } from './tableurWriter';

function webFs(): WebTableurFs {
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

async function exportTableur(client: BaseLanguageClient, arg: unknown): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri || !isDossierPath(uri.path) || uri.scheme === 'untitled') {
    void vscode.window.showErrorMessage(l10n.t('Ouvrez un dossier *.sio.yaml enregistré sur le disque pour exporter son tableau de synthèse.'));
    return;
  }
  await vscode.workspace.openTextDocument(uri);
  const setting = vscode.workspace.getConfiguration('sio', uri).get<string>('tableur.modele', '').trim();
  let templateUri: string | undefined;
  if (setting) {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
    const inside = templateInFolder(folder.toString(), setting);
    if (!inside) {
      void vscode.window.showErrorMessage(l10n.t('Le modèle « {0} » (réglage sio.tableur.modele) sort du dossier de l’espace de travail : donnez un chemin à l’intérieur, ou un chemin absolu dans vos réglages d’utilisateur.', setting));
      return;
    }
    templateUri = inside;
  }
  const locale = activeLocale();
  try {
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Tableau de synthèse de {0}…', vscode.workspace.asRelativePath(uri)) },
      async () => {
        const answer = await client.sendRequest(SyntheseRequest, { uri: uri.toString(), includeEvaluation: false });
        const model = answer?.model;
        if (!model) return null;
        let warnings: string[] = [];
        const result = await writeWebTableur(
          webFs(),
          {
            dossierUri: uri.toString(),
            templateUri,
            maxTemplateBytes: TABLEUR_LIMITS.fileBytes,
            confirmReplace: async (name) => {
              const replace = l10n.t('Remplacer');
              const choice = await vscode.window.showWarningMessage(l10n.t('{0} existe déjà. Le remplacer par le tableau de synthèse du dossier ?', name), { modal: true }, replace);
              return choice === replace;
            }
          },
          async (template) => {
            if (model.referentiel !== 'bts-sio') {
              throw new TableurError({
                fr: 'Le tableau de synthèse officiel est celui du BTS SIO : un dossier MC SNO n’en a pas.',
                en: 'The official tableau de synthèse belongs to the BTS SIO: an MC SNO dossier has none.'
              });
            }
            const made = await tableurBytes(model, template && /\.ods$/i.test(template.name) ? 'ods' : 'xlsx', template);
            warnings = made.warnings.map((w) => pick(w, locale));
            return made.bytes;
          }
        );
        return { result, warnings };
      }
    );
    if (!outcome) {
      void vscode.window.showErrorMessage(l10n.t('Le dossier ne se lit pas assez pour produire le tableau de synthèse : corrigez d’abord les erreurs signalées.'));
      return;
    }
    const { result, warnings } = outcome;
    if ('refused' in result) return void vscode.window.showErrorMessage(result.refused);
    if ('cancelled' in result) return;
    for (const w of warnings) void vscode.window.showWarningMessage(w);
    const written = vscode.workspace.asRelativePath(vscode.Uri.parse(result.written, true));
    void vscode.window.showInformationMessage(
      templateUri
        ? l10n.t('Tableur écrit : {0} (modèle du centre : {1})', written, setting)
        : l10n.t('Tableur écrit : {0} (sans modèle : mise en page officielle ; réglage « sio.tableur.modele » pour le modèle du centre)', written)
    );
  } catch (err) {
    if (err instanceof TableurError) void vscode.window.showErrorMessage(pick(err.text, locale));
    else void vscode.window.showErrorMessage(l10n.t('Échec : {0}', err instanceof Error ? err.message : String(err)));
  }
}

export function registerWebExportTableur(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('sio.exportTableur', (uri?: vscode.Uri) => exportTableur(client, uri)));
}
