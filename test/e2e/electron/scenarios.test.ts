import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { completion, diagnostics, exportPdf, exportTableur, fixAll, preview, refusal, review } from '../scenarios';
import { until } from '../poll';
import { completionLabels, open, waitForDiagnostics, waitForFile, waitForWebviewTab, workspaceFile } from './vscodeDriver';

describe('e2e VS Code desktop', () => {
  it(`(a) ${diagnostics.title}`, async () => {
    await open(diagnostics.file);
    await waitForDiagnostics(diagnostics.file, diagnostics.expected);
  });

  it(`(b) ${completion.title}`, async () => {
    const editor = await open(completion.file);
    const line = editor.document.getText().split('\n').findIndex((l) => l === completion.line);
    assert.ok(line >= 0, `ligne « ${completion.line} » absente de ${completion.file}`);
    await completionLabels(editor, new vscode.Position(line, completion.after.length), completion.expectedLabels);
  });

  it(`(c) ${preview.title}`, async () => {
    await open(preview.file);
    await vscode.commands.executeCommand(preview.command);
    // The API does not expose a webview's DOM: the code-server suite checks the table's text.
    await waitForWebviewTab();
  });

  it(`(d) ${exportPdf.title}`, async () => {
    const pdf = workspaceFile(exportPdf.pdf);
    fs.rmSync(pdf, { force: true });
    await open(exportPdf.file);
    await vscode.commands.executeCommand(exportPdf.command);
    const bytes = await waitForFile(pdf);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it(`(j) ${exportTableur.title}`, async () => {
    const file = workspaceFile(exportTableur.pdf);
    fs.rmSync(file, { force: true });
    await open(exportTableur.file);
    await vscode.commands.executeCommand(exportTableur.command);
    const bytes = await waitForFile(file);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  });

  it(`(e) ${review.title}`, async () => {
    await open(review.file);
    await waitForDiagnostics(review.file, review.expected);
  });

  // (f) clicks a link inside the preview: the API does not reach a webview's DOM, the
  // code-server suite plays it.

  it(`(g) ${fixAll.title}`, async () => {
    const editor = await open(fixAll.file);
    const uri = editor.document.uri;
    const ofCode = () => vscode.languages.getDiagnostics(uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === fixAll.code);
    await until(`${fixAll.count} × ${fixAll.code}`, async () => (ofCode().length === fixAll.count ? true : undefined), 60_000);
    await vscode.commands.executeCommand('editor.action.fixAll');
    await until(`plus aucun ${fixAll.code}`, async () => (ofCode().length === 0 ? true : undefined), 30_000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it(`(i) ${refusal.title}`, async () => {
    await open(refusal.file);
    const diags = await waitForDiagnostics(refusal.file, refusal.expected);
    const e = refusal.expected[0];
    const d = diags.find((x) => x.message.includes(e.messageIncludes))!;
    assert.deepEqual([d.range.start.line + 1, d.range.start.character + 1], [e.at!.line, e.at!.column]);
  });
});
