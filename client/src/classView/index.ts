/**
 * « Vue de classe » (command `sio.showClassView`, from the palette, the status bar menu or a
 * folder of the explorer): a webview listing every dossier of the workspace folders, or of the
 * chosen folder, from the server's `sio/classe` overview. It refreshes itself when a dossier or a
 * review of the class changes (autoRefresh.ts). Sort and filter happen in the page
 * (server/src/products/class/html.ts); the page may only ask to open a dossier of that overview, to
 * export it as CSV (save dialog, atomic write, paths relative to the class folder) or to refresh.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { whenRunning } from '../clientReady';
import { ClasseRequest, type ClasseParams, type ClassOverview, type ClassRow } from '../../../shared/protocol';
import { classTable, isClassPageMessage, relativeFile, renderClassPage, toCsv, type ClassPageLabels } from '../../../shared/classView';
import type { TableurModule } from '../../../shared/bundleTypes';
import { makeNonce } from '../../../shared/render';
import { writeUserFile } from '../userFiles';
import { watchClassFiles } from './autoRefresh';
import { activeLocale, l10n } from '../l10n';

export const CLASS_VIEW_TYPE = 'sio.classView';

function labels(): ClassPageLabels {
  return {
    title: l10n.t('Vue de classe'),
    filter: l10n.t('Filtrer (nom, option, session, fichier)…'),
    exportCsv: l10n.t('Exporter (xlsx, ods, csv)'),
    refresh: l10n.t('Actualiser'),
    candidate: l10n.t('Candidat'),
    option: l10n.t('Option'),
    session: l10n.t('Session'),
    realisations: l10n.t('Réalisations'),
    coverage: l10n.t('Couverture'),
    errors: l10n.t('Erreurs'),
    warnings: l10n.t('Avertissements'),
    fiches: l10n.t('Fiches'),
    remarks: l10n.t('Remarques'),
    retained: l10n.t('Retenues'),
    refused: l10n.t('Refusées'),
    pending: l10n.t('En attente'),
    depot: l10n.t('Dépôt'),
    ready: l10n.t('prêt pour le dépôt'),
    notReady: l10n.t('incomplet'),
    retainedCoverage: l10n.t('compétences retenues par l’équipe pédagogique'),
    empty: l10n.t('Aucun dossier *.sio.yaml dans l’espace de travail.'),
    count: l10n.t('{0} dossier(s)'),
    unreadable: l10n.t('illisible'),
    open: l10n.t('Ouvrir le dossier'),
    review: l10n.t('Relire'),
    reviewTitle: l10n.t('Relire ce dossier : ouvrir ou créer sa revue (nom.revue.yaml)'),
    locale: activeLocale()
  };
}

/**
 * The spreadsheet engine (dist/tableur.js: ExcelJS, the XML DOM), given by the desktop entry and
 * required on the first .xlsx/.ods export only; VS Code for the Web exports the CSV.
 */
let spreadsheetEngine: (() => typeof TableurModule) | undefined;
export function setClassSpreadsheetEngine(load: () => typeof TableurModule): void {
  let loaded: typeof TableurModule | undefined;
  spreadsheetEngine = () => (loaded ??= load());
}

class ClassView implements vscode.Disposable {
  private overview: ClassOverview = { columns: [], rows: [] };
  private shown = '';
  /** A change happened while the panel was hidden: refresh when it shows again. */
  private stale = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly panel: vscode.WebviewPanel, private readonly client: LanguageClient, private folder: vscode.Uri | undefined, private readonly onDispose: () => void) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      watchClassFiles(() => (panel.visible ? void this.refresh() : (this.stale = true))),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) void this.refresh();
      })
    );
    void this.refresh();
  }

  /** Show another folder's class (or the whole workspace's, `undefined`). */
  showFolder(folder: vscode.Uri | undefined): void {
    this.folder = folder;
    this.panel.title = title(folder);
  }

  async refresh(): Promise<void> {
    this.stale = false;
    try {
      await whenRunning(this.client);
      const params: ClasseParams = this.folder ? { folder: this.folder.toString() } : {};
      this.overview = await this.client.sendRequest(ClasseRequest, params);
    } catch (err) {
      void vscode.window.showErrorMessage(l10n.t('Vue de classe indisponible : {0}', String(err)));
      return;
    }
    // Re-rendering reloads the page (its sort, filter and scroll come back from its state):
    // only when something the teacher sees changed.
    const key = JSON.stringify(this.overview);
    if (key === this.shown) return;
    this.shown = key;
    this.panel.webview.html = renderClassPage(this.overview, { nonce: makeNonce(), cspSource: this.panel.webview.cspSource, labels: labels() });
  }

  /** « Fichier » of the CSV: relative to the class folder (the chosen one, else the dossier's workspace folder). */
  private fileLabel(file: string): string {
    const uri = vscode.Uri.parse(file, true);
    const base = this.folder ?? vscode.workspace.getWorkspaceFolder(uri)?.uri;
    const multiRoot = !this.folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const rel = relativeFile(file, base?.toString());
    return multiRoot && base ? `${vscode.workspace.getWorkspaceFolder(uri)!.name}/${rel}` : rel;
  }

  private async onMessage(m: unknown): Promise<void> {
    if (!isClassPageMessage(m)) return;
    switch (m.type) {
      case 'open': {
        // Only a dossier of the overview: the page is not trusted with arbitrary URIs.
        const row = this.overview.rows.find((r) => r.file === m.file);
        if (row) await vscode.window.showTextDocument(vscode.Uri.parse(row.file, true), { preview: false });
        return;
      }
      case 'review': {
        // « Relire ce dossier » on a row: the same check, then the command (commands/review.ts).
        const row = this.overview.rows.find((r) => r.file === m.file);
        if (row) await vscode.commands.executeCommand('sio.relireDossier', vscode.Uri.parse(row.file, true));
        return;
      }
      case 'refresh':
        return this.refresh();
      case 'exportCsv':
        return this.exportCsv(m.files);
    }
  }

  /**
   * The spreadsheet of what the view shows (`files`: the filter's rows in the view's sort order,
   * only rows of the overview), as .xlsx by default — text cells keep candidate numbers' zeros —
   * or .ods, or CSV for scripts.
   */
  private async exportCsv(files?: string[]): Promise<void> {
    const folder = this.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const office = !!spreadsheetEngine;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, office ? 'classe.xlsx' : 'classe.csv') : undefined,
      filters: office ? { [l10n.t('Classeur Excel')]: ['xlsx'], [l10n.t('Classeur OpenDocument')]: ['ods'], [l10n.t('Tableur (CSV)')]: ['csv'] } : { [l10n.t('Tableur (CSV)')]: ['csv'] },
      saveLabel: l10n.t('Exporter')
    });
    if (!target) return;
    const byFile = new Map(this.overview.rows.map((r) => [r.file, r]));
    const rows = files ? files.map((f) => byFile.get(f)).filter((r): r is ClassRow => !!r) : this.overview.rows;
    const shown = { ...this.overview, rows };
    const ext = target.path.toLowerCase().split('.').pop();
    const engine = (ext === 'xlsx' || ext === 'ods') && spreadsheetEngine ? spreadsheetEngine() : null;
    const bytes = engine
      ? await (ext === 'xlsx' ? engine.classXlsx : engine.classOds)(classTable(shown, (f) => this.fileLabel(f)))
      : new TextEncoder().encode(toCsv(shown, (f) => this.fileLabel(f)));
    try {
      await writeUserFile(target, bytes);
      void vscode.window.showInformationMessage(l10n.t('Vue de classe exportée : {0}', target.fsPath || target.toString()));
    } catch (err) {
      void vscode.window.showErrorMessage(l10n.t('Export CSV impossible : {0}', String(err)));
    }
  }

  dispose(): void {
    this.onDispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function title(folder: vscode.Uri | undefined): string {
  const name = folder?.path.split('/').filter(Boolean).pop();
  return name ? l10n.t('Vue de classe — {0}', name) : l10n.t('Vue de classe');
}

/**
 * Registers `sio.showClassView`: one panel, revealed if already open. From the explorer's context
 * menu the command receives the folder: the view then lists the dossiers under it.
 */
export function registerClassView(context: vscode.ExtensionContext, client: LanguageClient): void {
  let view: ClassView | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand('sio.showClassView', (arg?: unknown) => {
      // Any file system: `file:` on the desktop, `vscode-remote:` / `vscode-vfs:` in VS Code for the Web.
      const folder = arg instanceof vscode.Uri && arg.scheme !== 'untitled' ? arg : undefined;
      if (view) {
        view.showFolder(folder);
        view.panel.reveal();
        void view.refresh();
        return;
      }
      const panel = vscode.window.createWebviewPanel(CLASS_VIEW_TYPE, title(folder), vscode.ViewColumn.Active, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] });
      view = new ClassView(panel, client, folder, () => (view = undefined));
    }),
    { dispose: () => view?.dispose() }
  );
}
