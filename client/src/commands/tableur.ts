/**
 * « Dossier SIO : Exporter le tableau de synthèse (tableur) » (`sio.exportTableur`, also the
 * preview's toolbar button) and « Dossier SIO : Importer un tableau de synthèse… »
 * (`sio.importTableau`). The export writes <nom>.tableau.xlsx next to the dossier, as the PDF
 * export writes <nom>.pdf; it fills the centre's template named by the `sio.tableur.modele`
 * setting (a file path, so restricted in untrusted workspaces), else writes the official layout;
 * the import writes a new dossier and opens it. The work is the CLI's (server/src/tableur), in a
 * bundle loaded on first use: activation does not pay for ExcelJS.
 */
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { SyntheseRequest, type SyntheseParams } from '../../../shared/protocol';
import { pick } from '../../../shared/l10n';
import type { TableurModule } from '../../../shared/bundleTypes';
import { activeLocale, l10n } from '../l10n';
import { dossierOnDisk } from './dossierTarget';
import { importFileName, namePartSelection } from './importTarget';

let tableurModule: typeof TableurModule | undefined;
function tableur(): typeof TableurModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (tableurModule ??= require(path.join(__dirname, 'tableur.js')) as typeof TableurModule);
}

/**
 * The template setting: absolute in the user's settings, or relative to the dossier's workspace
 * folder — and then inside it once links are resolved (docs/SECURITE.md): `../`, a link leaving
 * the folder or an absolute path set by the workspace is refused.
 */
function templateFor(uri: vscode.Uri): string | undefined | null {
  const config = vscode.workspace.getConfiguration('sio', uri);
  const value = config.get<string>('tableur.modele', '').trim();
  if (!value) return undefined;
  if (path.isAbsolute(value)) {
    // An absolute path from the user's own settings only: a shared folder's .vscode/settings.json
    // must not make the export read a file of its choosing elsewhere on the disk.
    const i = config.inspect<string>('tableur.modele');
    const fromUser = [i?.globalValue, i?.globalLanguageValue].some((v) => v?.trim() === value);
    if (fromUser) return value;
    void vscode.window.showErrorMessage(l10n.t('Le modèle « {0} » (réglage sio.tableur.modele) sort du dossier de l’espace de travail : donnez un chemin à l’intérieur, ou un chemin absolu dans vos réglages d’utilisateur.', value));
    return null;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
  const file = path.join(folder, value);
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return path.resolve(p);
    }
  };
  const rel = path.relative(real(folder), real(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    void vscode.window.showErrorMessage(l10n.t('Le modèle « {0} » (réglage sio.tableur.modele) sort du dossier de l’espace de travail : donnez un chemin à l’intérieur, ou un chemin absolu dans vos réglages d’utilisateur.', value));
    return null;
  }
  return file;
}

function failed(err: unknown): void {
  if (err instanceof tableur().TableurError) void vscode.window.showErrorMessage(pick(err.text, activeLocale()));
  else void vscode.window.showErrorMessage(l10n.t('Échec : {0}', err instanceof Error ? err.message : String(err)));
}

async function exportTableur(client: LanguageClient, arg: unknown): Promise<void> {
  const notHere = l10n.t('Ouvrez un dossier *.sio.yaml enregistré sur le disque pour exporter son tableau de synthèse.');
  const uri = dossierOnDisk(arg, { notADossier: notHere, notOnDisk: notHere });
  if (!uri) return;
  await vscode.workspace.openTextDocument(uri);
  // One click, like the PDF: <nom>.tableau.xlsx (or .ods, the template's format) next to the dossier.
  const template = templateFor(uri);
  if (template === null) return;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Tableau de synthèse de {0}…', vscode.workspace.asRelativePath(uri)) },
      async () => {
        const params: SyntheseParams = { uri: uri.toString(), includeEvaluation: false };
        const answer = await client.sendRequest(SyntheseRequest, params);
        if (!answer?.model) return null;
        return tableur().exportTableur({ sourcePath: uri.fsPath, model: answer.model, templatePath: template });
      }
    );
    if (!result) {
      void vscode.window.showErrorMessage(l10n.t('Le dossier ne se lit pas assez pour produire le tableau de synthèse : corrigez d’abord les erreurs signalées.'));
      return;
    }
    for (const w of result.warnings) void vscode.window.showWarningMessage(pick(w, activeLocale()));
    const open = l10n.t('Ouvrir le fichier');
    // Whether the centre's template was used: a student whose setting points nowhere must know.
    const written = template
      ? l10n.t('Tableur écrit : {0} (modèle du centre : {1})', vscode.workspace.asRelativePath(result.outPath), path.basename(template))
      : l10n.t('Tableur écrit : {0} (sans modèle : mise en page officielle ; réglage « sio.tableur.modele » pour le modèle du centre)', vscode.workspace.asRelativePath(result.outPath));
    const choice = await vscode.window.showInformationMessage(written, open);
    if (choice === open) await vscode.env.openExternal(vscode.Uri.file(result.outPath));
  } catch (err) {
    failed(err);
  }
}

async function importTableau(arg: unknown): Promise<void> {
  let source = arg instanceof vscode.Uri ? arg : undefined;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [l10n.t('Tableau de synthèse')]: ['xlsx', 'ods', 'csv'] },
      openLabel: l10n.t('Importer'),
      title: l10n.t('Importer un tableau de synthèse')
    });
    source = picked?.[0];
  }
  if (!source) return;
  await importInto(source, path.basename(tableur().defaultImportPath(source.fsPath)));
}

/**
 * Asks the new dossier's name in a box that selects only the name part and adds `.sio.yaml`
 * (importTarget.ts), beside the imported file. A refusal stays on screen until it is read
 * (modal) and « Réessayer » asks the name again for the same file, not the file picker.
 */
async function importInto(source: vscode.Uri, suggested: string): Promise<void> {
  const folder = path.dirname(source.fsPath);
  const typed = await vscode.window.showInputBox({
    title: l10n.t('Nouveau dossier importé'),
    prompt: l10n.t('Nom du dossier à créer dans « {0} » (.sio.yaml est ajouté)', path.basename(folder)),
    value: suggested,
    valueSelection: namePartSelection(suggested),
    validateInput: async (value) => {
      const name = importFileName(value);
      if (!name) return l10n.t('Indiquez un nom de fichier.');
      try {
        await vscode.workspace.fs.stat(vscode.Uri.file(path.resolve(folder, name)));
        return l10n.t('« {0} » existe déjà : choisissez un autre nom.', name);
      } catch {
        return undefined;
      }
    }
  });
  const name = typed === undefined ? null : importFileName(typed);
  if (!name) return;
  const target = path.resolve(folder, name);
  try {
    const r = await tableur().importTableauFile(source.fsPath, target);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(r.outPath)));
    void vscode.window.showInformationMessage(
      r.notes ? l10n.t('{0} réalisation(s) importée(s) ; {1} remarque(s) « À vérifier » en commentaire.', r.realisations, r.notes) : l10n.t('{0} réalisation(s) importée(s).', r.realisations)
    );
  } catch (err) {
    const why = err instanceof tableur().TableurError ? pick(err.text, activeLocale()) : err instanceof Error ? err.message : String(err);
    const retry = l10n.t('Réessayer');
    const choice = await vscode.window.showErrorMessage(l10n.t('Import refusé : {0}', why), { modal: true }, retry);
    if (choice === retry) return importInto(source, name);
  }
}

export function registerTableur(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.exportTableur', (uri?: vscode.Uri) => exportTableur(client, uri)),
    vscode.commands.registerCommand('sio.importTableau', (uri?: vscode.Uri) => importTableau(uri))
  );
}
