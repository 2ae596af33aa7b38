/**
 * Quick fixes in a review file: each suggestion a review diagnostic carries (did-you-mean target,
 * épreuve, competence, penalty, enum value) replaces the underlined text. A missing key is not
 * inserted: the dossier's insertion logic knows the dossier's schema, not the review's.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { FixData } from '../../finding';
import { pick, type Locale } from '../../l10n';
import type { ParsedReview } from '../parse';

/** `only`: the kinds the editor asked for (LSP CodeActionContext.only), all when absent. */
export function codeActions(doc: TextDocument, _review: ParsedReview, diagnostics: Diagnostic[], locale: Locale, only?: string[]): CodeAction[] {
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = d.data as FixData | undefined;
    if (d.source && d.source !== 'sio') continue;
    if (!data || data.kind !== 'replace' || d.code === 'schema-missing-field') continue;
    data.replacements.forEach((r, i) => {
      out.push({
        title: pick(r.title, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: data.replacements.length === 1 && i === 0 ? true : undefined,
        edit: { changes: { [doc.uri]: [TextEdit.replace(d.range, r.text)] } }
      });
    });
  }
  return out;
}
