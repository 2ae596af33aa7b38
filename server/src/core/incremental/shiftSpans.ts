/**
 * A located model value (a réalisation, a stage: Str, Span, lists, the `keys` map) copied with
 * every offset moved by `delta`. A réalisation moved by an edit above it gets its model this way
 * from its previous place instead of being rebuilt from the yaml nodes.
 * Offsets are the fields named start, end, keyStart and keyEnd (server/src/core/model.ts).
 */
const OFFSETS = new Set(['start', 'end', 'keyStart', 'keyEnd']);

export function shiftSpans<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, delta)) as T;
  if (value instanceof Map) {
    const m = new Map();
    for (const [k, v] of value) m.set(k, shiftSpans(v, delta));
    return m as T;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const v = src[k];
    out[k] = OFFSETS.has(k) && typeof v === 'number' ? v + delta : shiftSpans(v, delta);
  }
  return out as T;
}
