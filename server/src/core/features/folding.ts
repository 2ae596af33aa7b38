/**
 * Folding: every block mapping and sequence (from its key's line to its last line), every
 * multi-line réalisation in a list, and multi-line texts (a `description: |` block).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRange } from 'vscode-languageserver-types';
import { isMap, isPair, isScalar, isSeq, Node } from 'yaml';
import type { ParsedDossier } from '../parse';

export function foldingRanges(doc: TextDocument, parsed: ParsedDossier): FoldingRange[] {
  if (!parsed.doc) return [];
  const text = parsed.text;
  const out: FoldingRange[] = [];
  /** Last line holding content before `end` (ranges may include the trailing newline). */
  const lastLine = (end: number) => {
    let e = end;
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    return doc.positionAt(e).line;
  };
  const add = (start: number, end: number) => {
    const a = doc.positionAt(start).line;
    const b = lastLine(end);
    if (b > a) out.push({ startLine: a, endLine: b });
  };
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && value?.range && (isMap(value) || isSeq(value) || isScalar(value))) add(key.range[0], value.range[1]);
        visit(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const n = item as Node | null;
        if (n?.range && (isMap(n) || isSeq(n))) add(n.range[0], n.range[1]);
        visit(item);
      }
    }
  };
  visit(parsed.doc.contents);
  return out;
}
