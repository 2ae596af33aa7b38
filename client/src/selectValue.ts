/**
 * `sio.selectValue` (internal, run by the `placeholder` quick fix): selects a sample value of the
 * new-dossier template so that the student's next keystrokes replace it. A code action can only
 * edit or run a command; selecting is the client's job.
 */
import * as vscode from 'vscode';

export const SELECT_VALUE_COMMAND = 'sio.selectValue';

export function registerSelectValue(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SELECT_VALUE_COMMAND, async (uri: unknown, range: unknown) => {
      if (typeof uri !== 'string' || !isRange(range)) return;
      const target = vscode.Uri.parse(uri, true);
      const editor = await vscode.window.showTextDocument(target, { preview: false });
      const start = new vscode.Position(range.start.line, range.start.character);
      const end = new vscode.Position(range.end.line, range.end.character);
      editor.selection = new vscode.Selection(start, end);
      editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    })
  );
}

interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function isRange(r: unknown): r is PlainRange {
  const ok = (p: unknown) => !!p && typeof (p as { line: unknown }).line === 'number' && typeof (p as { character: unknown }).character === 'number';
  return !!r && ok((r as PlainRange).start) && ok((r as PlainRange).end);
}
