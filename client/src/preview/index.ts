/**
 * The preview of the tableau de synthèse: command `sio.showPreview` (one panel per
 * dossier, opened beside the editor), live updates on edits, the cursor's réalisation
 * highlighted, and panels restored after a reload through the webview serializer
 * (model: VS Code markdown preview, previewManager.ts).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { isPreviewState } from '../../../webview/src/messages';
import { l10n } from '../l10n';
import { loadPreviewCss, SynthesePreview, webviewOptions } from './synthesePreview';

export const PREVIEW_VIEW_TYPE = 'sio.preview';

class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, SynthesePreview>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
    this.disposables.push(
      // The code lens passes the dossier's URI as a string (LSP commands carry JSON), the editor title a Uri.
      vscode.commands.registerCommand('sio.showPreview', (uri?: vscode.Uri | string) => this.show(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri)),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state)
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.previews.get(e.document.uri.toString())?.refresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        this.previews.get(e.textEditor.document.uri.toString())?.syncHighlight(e.textEditor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('sio.export.includeEvaluation')) return;
        for (const p of this.previews.values()) p.refresh(true);
      })
    );
  }

  private async show(arg?: vscode.Uri): Promise<void> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(l10n.t('Ouvrez un dossier *.sio.yaml pour afficher son aperçu.'));
      return;
    }
    const existing = this.previews.get(uri.toString());
    if (existing) {
      existing.panel.reveal(undefined, true);
      return;
    }
    // The server answers for open documents only.
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
      await vscode.workspace.openTextDocument(uri);
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      l10n.t('Aperçu'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(this.context.extensionUri)
    );
    this.track(new SynthesePreview(panel, uri, this.client, this.context.extensionUri));
  }

  /** After a reload: the page saved its document URI with `setState`. */
  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isPreviewState(state)) {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.source, true);
    try {
      await vscode.workspace.openTextDocument(uri);
    } catch {
      panel.dispose(); // the dossier is gone
      return;
    }
    const previous = this.previews.get(uri.toString());
    if (previous) previous.dispose();
    this.track(new SynthesePreview(panel, uri, this.client, this.context.extensionUri));
  }

  private track(preview: SynthesePreview): void {
    const key = preview.uri.toString();
    this.previews.set(key, preview);
    preview.onDidDispose(() => {
      if (this.previews.get(key) === preview) this.previews.delete(key);
    });
  }

  dispose(): void {
    for (const p of this.previews.values()) p.dispose();
    this.previews.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/**
 * Registers the preview command, serializer and editor listeners. The returned disposable
 * is also added to `context.subscriptions`.
 */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
  void loadPreviewCss(context.extensionUri);
  const manager = new PreviewManager(context, client);
  context.subscriptions.push(manager);
  return manager;
}
