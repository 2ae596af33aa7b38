/**
 * Opens the competence completion when the cursor reaches the `competences: []` stop of the
 * « Nouvelle réalisation » snippet. A completion item's `command` runs right after insertion,
 * when the cursor is still on the first stop (`id`), so `editor.action.triggerSuggest` is run
 * here instead, when a tab (a selection change made by a command, not by typing or the mouse)
 * lands inside an empty competence list. Typing `[` already asks the server (trigger character).
 */
import * as vscode from 'vscode';
import { atEmptyCompetenceList } from './competenceStop';

export function registerCompetenceSuggest(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document.languageId !== 'sio-yaml') return;
      if (e.kind !== vscode.TextEditorSelectionChangeKind.Command) return;
      if (e.selections.length !== 1 || !e.selections[0].isEmpty) return;
      const pos = e.selections[0].active;
      if (!atEmptyCompetenceList(e.textEditor.document.lineAt(pos.line).text, pos.character)) return;
      void vscode.commands.executeCommand('editor.action.triggerSuggest');
    })
  );
}
