/**
 * Command `sio.generateSite` « Dossier SIO : Générer le site du portfolio »: writes the
 * portfolio site of the dossier into `<nom>-site/` beside it — the function `sio-dossier site`
 * runs, so both write the same bytes — then offers to open it in the browser. The generator
 * is a separate bundle (dist/site.js, markdown-it included), loaded on first use.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { pick } from '../../../shared/l10n';
import type { SiteModule } from '../../../shared/bundleTypes';
import { activeLocale, l10n } from '../l10n';
import { dossierOnDisk } from './dossierTarget';

let siteModule: typeof SiteModule | undefined;
function site(): typeof SiteModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (siteModule ??= require(path.join(__dirname, 'site.js')) as typeof SiteModule);
}

const inFlight = new Set<string>();

/** The folder the user picks when the default one holds other files. */
async function pickFolder(uri: vscode.Uri): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.Uri.file(path.dirname(uri.fsPath)),
    openLabel: l10n.t('Écrire le site ici'),
    title: l10n.t('Dossier du site (vide, ou déjà généré par Dossier SIO)')
  });
  return picked?.[0]?.fsPath;
}

async function generateSite(arg: unknown, outDir?: string): Promise<void> {
  const uri = dossierOnDisk(arg, {
    notADossier: l10n.t('Ouvrez un dossier *.sio.yaml pour générer son site.'),
    notOnDisk: l10n.t('Le site ne peut être généré que pour un dossier enregistré sur le disque.')
  });
  if (!uri) return;
  const key = uri.toString();
  if (inFlight.has(key)) return;
  inFlight.add(key);
  // The extension's language (sio.langue, else VS Code's), as the other commands use.
  const locale = activeLocale();
  try {
    // The text in the editor, saved or not: what the student sees is what gets published.
    const document = await vscode.workspace.openTextDocument(uri);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Génération du site de {0}…', vscode.workspace.asRelativePath(uri)) },
      () => site().generateSite({ sourcePath: uri.fsPath, sourceText: document.getText(), outDir })
    );
    for (const w of result.warnings) void vscode.window.showWarningMessage(pick(w, locale));
    const open = l10n.t('Ouvrir dans le navigateur');
    const choice = await vscode.window.showInformationMessage(
      l10n.t('Site écrit : {0} ({1} pages, {2} ko)', vscode.workspace.asRelativePath(result.outDir), result.pages.length, Math.max(1, Math.round(result.bytes / 1024))),
      open
    );
    if (choice === open) await vscode.env.openExternal(vscode.Uri.file(path.join(result.outDir, 'index.html')));
  } catch (err) {
    if (err instanceof site().SiteError) {
      // The folder was refused (other files in it): let the student choose another one.
      const other = l10n.t('Choisir un autre dossier…');
      const choice = await vscode.window.showErrorMessage(pick(err.text, locale), other);
      if (choice === other) {
        const folder = await pickFolder(uri);
        inFlight.delete(key);
        if (folder) await generateSite(uri, folder);
      }
    } else void vscode.window.showErrorMessage(l10n.t('Échec de la génération du site : {0}', err instanceof Error ? err.message : String(err)));
  } finally {
    inFlight.delete(key);
  }
}

export function registerGenerateSite(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('sio.generateSite', (uri?: vscode.Uri) => generateSite(uri)));
}
