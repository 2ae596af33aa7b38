/**
 * Quick fixes, from what the rules put in each diagnostic's `data` (the rule knows the fix; the
 * editor only applies it): replace the underlined text by each suggestion, rewrite or swap a
 * whole period, add a missing field; plus one fix computed here, quoting a title whose unquoted
 * « : » broke the YAML (the most common syntax error in student dossiers).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { FixData } from '../finding';
import type { Text } from '../l10n';
import type { Str } from '../model';
import type { ParsedDossier } from '../parse';
import { valueOffset } from '../rules/dates';
import { missingFieldInsertion } from './missingField';
import type { FeatureOptions } from './options';
import { say, tr } from './options';

type Data = FixData & { whole?: boolean };

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
  const data = d.data as Data | undefined;
  if (d.code === 'schema-missing-field' && data?.kind === 'replace') {
    const key = data.replacements[0]?.text;
    const ins = key ? missingFieldInsertion(parsed, doc.offsetAt(d.range.start), key, opts) : null;
    if (!ins) return [];
    const at = doc.positionAt(ins.offset);
    return [action(doc, say(opts, data.replacements[0].title), d, [TextEdit.insert(at, ins.text)], true)];
  }
  if (d.code === 'yaml-syntax' && !data) {
    const fix = quoteColonValue(doc, d.range.start.line);
    return fix ? [action(doc, tr(opts, 'Mettre la valeur entre guillemets', 'Put the value in quotes'), d, [fix], true)] : [];
  }
  if (!data) return [];
  if (data.kind === 'swap-periode') {
    const range = periodeRange(doc, parsed, d.range) ?? d.range;
    return [action(doc, tr(opts, `Inverser les dates : « ${data.text} »`, `Swap the dates: "${data.text}"`), d, [TextEdit.replace(range, data.text)], true)];
  }
  if (data.kind !== 'replace') return [];
  const range = data.whole ? periodeRange(doc, parsed, d.range) : d.range;
  if (!range) return [];
  const single = data.replacements.length === 1;
  return data.replacements.map((r: { text: string; title: Text }) => action(doc, say(opts, r.title), d, [TextEdit.replace(range, r.text)], single));
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

/** `intitule: Mise à jour : serveur web` → `intitule: "Mise à jour : serveur web"`. */
function quoteColonValue(doc: TextDocument, line: number): TextEdit | null {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const m = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*:[ \t]+)(.*?)\s*$/.exec(text);
  if (!m) return null;
  const value = m[2];
  if (!/:(\s|$)/.test(value) || /^["'[{|>]/.test(value)) return null;
  return TextEdit.replace({ start: { line, character: m[1].length }, end: { line, character: m[1].length + value.length } }, JSON.stringify(value));
}
