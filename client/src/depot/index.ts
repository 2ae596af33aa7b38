/**
 * The « Dépôt » view (Explorer): the deposit checklist of the active dossier, asked of the server
 * (`sio/depot`, the same checklist as `sio-dossier depot`), refreshed when the active editor, its
 * diagnostics, the review file or an export changes; a failed item opens where to fix it.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ClasseRequest, DepotRequest, type DepotResult } from '../../../shared/protocol';
import { classDepotMessage, classDepotRows } from './classMode';
import { isDossierOrReviewPath } from '../../../shared/naming';
import { whenRunning } from '../clientReady';
import { l10n } from '../l10n';
import { depotMessage, depotRows, depotTitle, type DepotRow } from './items';

class DepotProvider implements vscode.TreeDataProvider<DepotRow> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  rows: DepotRow[] = [];

  set(rows: DepotRow[]): void {
    this.rows = rows;
    this.changed.fire();
  }

  getTreeItem(row: DepotRow): vscode.TreeItem {
    const state = row.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(row.label, state);
    item.id = row.id;
    item.description = row.description;
    item.tooltip = row.tooltip;
    if (row.command) item.contextValue = 'depot-command';
    item.iconPath = row.ok ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    item.accessibilityInformation = { label: `${row.label} : ${row.description}` };
    if (row.command) item.command = { command: 'sio.depot.run', title: row.label, arguments: [row] };
    else if (row.where) item.command = { command: 'sio.depot.open', title: row.label, arguments: [row.where] };
    return item;
  }

  getChildren(row?: DepotRow): DepotRow[] {
    return row ? row.children ?? [] : this.rows;
  }
}

export function registerDepotView(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider = new DepotProvider();
  const view = vscode.window.createTreeView('sio.depot', { treeDataProvider: provider });
  // package.json's title follows VS Code's display language; this one follows sio.langue (French by default).
  view.title = l10n.t('Dépôt');
  let shown: string | undefined;
  let timer: NodeJS.Timeout | undefined;

  // Class mode (classMode.ts): every dossier of the workspace with what it misses.
  let classMode = false;
  const refreshClass = async (): Promise<void> => {
    await whenRunning(client);
    try {
      const o = await client.sendRequest(ClasseRequest, {});
      view.message = classDepotMessage(o);
      view.description = l10n.t('classe');
      provider.set(classDepotRows(o));
    } catch {
      provider.set([]);
    }
  };
  const refresh = async (): Promise<void> => {
    if (classMode) return refreshClass();
    const editor = vscode.window.activeTextEditor;
    // Any saved dossier: `file:` on the desktop, `vscode-remote:` / `vscode-vfs:` in VS Code for the Web.
    const doc = editor?.document.languageId === 'sio-yaml' && editor.document.uri.scheme !== 'untitled' ? editor.document : undefined;
    // Another editor (the review file, an output panel) keeps the last dossier's checklist.
    if (!doc && shown) return;
    let result: DepotResult | null = null;
    if (doc) {
      await whenRunning(client);
      try {
        result = await client.sendRequest(DepotRequest, { uri: doc.uri.toString() });
      } catch {
        result = null;
      }
      shown = doc.uri.toString();
    }
    view.message = depotMessage(result);
    // The header names the dossier: with two open, which one the checklist is about.
    view.description = depotTitle(result);
    provider.set(depotRows(result));
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 300);
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{pdf,xlsx,revue.yaml}');
  context.subscriptions.push(
    view,
    watcher,
    { dispose: () => timer && clearTimeout(timer) },
    watcher.onDidCreate(later),
    watcher.onDidChange(later),
    watcher.onDidDelete(later),
    vscode.window.onDidChangeActiveTextEditor(later),
    vscode.workspace.onDidSaveTextDocument(later),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (shown && e.uris.some((u) => u.toString() === shown)) later();
    }),
    vscode.commands.registerCommand('sio.refreshDepot', () => {
      shown = undefined;
      return refresh();
    }),
    // The row's button (and its click): the export command, on the view's dossier; from the
    // palette, the first export the checklist still asks for.
    vscode.commands.registerCommand('sio.depot.run', (row?: DepotRow) => {
      const command = row?.command ?? provider.rows.find((r) => r.command)?.command;
      if (command) return vscode.commands.executeCommand(command.id, vscode.Uri.parse(command.uri));
      void vscode.window.showInformationMessage(l10n.t('Aucun export ne manque au dépôt de ce dossier.'));
    }),
    vscode.commands.registerCommand('sio.depot.classe', () => {
      classMode = true;
      void vscode.commands.executeCommand('setContext', 'sio.depotClasse', true);
      return refresh();
    }),
    vscode.commands.registerCommand('sio.depot.dossier', () => {
      classMode = false;
      shown = undefined;
      void vscode.commands.executeCommand('setContext', 'sio.depotClasse', false);
      return refresh();
    }),
    vscode.commands.registerCommand('sio.depot.open', async (where: { uri: string; line?: number }) => {
      const uri = vscode.Uri.parse(where.uri);
      // An export that does not exist yet: offer the export command rather than a missing file.
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        if (/\.pdf$/i.test(uri.path)) return vscode.commands.executeCommand('sio.exportPdf');
        if (/\.tableau\.(xlsx|ods)$/i.test(uri.path)) return vscode.commands.executeCommand('sio.exportTableur');
        return;
      }
      if (!isDossierOrReviewPath(uri.path)) return vscode.commands.executeCommand('vscode.open', uri);
      const line = Math.max(0, (where.line ?? 1) - 1);
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
    })
  );
  void vscode.commands.executeCommand('setContext', 'sio.depotAvailable', true);
  void refresh();
}
