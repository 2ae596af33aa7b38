/**
 * What is under the cursor in the YAML tree: the path of keys (and sequence items) from the
 * root, and whether the cursor is on a key or on a value. Hover and references use it; the
 * completion, which must work on half-typed lines, reads the lines instead (cursorContext.ts).
 */
import { Document, isMap, isPair, isScalar, isSeq, Node } from 'yaml';
import { ITEM, PathSegment } from './schemaInfo';
import { valueText } from '../text/valueText';

export interface NodeAt {
  path: PathSegment[];
  /** True when the cursor is on a key (`periode` in `periode: …`); the path ends with that key. */
  onKey: boolean;
  /** The key or scalar value under the cursor. */
  node: Node;
  start: number;
  end: number;
}

const inside = (r: readonly number[] | null | undefined, offset: number): boolean => !!r && r[0] <= offset && offset <= r[1];

export function nodeAt(doc: Document.Parsed | null, offset: number): NodeAt | null {
  if (!doc) return null;
  return walk(doc.contents as Node | null, offset, []);
}

function walk(node: Node | null, offset: number, path: PathSegment[]): NodeAt | null {
  if (!node) return null;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      if (!isScalar(key)) continue;
      const name = valueText(key.value);
      if (inside(key.range, offset)) return { path: [...path, name], onKey: true, node: key, start: key.range![0], end: key.range![1] };
      const value = pair.value as Node | null;
      if (value && inside(value.range, offset)) return walk(value, offset, [...path, name]);
    }
    return null;
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      const n = item as Node | null;
      if (n && inside(n.range, offset)) return walk(n, offset, [...path, ITEM]);
    }
    return null;
  }
  if (isScalar(node) && node.range) return { path, onKey: false, node, start: node.range[0], end: node.range[1] };
  return null;
}
