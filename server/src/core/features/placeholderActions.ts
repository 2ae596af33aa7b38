/**
 * Quick fix of a `placeholder` diagnostic: select the sample value, so that typing replaces it.
 * No text is proposed in its place (only the student knows their centre or their number); the
 * selection is made by the client command declared in protocol/clientCommands.ts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver-types';
import { SelectValueCommand } from '../../protocol/clientCommands';
import type { FeatureOptions } from './options';
import { tr } from './options';

export function placeholderActions(doc: TextDocument, d: Diagnostic, opts: FeatureOptions): CodeAction[] {
  const value = doc.getText(d.range);
  if (!value) return [];
  const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  const title = tr(opts, `Sélectionner « ${shown} » pour le remplacer`, `Select "${shown}" to replace it`);
  return [
    {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      command: { title, command: SelectValueCommand, arguments: [doc.uri, d.range] }
    }
  ];
}
