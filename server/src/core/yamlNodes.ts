/** Reading located values out of the `yaml` tree: shared by the dossier and review parsers. */
import { isPair, isScalar, Node, Scalar, YAMLMap } from 'yaml';
import type { Span, Str } from './model';
import { valueText } from './text/valueText';

export function span(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/**
 * A scalar as a located string. `key:` with nothing after it gives an empty value placed at the
 * end of the key, so "missing value" diagnostics land on the key. Non-strings keep their source
 * text (`numero: 0234` stays "0234", flagged `notString`).
 */
export function scalarStr(node: unknown, key?: Node | null): Str | undefined {
  const s = node as Scalar | null | undefined;
  if (s == null || (isScalar(s) && (s.value === null || s.value === undefined))) {
    if (!key?.range) return undefined;
    return { value: '', start: key.range[1], end: key.range[1], keyStart: key.range[0], keyEnd: key.range[1] };
  }
  if (!isScalar(s) || !s.range) return undefined;
  const out: Str = {
    value: typeof s.value === 'string' ? s.value : s.source ?? valueText(s.value),
    start: s.range[0],
    end: s.range[1],
    notString: typeof s.value !== 'string',
    plain: s.type === Scalar.PLAIN
  };
  if (key?.range) {
    out.keyStart = key.range[0];
    out.keyEnd = key.range[1];
  }
  return out;
}

/** The scalar-keyed pairs of a mapping, in order. */
export function entries(map: YAMLMap): { key: string; keyNode: Node; value: unknown }[] {
  const out: { key: string; keyNode: Node; value: unknown }[] = [];
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    out.push({ key: valueText(item.key.value), keyNode: item.key as Node, value: item.value });
  }
  return out;
}
