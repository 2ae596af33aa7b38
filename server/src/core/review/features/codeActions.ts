/**
 * Quick fixes in a review file: each suggestion a review diagnostic carries (did-you-mean target,
 * épreuve, competence, penalty, enum value) replaces the underlined text; a value whose French
 * « : » broke the YAML (`message: La fin n'est pas datée : « auj. »`) is put in quotes, as in a
 * dossier; and « Corriger tout » applies every unambiguous one. A missing key is not inserted:
 * the dossier's insertion logic knows the dossier's schema, not the review's.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { quoteColonValue } from '../../features/codeActions';
import { fixAllOf, preferredFixes, type FixAllResult } from '../../features/fixAll';
import type { FixData } from '../../finding';
import { pick, type Locale } from '../../l10n';
import type { ParsedReview } from '../parse';

const wants = (only: string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

/**
 * `only`: the kinds the editor asked for (LSP CodeActionContext.only), all when absent. `all`:
 * every diagnostic of the file, for « Corriger tout » (the request carries only those at hand).
 */
export function codeActions(doc: TextDocument, _review: ParsedReview, diagnostics: Diagnostic[], locale: Locale, only?: string[], all?: () => Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = wants(only, CodeActionKind.QuickFix) ? diagnostics.flatMap((d) => quickFixes(doc, d, locale)) : [];
  if (!all) return out;
  // Source action only when asked for (Source Action… menu, editor.codeActionsOnSave); as a
  // quick fix only when it fixes more than the one at hand.
  if (only && wants(only, CodeActionKind.SourceFixAll)) {
    const a = fixAllOf(doc, fixAllEdits(doc, all(), locale), { locale });
    if (a) out.push(a);
  }
  if (out.some((a) => a.kind === CodeActionKind.QuickFix)) {
    const a = fixAllOf(doc, fixAllEdits(doc, all(), locale), { locale }, CodeActionKind.QuickFix);
    if (a && a.diagnostics!.length > 1) out.push(a);
  }
  return out;
}

/** Every unambiguous fix of the review in one edit (the editor's « Corriger tout », `verifier --corriger`). */
export function fixAllEdits(doc: TextDocument, diagnostics: Diagnostic[], locale: Locale): FixAllResult {
  return preferredFixes(doc, diagnostics, (d) => quickFixes(doc, d, locale));
}

function quickFixes(doc: TextDocument, d: Diagnostic, locale: Locale): CodeAction[] {
  const data = d.data as FixData | undefined;
  if (d.source && d.source !== 'sio') return [];
  if (d.code === 'yaml-syntax' && !data) {
    const fix = quoteColonValue(doc, d.range.start.line);
    const title = pick({ fr: 'Mettre la valeur entre guillemets', en: 'Put the value in quotes' }, locale);
    return fix ? [{ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [doc.uri]: [fix] } } }] : [];
  }
  if (!data || data.kind !== 'replace' || d.code === 'schema-missing-field') return [];
  return data.replacements.map((r, i) => ({
    title: pick(r.title, locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: data.replacements.length === 1 && i === 0 ? true : undefined,
    edit: { changes: { [doc.uri]: [TextEdit.replace(d.range, r.text)] } }
  }));
}
