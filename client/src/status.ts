/**
 * Status bar item showing the competence coverage of the active dossier ("Bloc 1 : 5/6 — manque B1.3").
 * The server computes coverage after each validation and sends CoverageNotification; the client only
 * remembers the latest figures per document and shows those of the active sio-yaml editor.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CoverageNotification, type CoverageParams } from '../../shared/protocol';
import { coverageText, coverageTooltip } from './coverageText';
import { l10n } from './l10n';
import { STATUS_MENU_COMMAND } from './menu/statusMenu';

export function registerCoverageStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('sio.coverage', vscode.StatusBarAlignment.Left, 100);
  item.name = l10n.t('Dossier SIO — couverture des compétences');
  item.command = STATUS_MENU_COMMAND;
  const latest = new Map<string, CoverageParams>();

  const refresh = (): void => {
    const editor = vscode.window.activeTextEditor;
    const coverage = editor?.document.languageId === 'sio-yaml' ? latest.get(editor.document.uri.toString()) : undefined;
    if (!coverage) {
      item.hide();
      return;
    }
    item.text = coverageText(coverage);
    const tooltip = new vscode.MarkdownString(coverageTooltip(coverage), true);
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: coverageText(coverage).replace(/\$\([^)]*\)\s*/g, '') };
    item.show();
  };

  context.subscriptions.push(
    item,
    client.onNotification(CoverageNotification, (params: CoverageParams) => {
      // Notifications of an older version can arrive after a newer one: keep the newest.
      const known = latest.get(params.uri);
      if (known && known.version > params.version) return;
      latest.set(params.uri, params);
      refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      latest.delete(doc.uri.toString());
      refresh();
    }),
    // A language change (e.g. a file renamed to *.sio.yaml) shows or hides the item.
    vscode.workspace.onDidOpenTextDocument(refresh)
  );
  refresh();
}
