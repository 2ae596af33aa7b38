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
