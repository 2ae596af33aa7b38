/**
 * « Corriger tout » (source.fixAll, and `sio-dossier check --corriger`): every unambiguous quick
 * fix of the dossier in one edit. A fix is unambiguous when it is the only preferred fix of its
 * diagnostic (a period rewrite, swapped dates, a case-only identifier fix…); a diagnostic with
 * several equally good suggestions is left for the student to choose. Identical edits (the same
 * period reported by several rules) are applied once; an edit overlapping one already kept is
 * dropped rather than risk a corrupted text — a second « fix all » picks it up.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDossier } from '../parse';
import { codeActions } from './codeActions';
import type { FeatureOptions } from './options';
import { tr } from './options';

export interface FixAllResult {
  /** Non-overlapping edits, in document order. */
  edits: TextEdit[];
  /** The diagnostics those edits fix (repeated identical diagnostics all count). */
  fixed: Diagnostic[];
}

export function fixAllEdits(doc: TextDocument, parsed: ParsedDossier, diagnostics: Diagnostic[], opts: FeatureOptions): FixAllResult {
  return preferredFixes(doc, diagnostics, (d) => codeActions(doc, parsed, [d], opts));
}

/** The same choice over any file's quick fixes (`actionsOf`): a review file's too (core/review/features/fixAll.ts). */
export function preferredFixes(doc: TextDocument, diagnostics: Diagnostic[], actionsOf: (d: Diagnostic) => CodeAction[]): FixAllResult {
  const chosen: { edit: TextEdit; start: number; end: number }[] = [];
  const fixed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const preferred = actionsOf(d).filter((a) => a.isPreferred);
    if (preferred.length !== 1) continue;
    const edits = preferred[0].edit?.changes?.[doc.uri] ?? [];
    const spans = edits.map((edit) => ({ edit, start: doc.offsetAt(edit.range.start), end: doc.offsetAt(edit.range.end) }));
    if (!spans.length) continue;
    const same = (a: (typeof spans)[number], b: (typeof spans)[number]) => a.start === b.start && a.end === b.end && a.edit.newText === b.edit.newText;
    const overlaps = (a: (typeof spans)[number], b: (typeof spans)[number]) => (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));
    if (spans.every((s) => chosen.some((c) => same(c, s)))) {
      fixed.push(d);
      continue;
    }
    if (spans.some((s) => chosen.some((c) => !same(c, s) && overlaps(c, s)))) continue;
    for (const s of spans) if (!chosen.some((c) => same(c, s))) chosen.push(s);
    fixed.push(d);
  }
  chosen.sort((a, b) => a.start - b.start);
  return { edits: chosen.map((c) => c.edit), fixed };
}

/** The editor's « Corriger tout » action, or null when nothing can be fixed without a choice. */
export function fixAllAction(doc: TextDocument, parsed: ParsedDossier, diagnostics: Diagnostic[], opts: FeatureOptions, kind: string = CodeActionKind.SourceFixAll): CodeAction | null {
  return fixAllOf(doc, fixAllEdits(doc, parsed, diagnostics, opts), opts, kind);
}

/** « Corriger tout » as an action, from fixes already chosen; null when there are none. */
export function fixAllOf(doc: TextDocument, { edits, fixed }: FixAllResult, opts: Pick<FeatureOptions, 'locale'>, kind: string = CodeActionKind.SourceFixAll): CodeAction | null {
  if (!edits.length) return null;
  const n = fixed.length;
  return {
    title: tr(opts, `Corriger tout (${n} problème${n > 1 ? 's' : ''})`, `Fix all (${n} problem${n > 1 ? 's' : ''})`),
    kind,
    diagnostics: fixed,
    edit: { changes: { [doc.uri]: edits } }
  };
}
