/** The scenarios' steps through the `vscode` API, inside VS Code desktop's extension host. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until } from '../poll';

export function workspaceFile(rel: string): string {
  const ws = process.env.SIO_E2E_WORKSPACE;
  if (!ws) throw new Error('SIO_E2E_WORKSPACE absent : lancez « npm run test:e2e:electron »');
  return path.join(ws, rel);
}

export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(workspaceFile(rel)));
  return vscode.window.showTextDocument(doc);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

/** Polls the diagnostics of `rel` until each expected message (and code, if given) is there. */
export async function waitForDiagnostics(rel: string, expected: { messageIncludes: string; code?: string }[]): Promise<vscode.Diagnostic[]> {
  const uri = vscode.Uri.file(workspaceFile(rel));
  return until(`les diagnostics de ${rel} : ${JSON.stringify(expected)}`, async () => {
    const diags = vscode.languages.getDiagnostics(uri);
    const ok = expected.every((e) => diags.some((d) => d.message.includes(e.messageIncludes) && (!e.code || codeOf(d) === e.code)));
    return ok ? diags : undefined;
  }, 60_000);
}

export async function completionLabels(editor: vscode.TextEditor, position: vscode.Position, expected: string[]): Promise<string[]> {
  return until(`la complétion proposant ${JSON.stringify(expected)}`, async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    return expected.every((l) => labels.includes(l)) ? labels : undefined;
  });
}

/** A webview tab whose title mentions the dossier or the preview is open. */
export async function waitForWebviewTab(): Promise<vscode.Tab> {
  return until('un onglet d’aperçu (webview)', async () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview));
}

export async function waitForFile(abs: string): Promise<Buffer> {
  return until(`le fichier ${abs}`, async () => {
    if (!fs.existsSync(abs)) return undefined;
    const bytes = fs.readFileSync(abs);
    return bytes.length > 1000 && bytes.subarray(-1024).includes('%%EOF') ? bytes : undefined;
  }, 60_000);
}

/**
 * The webview panels our extension creates while `run` runs. The extension host gives the test
 * bundle the same `vscode` API object as the extension (both lie in its folder), so wrapping
 * createWebviewPanel sees the real panels; their `webview.html` is the page the extension set,
 * rendered from the server's model. The API does not reach the page's DOM: its HTML is what
 * this driver can read. The wrapper is removed before returning.
 */
export async function withWebviewPanels<T>(run: (panels: vscode.WebviewPanel[]) => Promise<T>): Promise<T> {
  const real = vscode.window.createWebviewPanel;
  const panels: vscode.WebviewPanel[] = [];
  (vscode.window as { createWebviewPanel: typeof real }).createWebviewPanel = (...args: Parameters<typeof real>) => {
    const panel = real.apply(vscode.window, args);
    panels.push(panel);
    return panel;
  };
  if (vscode.window.createWebviewPanel === real) throw new Error('l’API vscode ne peut pas être observée ici (objet figé)');
  try {
    return await run(panels);
  } finally {
    (vscode.window as { createWebviewPanel: typeof real }).createWebviewPanel = real;
  }
}

/**
 * Answers a command's quick pick with its first item and its input boxes with `value`, as a
 * student would with Enter (after typing `value` over the proposed text), until `done` says the
 * command finished. The `vscode` API cannot type in an input box: the box is shown with `value`
 * already in it instead (the command's own validateInput still runs), then accepted by the
 * same command Enter runs.
 */
export async function answerPrompts<T>(value: string, done: () => Promise<T | undefined>, what: string): Promise<T> {
  const real = vscode.window.showInputBox;
  (vscode.window as { showInputBox: typeof real }).showInputBox = (options, token) => real.call(vscode.window, { ...options, value, valueSelection: undefined }, token);
  if (vscode.window.showInputBox === real) throw new Error('l’API vscode ne peut pas être observée ici (objet figé)');
  try {
    return await until(what, async () => {
      const v = await done();
      if (v !== undefined) return v;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return undefined;
    }, 60_000, 500);
  } finally {
    (vscode.window as { showInputBox: typeof real }).showInputBox = real;
  }
}
