/** Which fonts a text needs (fontTables.ts says why). Browser-safe. */

/**
 * True when some text needs the OpenType shaper: a combining mark, or a character outside the
 * scripts drawn glyph by glyph (Latin, Greek, Cyrillic, general punctuation, currency, letterlike
 * symbols, arrows, maths operators, geometric shapes, box drawing).
 */
export function needsShaping(s: string): boolean {
  return /[\u0300-\u036f\u0483-\u0489]|[^\u0000-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff\u2000-\u20cf\u2100-\u23ff\u2500-\u27bf]/.test(s);
}
