/**
 * A `yaml` Document as plain data for deep comparisons: every node with its class, range and
 * own fields, recursively. Comments are left out (`comment`, `commentBefore`, `spaceBefore`):
 * where a comment line between two pieces attaches (after the previous node or before the next)
 * is not read by any feature, and the incremental parse does not reproduce it.
 */
const SKIPPED = new Set(['comment', 'commentBefore', 'spaceBefore', 'schema', 'srcToken']);

export function yamlTree(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 200) return '…';
  if (Array.isArray(value)) return value.map((v) => yamlTree(v, depth + 1));
  const out: Record<string, unknown> = { class: value.constructor?.name };
  for (const k of Object.keys(value)) {
    if (SKIPPED.has(k)) continue;
    out[k] = yamlTree((value as Record<string, unknown>)[k], depth + 1);
  }
  return out;
}

/** The parts of a Document that features read: its range, problems and node tree. */
export function documentTree(doc: { range?: unknown; errors: unknown[]; warnings: unknown[]; contents: unknown } | null): unknown {
  if (!doc) return null;
  return {
    range: doc.range,
    errors: doc.errors.map((e) => ({ ...(e as object) })),
    warnings: doc.warnings.map((e) => ({ ...(e as object) })),
    contents: yamlTree(doc.contents)
  };
}
