/**
 * « Dossier SIO : Nouveau dossier ». Starts from the commented example of server/src/core/template.ts (the one `sio-dossier nouveau` writes), either
 * as an untitled document or as a new file of the workspace. It never overwrites anything: the
 * file is created by a WorkspaceEdit that refuses to overwrite, so a file that appeared meanwhile
 * is left untouched. Only `workspace.fs` and URIs: it works the same in VS Code for the Web.
 */
import * as vscode from 'vscode';
import { dossierFileName } from '../../shared/naming';
import { dossierTemplate, exampleSession } from '../../shared/template';
import { l10n } from './l10n';

async function exists(file: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: l10n.t('Dossier de l’espace de travail où créer le fichier') });
}

async function createFile(folder: vscode.WorkspaceFolder, content: string): Promise<void> {
  const root = folder.uri;
  /** The file named by the input, or null when it leaves the folder (`..`, an absolute path). */
  const targetOf = (value: string): vscode.Uri | null => {
    const rel = dossierFileName(value).replace(/\\/g, '/');
    if (rel.startsWith('/') || /^[a-z]:/i.test(rel)) return null;
    const target = vscode.Uri.joinPath(root, rel);
    return target.path.startsWith(root.path.replace(/\/?$/, '/')) ? target : null;
  };
  const relative = (target: vscode.Uri) => target.path.slice(root.path.replace(/\/?$/, '/').length);
  const input = await vscode.window.showInputBox({
    title: l10n.t('Nouveau dossier SIO'),
    prompt: l10n.t('Nom du fichier, relatif à « {0} »', folder.name),
    value: 'prenom-nom.sio.yaml',
    valueSelection: [0, 'prenom-nom'.length],
    validateInput: async (value) => {
      if (!value.trim()) return l10n.t('Indiquez un nom de fichier.');
      const target = targetOf(value);
      if (!target) return l10n.t('Le fichier doit rester dans « {0} ».', folder.name);
      if (await exists(target)) return l10n.t('« {0} » existe déjà : choisissez un autre nom.', relative(target));
      return undefined;
    }
  });
  if (input === undefined) return;
  const target = targetOf(input);
  if (!target) return;
  // overwrite false, ignoreIfExists false: the edit fails rather than overwrite a file created
  // since the name was checked (the desktop's 'wx' flag, on every file system).
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(content) });
  let created = false;
  try {
    created = await vscode.workspace.applyEdit(edit);
  } catch (err) {
    void vscode.window.showErrorMessage(l10n.t('Impossible de créer « {0} » : {1}', relative(target), String(err)));
    return;
  }
  if (!created) {
    void vscode.window.showErrorMessage(l10n.t('Impossible de créer « {0} » : {1}', relative(target), l10n.t('le fichier existe déjà')));
    return;
  }
  await vscode.window.showTextDocument(target);
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
    if (onDisk && (await exists(onDisk))) continue;
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
