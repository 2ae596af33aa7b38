/**
 * Documents with a cursor marker, for feature tests: `at('competences: [B1.|]')` gives the
 * text without the marker, a TextDocument and the marked position(s), so a test reads like
 * the line the student is typing (model: yaml-language-server's `caretPosition`).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

export interface Marked {
  text: string;
  doc: TextDocument;
  /** Offsets of the markers, in order, in the text without markers. */
  offsets: number[];
  positions: Position[];
  /** First marker's position. */
  position: Position;
}

let counter = 0;

export function docOf(text: string, uri = `file:///test/dossier-${++counter}.sio.yaml`): TextDocument {
  return TextDocument.create(uri, 'sio-yaml', 1, text);
}

export function at(marked: string, marker = '|'): Marked {
  const offsets: number[] = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const i = rest.indexOf(marker);
    if (i < 0) break;
    text += rest.slice(0, i);
    offsets.push(text.length);
    rest = rest.slice(i + marker.length);
  }
  text += rest;
  if (!offsets.length) throw new Error(`no cursor marker "${marker}" in the test document`);
  const doc = docOf(text);
  const positions = offsets.map((o) => doc.positionAt(o));
  return { text, doc, offsets, positions, position: positions[0] };
}

/** The text a range covers, to assert ranges readably. */
export function textOf(doc: TextDocument, range: { start: Position; end: Position }): string {
  return doc.getText(range);
}
