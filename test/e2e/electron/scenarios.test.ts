import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { dossierTemplate, exampleSession } from '../../../client/src/dossierTemplate';
import { classView, completion, diagnostics, exportPdf, exportTableur, fixAll, newDossier, preview, realisationSnippet, refusal, review, site } from '../scenarios';
import { until } from '../poll';
import { answerPrompts, completionLabels, open, waitForDiagnostics, waitForFile, waitForWebviewTab, withWebviewPanels, workspaceFile } from './vscodeDriver';

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
    // The page the extension puts in the panel, from the server's model: the same texts the
    // code-server suite reads in the webview, inside the tableau de synthèse.
    const html = await withWebviewPanels(async (panels) => {
      await vscode.commands.executeCommand(preview.command);
      return until(`l’aperçu montrant ${JSON.stringify(preview.expectedText)}`, async () => {
        const page = panels.map((p) => p.webview.html).find((h) => /<table class="synthese"/.test(h));
        return page && preview.expectedText.every((t) => page.includes(t)) ? page : undefined;
      }, 60_000);
    });
    // In the page's body (not only its title or data attributes), as the webview shows it.
    const body = html.slice(html.indexOf('<main id="sio-preview"'));
    for (const t of preview.expectedText) assert.ok(body.includes(t), `« ${t} » dans l’aperçu`);
    assert.ok((await waitForWebviewTab()).label.includes(preview.file), 'l’onglet nomme le dossier');
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

  it(`(n) ${site.title}`, async () => {
    const index = workspaceFile(site.index);
    fs.rmSync(path.dirname(index), { recursive: true, force: true });
    await open(site.file);
    // The command awaits the user's answer to « Ouvrir dans le navigateur »: do not wait for it.
    void vscode.commands.executeCommand(site.command);
    const home = (await waitForFile(index)).toString('utf8');
    for (const t of site.expectedText) assert.ok(home.includes(t), t);
    assert.ok(fs.existsSync(workspaceFile(site.realisationPage)));
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

  it(`(k) ${classView.title}`, async () => {
    await open(classView.file);
    await vscode.commands.executeCommand(classView.command);
    // The webview's DOM is the code-server suite's: here, the view opens from its command,
    // and the review file is saved with the added remark (the dossier then shows it).
    await waitForWebviewTab();
    const review = await open(classView.reviewFile);
    await review.edit((e) => e.insert(review.document.lineAt(review.document.lineCount - 1).range.end, classView.addedRemark.join('\n')));
    await review.document.save();
    await open(classView.file);
    await waitForDiagnostics(classView.file, [{ messageIncludes: 'Période à vérifier.', code: 'review' }]);
  });

  it(`(l) ${newDossier.title}`, async () => {
    // The command itself: « Nouveau fichier dans … » picked, the file named, as in code-server.
    const file = workspaceFile(newDossier.file);
    fs.rmSync(file, { force: true });
    const command = vscode.commands.executeCommand(newDossier.command);
    const editor = await answerPrompts(newDossier.file, async () =>
      vscode.window.activeTextEditor?.document.uri.fsPath === file ? vscode.window.activeTextEditor : undefined,
    `l’éditeur de ${newDossier.file} ouvert par la commande`);
    await command;
    assert.equal(fs.readFileSync(file, 'utf8'), dossierTemplate(exampleSession(new Date())), 'the command wrote its template');
    assert.equal(editor.document.languageId, 'sio-yaml');
    await waitForDiagnostics(newDossier.file, newDossier.expected);
    // The class view (k) lists the workspace's dossiers: leave none behind.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(file, { force: true });
  });

  it(`(m) ${realisationSnippet.title}`, async () => {
    // The suggest widget is not visible through the API: the snippet's text and its last stop are.
    const editor = await open(realisationSnippet.file);
    const line = editor.document.getText().split('\n').findIndex((l) => l === realisationSnippet.line);
    const at = new vscode.Position(line, realisationSnippet.line.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === realisationSnippet.snippet);
    assert.ok(item && item.insertText instanceof vscode.SnippetString, 'snippet offered');
    const range = item.range instanceof vscode.Range ? item.range : item.range ? item.range.replacing : new vscode.Range(at, at);
    await editor.insertSnippet(item.insertText as vscode.SnippetString, range);
    assert.ok(editor.document.getText().includes(realisationSnippet.insertedIncludes));
    for (let i = 0; i < realisationSnippet.stopsBeforeCompetences; i++) await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const cursor = editor.selection.active;
    assert.match(editor.document.lineAt(cursor.line).text, /^\s*competences: \[\]$/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
