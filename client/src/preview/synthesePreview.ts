/**
 * One preview panel, bound to one dossier. It asks the server for the synthesis table
 * model (`sio/synthese`) and shows it: the first render sets the page's HTML at once; the
 * following ones (document edits, debounced) are posted as `update` messages so that the
 * page patches itself and keeps its scroll position (model: VS Code markdown preview,
 * src/preview/preview.ts). Answers that arrive out of order are dropped by version.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { whenRunning } from '../clientReady';
import { SyntheseRequest, type SyntheseModel, type SyntheseParams, type SyntheseResult } from '../../../shared/protocol';
import { httpUrl, makeNonce, renderSynthesePage } from '../../../shared/render';
import { isFromPageMessage, type FromPageMessage, type ToPageMessage } from '../../../webview/src/messages';
import { l10n } from '../l10n';
import { LatestOnly } from './latestOnly';
import { realisationAt } from './realisationAt';

const DEBOUNCE_MS = 200;

export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

/** Options of every preview panel: scripts on, only dist/webview readable. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, enableFindWidget: true, localResourceRoots: [webviewRoot(extensionUri)] };
}

/**
 * The stylesheet, inlined in the page (nonce'd <style>) rather than linked: a linked sheet
 * arrives through the webview's resource loader after the HTML, and the form showed
 * unstyled for a moment (seen in code-server). Read once at activation through `workspace.fs`,
 * which both the desktop and VS Code for the Web have; until then the link is the fallback.
 */
let inlineCss: string | undefined;
export async function loadPreviewCss(extensionUri: vscode.Uri): Promise<void> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(webviewRoot(extensionUri), 'preview.css'));
    inlineCss = new TextDecoder().decode(bytes).replace(/\/\*# sourceMappingURL=\S+ \*\/\s*$/, '');
  } catch {
    inlineCss = undefined;
  }
}
function stylesheet(_extensionUri: vscode.Uri): string | undefined {
  return inlineCss;
}

export class SynthesePreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly latest = new LatestOnly();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private model: SyntheseModel | null = null;
  private pageLoaded = false;
  private highlighted: string | null = null;
  private disposed = false;
  private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDidDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.title = this.title();
    this.setPage(null, l10n.t('Chargement de l’aperçu…'));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      // A hidden webview may be torn down and rebuilt from its last HTML: bring it up to date.
      panel.onDidChangeViewState((e) => { if (e.webviewPanel.visible) this.refresh(true); }),
      this.onDidDisposeEmitter
    );
    this.refresh(true);
  }

  private title(): string {
    const name = this.uri.path.split('/').pop() ?? this.uri.toString();
    return l10n.t('Aperçu {0}', name);
  }

  /** Asks for a new model: at once, or after the edits have paused for 200 ms. */
  refresh(immediate = false): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (immediate) void this.update();
    else this.timer = setTimeout(() => { this.timer = undefined; void this.update(); }, DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    const ticket = this.latest.begin();
    let result: SyntheseResult | null;
    try {
      await whenRunning(this.client);
      const params: SyntheseParams = {
        uri: this.uri.toString(),
        includeEvaluation: vscode.workspace.getConfiguration('sio', this.uri).get<boolean>('export.includeEvaluation', false),
        retainedCoverage: true
      };
      result = await this.client.sendRequest(SyntheseRequest, params);
    } catch {
      return; // server restarting or document closed: the last render stays on screen
    }
    // null: the server does not have the document (yet); the next change or reveal asks again.
    if (!result || this.disposed || !this.latest.accept(ticket, result.version)) return;
    this.model = result.model;
    if (!this.pageLoaded) {
      this.setPage(result.model, undefined, result.version);
      this.pageLoaded = true;
    } else {
      this.post({ type: 'update', source: this.uri.toString(), version: result.version, model: result.model });
    }
    this.highlighted = null;
    this.syncHighlight();
  }

  private setPage(model: SyntheseModel | null, emptyText?: string, version?: number): void {
    const webview = this.panel.webview;
    const root = webviewRoot(this.extensionUri);
    const css = stylesheet(this.extensionUri);
    webview.html = renderSynthesePage(model, {
      standalone: false,
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.js')).toString(),
      inlineStyle: css,
      styleUri: css === undefined ? webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.css')).toString() : undefined,
      source: this.uri.toString(),
      version,
      labels: {
        exportPdf: l10n.t('Exporter en PDF'),
        exportTableur: l10n.t('Exporter le tableur'),
        empty: emptyText ?? l10n.t('Aperçu indisponible : ce document n’est pas un dossier lisible.'),
        title: this.title()
      }
    });
  }

  private post(message: ToPageMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /** Highlights, in the page, the réalisation under the cursor of an editor on this dossier. */
  syncHighlight(editor = vscode.window.activeTextEditor): void {
    if (!editor || editor.document.uri.toString() !== this.uri.toString()) return;
    const id = realisationAt(this.model, editor.selection.active.line);
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.post({ type: 'highlight', source: this.uri.toString(), realisationId: id });
  }

  private onMessage(raw: unknown): void {
    if (!isFromPageMessage(raw) || raw.source !== this.uri.toString()) return;
    void this.handle(raw);
  }

  private async handle(message: FromPageMessage): Promise<void> {
    switch (message.type) {
      case 'reveal': return this.reveal(message.line);
      case 'openLink': {
        // The page is not trusted with this: only http(s) leaves the editor (javascript:,
        // file:, command: and the rest never open). The confirmation is VS Code's own
        // trusted-link prompt, which openExternal goes through (« Do you want … to open the
        // external website? »): one prompt, since the page stopped the click before the
        // webview host's link handler, which would have opened it by a second path.
        const href = httpUrl(message.href);
        if (href) await vscode.env.openExternal(vscode.Uri.parse(href, true));
        return;
      }
      case 'exportPdf':
        await vscode.commands.executeCommand('sio.exportPdf', this.uri);
        return;
      case 'exportTableur':
        await vscode.commands.executeCommand('sio.exportTableur', this.uri);
        return;
    }
  }

  /** Shows the réalisation's line in the editor beside the preview and puts the cursor on it. */
  private async reveal(line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = visible
      ? await vscode.window.showTextDocument(visible.document, visible.viewColumn)
      : await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One });
    const target = Math.min(line, editor.document.lineCount - 1);
    const range = editor.document.lineAt(target).range;
    // Anchor at the end, cursor at the start: the line is selected and the editor does not
    // scroll sideways to follow the cursor to the line's end.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.onDidDisposeEmitter.fire();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
