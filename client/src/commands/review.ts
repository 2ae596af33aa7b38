/**
 * « Relire ce dossier » (`sio.relireDossier`: palette, explorer context menu, editor context
 * menu, class view row): opens the review file `<nom>.revue.yaml` beside the dossier, creating it
 * when there is none with the reviewer's name (`sio.revue.relecteur`, asked once when empty) and
 * today's date. An existing review is never rewritten; the new file is created through a
 * workspace edit (undoable), never over another file.
 */
import * as vscode from 'vscode';
import { reviewPathFor } from '../../../shared/naming';
import { l10n } from '../l10n';
import { dossierOnDisk } from './dossierTarget';
import { reviewTemplate } from './reviewTemplate';

async function reviewerName(): Promise<string | undefined> {
  const config = vscode.workspace.getConfiguration('sio');
  const set = config.get<string>('revue.relecteur', '').trim();
  if (set) return set;
  const typed = await vscode.window.showInputBox({
    title: l10n.t('Relire ce dossier'),
    prompt: l10n.t('Votre nom, tel qu’il précédera chaque remarque (réglage « sio.revue.relecteur »)'),
    placeHolder: l10n.t('Mme Leclerc'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : l10n.t('Indiquez un nom.'))
  });
  if (!typed?.trim()) return undefined;
  // Remembered for the next reviews (user settings: the name is the teacher's, not the class's).
  await config.update('revue.relecteur', typed.trim(), vscode.ConfigurationTarget.Global);
  return typed.trim();
}

export async function openOrCreateReview(arg: unknown): Promise<vscode.TextEditor | undefined> {
  const dossier = dossierOnDisk(arg, {
    notADossier: l10n.t('Ouvrez ou sélectionnez un dossier *.sio.yaml pour le relire.'),
    notOnDisk: l10n.t('La revue s’écrit à côté du dossier : enregistrez-le d’abord sur le disque.')
  }, { savedAnywhere: true });
  if (!dossier) return undefined;
  const review = dossier.with({ path: reviewPathFor(dossier.path)! });
  let exists = true;
  try {
    await vscode.workspace.fs.stat(review);
  } catch {
    exists = false;
  }
  if (!exists) {
    const reviewer = await reviewerName();
    if (!reviewer) return undefined;
    const name = dossier.path.split('/').pop()!;
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(review, { ignoreIfExists: true });
    edit.insert(review, new vscode.Position(0, 0), reviewTemplate(reviewer, new Date(), name));
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(l10n.t('Impossible de créer la revue {0}.', review.fsPath));
      return undefined;
    }
  }
  const doc = await vscode.workspace.openTextDocument(review);
  if (!exists) await doc.save();
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (!exists) {
    // The cursor on the empty last line, where completion offers « Nouvelle remarque ».
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
  }
  return editor;
}

export function registerReviewCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('sio.relireDossier', (arg?: unknown) => openOrCreateReview(arg)));
}
