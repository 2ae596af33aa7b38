/**
 * Quick fixes, from what the rules put in each diagnostic's `data` (the rule knows the fix; the
 * editor only applies it): replace the underlined text by each suggestion, rewrite a whole
 * period (the swap of a reversed one included), add a missing field; plus one fix computed
 * here, quoting a title whose unquoted « : » broke the YAML (the most common syntax error in
 * student dossiers). Codes are compared as DiagnosticCode (core/diagnostics.ts), so a code
 * renamed or removed there does not compile here.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { DiagnosticCode } from '../diagnostics';
import type { FixData } from '../finding';
import type { Text } from '../l10n';
import type { Str } from '../model';
import type { ParsedDossier } from '../parse';
import { valueOffset } from '../rules/dates';
import { missingFieldInsertion } from './missingField';
import { placeholderActions } from './placeholderActions';
import type { FeatureOptions } from './options';
import { say, tr } from './options';


export function codeActions(doc: TextDocument, parsed: ParsedDossier, diagnostics: Diagnostic[], opts: FeatureOptions): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source && d.source !== 'sio') continue;
    try {
      out.push(...fixesFor(doc, parsed, d, opts));
    } catch {
      // A diagnostic from an older version of the document may no longer match the text: no fix.
    }
  }
  return out;
}

function action(doc: TextDocument, title: string, d: Diagnostic, edits: TextEdit[], preferred: boolean): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred || undefined, edit: { changes: { [doc.uri]: edits } } };
}

function fixesFor(doc: TextDocument, parsed: ParsedDossier, d: Diagnostic, opts: FeatureOptions): CodeAction[] {
  const data = d.data as FixData | undefined;
  const code = d.code as DiagnosticCode | undefined;
  if (code === 'placeholder') return placeholderActions(doc, d, opts);
  if (code === 'schema-missing-field' && data?.kind === 'replace') {
    const key = data.replacements[0]?.text;
    const ins = key ? missingFieldInsertion(parsed, doc.offsetAt(d.range.start), key, opts) : null;
    if (!ins) return [];
    const at = doc.positionAt(ins.offset);
    return [action(doc, say(opts, data.replacements[0].title), d, [TextEdit.insert(at, ins.text)], true)];
  }
  if (code === 'cadre-missing' && data?.kind === 'replace') {
    // One fix per cadre: `cadre: <value>` added to the réalisation (rules/cadres.ts).
    return data.replacements.flatMap((r) => {
      const ins = missingFieldInsertion(parsed, doc.offsetAt(d.range.start), 'cadre', opts, r.text);
      return ins ? [action(doc, say(opts, r.title), d, [TextEdit.insert(doc.positionAt(ins.offset), ins.text)], false)] : [];
    });
  }
  if (code === 'yaml-syntax' && !data) {
    const fix = quoteColonValue(doc, d.range.start.line);
    return fix ? [action(doc, tr(opts, 'Mettre la valeur entre guillemets', 'Put the value in quotes'), d, [fix], true)] : [];
  }
  if (code === 'schema-type' && !data) return typeFixes(doc, d, opts);
  if (!data) return [];
  if (data.kind !== 'replace') return [];
  const range = data.whole ? periodeRange(doc, parsed, d.range) : d.range;
  if (!range) return [];
  const single = data.replacements.length === 1;
  // `b1.2.1` → `B1.2.1`: a difference of case only is the obvious fix among several suggestions.
  const current = doc.getText(range).toLowerCase();
  return data.replacements.map((r: { text: string; title: Text }) =>
    action(doc, say(opts, r.title), d, [TextEdit.replace(range, r.text)], single || r.text.toLowerCase() === current)
  );
}

/** The text span of the period value holding `range` (inside the quotes of a quoted value). */
function periodeRange(doc: TextDocument, parsed: ParsedDossier, range: Range): Range | null {
  const at = doc.offsetAt(range.start);
  const all: (Str | undefined)[] = [...parsed.model.realisations.map((r) => r.periode), ...parsed.model.stages.map((s) => s.periode)];
  const s = all.find((p) => p && p.start <= at && at <= p.end);
  if (!s) return null;
  const start = valueOffset(s, parsed.text);
  const end = start === s.start ? s.end : s.end - 1;
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/**
 * Type errors the schema cannot fix by itself: `competences: B1.1, B1.2` (a text where a list is
 * expected) becomes `[B1.1, B1.2]`; `session: "2026"` (a text where a number is expected) loses
 * its quotes.
 */
function typeFixes(doc: TextDocument, d: Diagnostic, opts: FeatureOptions): CodeAction[] {
  const raw = doc.getText(d.range);
  if (d.range.start.line !== d.range.end.line || !raw) return [];
  const before = doc.getText({ start: { line: d.range.start.line, character: 0 }, end: d.range.start });
  if (/^\s*competences:\s*$/.test(before) && /^[^\[\]{}"'#|>&*!%@`]+$/.test(raw)) {
    const text = `[${raw.split(',').map((s) => s.trim()).filter(Boolean).join(', ')}]`;
    return [action(doc, tr(opts, `Écrire une liste : ${text}`, `Write a list: ${text}`), d, [TextEdit.replace(d.range, text)], true)];
  }
  const n = /^(["'])(\d+)\1$/.exec(raw);
  if (n) return [action(doc, tr(opts, `Écrire le nombre sans guillemets : ${n[2]}`, `Write the number without quotes: ${n[2]}`), d, [TextEdit.replace(d.range, n[2])], true)];
  return [];
}

/** `intitule: Mise à jour : serveur web` → `intitule: "Mise à jour : serveur web"`. */
export function quoteColonValue(doc: TextDocument, line: number): TextEdit | null {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  // `(.*)` then trimEnd, not `(.*?)\s*$`: the lazy form backtracks quadratically on a long run
  // of spaces (400 000 spaces: 48 s for the code actions of one diagnostic).
  const m = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*:[ \t]+)(.*)$/.exec(text);
  if (!m) return null;
  const value = m[2].trimEnd();
  if (!/:(\s|$)/.test(value) || /^["'[{|>]/.test(value)) return null;
  return TextEdit.replace({ start: { line, character: m[1].length }, end: { line, character: m[1].length + value.length } }, JSON.stringify(value));
}
