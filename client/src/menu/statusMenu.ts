/**
 * The « Dossier SIO » menu of the status bar: a click on the coverage item (dossiers) or on the
 * « Revue SIO » item (review files) lists what a student or a teacher can do from there, so the
 * class view, the PDF export and a new dossier are one click away without knowing the palette.
 * The menu command is internal (not contributed): each entry runs a command of the palette.
 */
import * as vscode from 'vscode';
import { l10n } from '../l10n';

export const STATUS_MENU_COMMAND = 'sio.statusMenu';

interface Entry extends vscode.QuickPickItem {
  command: string;
}

function entries(languageId: string | undefined): Entry[] {
  const dossier = languageId === 'sio-yaml';
  const out: Entry[] = [];
  if (dossier) {
    out.push(
      { label: l10n.t('$(open-preview) Aperçu du tableau de synthèse'), command: 'sio.showPreview' },
      { label: l10n.t('$(file-pdf) Exporter en PDF'), command: 'sio.exportPdf' }
    );
  }
  if (vscode.workspace.workspaceFolders?.length) {
    out.push({ label: l10n.t('$(table) Vue de classe'), description: l10n.t('tous les dossiers de l’espace de travail'), command: 'sio.showClassView' });
  }
  out.push(
    { label: l10n.t('$(new-file) Nouveau dossier'), command: 'sio.newDossier' },
    { label: l10n.t('$(debug-restart) Redémarrer le serveur de langage'), command: 'sio.restartServer' }
  );
  return out;
}

export function registerStatusMenu(context: vscode.ExtensionContext): void {
  // Teachers editing a review file get the same menu (the coverage item shows for dossiers only).
  const review = vscode.window.createStatusBarItem('sio.review', vscode.StatusBarAlignment.Left, 100);
  review.name = l10n.t('Dossier SIO — revue');
  review.text = l10n.t('$(comment-discussion) Revue SIO');
  review.tooltip = l10n.t('Menu Dossier SIO : vue de classe, nouveau dossier…');
  review.command = STATUS_MENU_COMMAND;
  const refresh = () => (vscode.window.activeTextEditor?.document.languageId === 'sio-revue' ? review.show() : review.hide());

  context.subscriptions.push(
    review,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.commands.registerCommand(STATUS_MENU_COMMAND, async () => {
      const choice = await vscode.window.showQuickPick(entries(vscode.window.activeTextEditor?.document.languageId), {
        title: 'Dossier SIO',
        placeHolder: l10n.t('Que voulez-vous faire ?')
      });
      if (choice) await vscode.commands.executeCommand(choice.command);
    })
  );
  refresh();
}
