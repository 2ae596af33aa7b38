/**
 * How deeply a YAML text nests, estimated in one pass before the real parse.
 *
 * Why: `yaml` composes nested collections recursively. A file with ~1000 nested `[` or `{` (or
 * `- - - …`) leaves the stack nearly full while yaml runs its regular expressions; when V8 then
 * compiles one of them (regexp tier-up happens after a few executions, so typically on the
 * second such file in the same process) it aborts the whole process with "FATAL ERROR:
 * RegExpCompiler Allocation failed - process out of memory" — not an exception, a crash of the
 * language server or of `sio-dossier check` (found by test/unit/fuzz/yamlFeatures.test.ts).
 * A real dossier nests 5 or 6 levels; anything beyond MAX_NESTING is refused before parsing.
 *
 * The estimate over-counts rather than under-counts: brackets inside quoted strings or block
 * scalars count as flow openers (only unbalanced ones matter), and each `- ` or `? `
 * on the same line counts as one level on top of the indentation.
 */

export const MAX_NESTING = 100;

/** What the rest of a line is read for: its end, a comment, flow brackets. */
const SPECIAL = /[\n#[\]{}]/g;

/** Maximum nesting found, stopping early once `limit` is exceeded; and where it was exceeded. */
export function nestingDepth(source: string, limit = MAX_NESTING): { depth: number; at: number } {
  let max = 0;
  let maxAt = 0;
  let flow = 0;
  const indents: number[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    // Start of a line: block structure (indentation stack + compact "- - x" / "? " / "- a:" openers).
    let ind = 0;
    while (i + ind < n && source.charCodeAt(i + ind) === 32) ind++;
    let j = i + ind;
    const c = source.charCodeAt(j);
    if (j < n && c !== 10 && c !== 13 && c !== 35 /* # */ && flow === 0) {
      while (indents.length && indents[indents.length - 1] >= ind) indents.pop();
      indents.push(ind);
      let compact = 0;
      while (j + 1 < n && (source[j] === '-' || source[j] === '?') && (source[j + 1] === ' ' || source[j + 1] === '\t')) {
        compact++;
        j += 2;
        while (j < n && (source[j] === ' ' || source[j] === '\t')) j++;
      }
      const depth = indents.length + compact;
      if (depth > max) {
        max = depth;
        maxAt = i;
        if (max > limit) return { depth: max, at: maxAt };
      }
    }
    // Rest of the line: flow collections, comments skipped. The regexp jumps to the next
    // character that matters (a 2,000-réalisation file is 690,000 characters, read on every
    // keystroke): test() moves lastIndex without making a match array.
    for (;;) {
      SPECIAL.lastIndex = j;
      if (!SPECIAL.test(source)) {
        j = n;
        break;
      }
      j = SPECIAL.lastIndex - 1;
      const ch = source.charCodeAt(j);
      if (ch === 10) break;
      if (ch === 35 /* # */) {
        if (j === 0 || source.charCodeAt(j - 1) === 32 || source.charCodeAt(j - 1) === 9) {
          const nl = source.indexOf('\n', j);
          j = nl < 0 ? n : nl;
          break;
        }
      } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
        flow++;
        if (indents.length + flow > max) {
          max = indents.length + flow;
          maxAt = j;
          if (max > limit) return { depth: max, at: maxAt };
        }
      } else if (flow > 0) {
        flow--; // ] or }
      }
      j++;
    }
    i = j + 1;
  }
  return { depth: max, at: maxAt };
}
