/**
 * A located model value (a réalisation, a stage: Str, Span, lists, the `keys` map) copied with
 * every offset moved by `delta`. A réalisation moved by an edit above it gets its model this way
 * from its previous place instead of being rebuilt from the yaml nodes.
 * Offsets are the fields named start, end, keyStart and keyEnd (server/src/core/model.ts).
 */
export function shiftSpans<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  return shiftObject(value as object, delta) as T;
}

/**
 * Hot path (every réalisation after a length-changing edit): an object spread keeps the source's
 * shape, then the offsets are moved in place, without a lookup per key.
 */
function shiftObject(value: object, delta: number): object {
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = v !== null && typeof v === 'object' ? shiftObject(v, delta) : v;
    }
    return out;
  }
  if (value instanceof Map) {
    const m = new Map();
    for (const [k, v] of value) m.set(k, v !== null && typeof v === 'object' ? shiftObject(v as object, delta) : v);
    return m;
  }
  const out = { ...value } as Record<string, unknown>;
  for (const k in out) {
    const v = out[k];
    if (typeof v === 'number') {
      if (k === 'start' || k === 'end' || k === 'keyStart' || k === 'keyEnd') out[k] = v + delta;
    } else if (v !== null && typeof v === 'object') out[k] = shiftObject(v, delta);
  }
  return out;
}
