/**
 * « Dossier SIO : Nouveau dossier ». Starts from the commented example of server/src/core/template.ts (the one `sio-dossier nouveau` writes), either
 * as an untitled document or as a new file of the workspace. It never overwrites anything: the
 * file is created with the exclusive flag, so a file that appeared meanwhile is left untouched.
 */
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { dossierFileName } from '../../shared/naming';
import { dossierTemplate, exampleSession } from '../../shared/views';
import { l10n } from './l10n';

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: l10n.t('Dossier de l’espace de travail où créer le fichier') });
}

async function createFile(folder: vscode.WorkspaceFolder, content: string): Promise<void> {
  const root = folder.uri.fsPath;
  const input = await vscode.window.showInputBox({
    title: l10n.t('Nouveau dossier SIO'),
    prompt: l10n.t('Nom du fichier, relatif à « {0} »', folder.name),
    value: 'prenom-nom.sio.yaml',
    valueSelection: [0, 'prenom-nom'.length],
    validateInput: async (value) => {
      if (!value.trim()) return l10n.t('Indiquez un nom de fichier.');
      const target = path.resolve(root, dossierFileName(value));
      if (path.relative(root, target).startsWith('..')) return l10n.t('Le fichier doit rester dans « {0} ».', folder.name);
      if (await exists(target)) return l10n.t('« {0} » existe déjà : choisissez un autre nom.', path.relative(root, target));
      return undefined;
    }
  });
  if (input === undefined) return;
  const target = path.resolve(root, dossierFileName(input));
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    // 'wx': fail rather than overwrite if the file was created since the name was checked.
    await fs.writeFile(target, content, { encoding: 'utf8', flag: 'wx' });
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'EEXIST' ? l10n.t('le fichier existe déjà') : String(err);
    void vscode.window.showErrorMessage(l10n.t('Impossible de créer « {0} » : {1}', path.relative(root, target), reason));
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(target));
}

async function newDossier(): Promise<void> {
  const content = dossierTemplate(exampleSession(new Date()));
  const folder = await pickFolder();
  let where: 'file' | 'untitled' = 'untitled';
  if (folder) {
    const choice = await vscode.window.showQuickPick(
      [
        { label: l10n.t('$(new-file) Nouveau fichier dans « {0} »…', folder.name), where: 'file' as const },
        { label: l10n.t('$(file) Document sans titre'), description: l10n.t('à enregistrer plus tard sous un nom en .sio.yaml'), where: 'untitled' as const }
      ],
      { title: l10n.t('Nouveau dossier SIO') }
    );
    if (!choice) return;
    where = choice.where;
  }
  if (folder && where === 'file') return createFile(folder, content);
  await openUntitled(folder, content);
}

/**
 * An untitled document named "nouveau-dossier.sio.yaml" rather than "Untitled-1": the server only
 * treats *.sio.yaml URIs as dossiers, and « Enregistrer » then proposes a name that keeps it one.
 */
async function openUntitled(folder: vscode.WorkspaceFolder | undefined, content: string): Promise<void> {
  for (let n = 1; n < 100; n++) {
    const name = n === 1 ? 'nouveau-dossier.sio.yaml' : `nouveau-dossier-${n}.sio.yaml`;
    const onDisk = folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
    if (onDisk && (await exists(onDisk.fsPath))) continue;
    const uri = onDisk ? onDisk.with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.getText() !== '') continue; // an untitled dossier of that name is already open
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), content);
    await vscode.workspace.applyEdit(edit);
    const shown = doc.languageId === 'sio-yaml' ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'sio-yaml');
    await vscode.window.showTextDocument(shown);
    return;
  }
}

export function registerNewDossier(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('sio.newDossier', newDossier));
}
