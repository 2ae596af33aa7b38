/**
 * The edit scripts of the benchmark: each returns the i-th edit `{ start, end, insert }` on the
 * current text. The four targeted scenarios of issue 16 edit the réalisation in the middle of
 * the file (the worst place for a parser that re-reads from an edit to the end); `walk` is the
 * older mixed script (a letter in a title, then a competence id, walking top to bottom).
 */

/** Offsets of the réalisation in the middle of the list and of the next one (or the end). */
function middle(text) {
  const starts = [...text.matchAll(/^ {2}- id: /gm)].map((m) => m.index);
  const k = Math.floor(starts.length / 2);
  return { from: starts[k], to: starts[k + 1] ?? text.length };
}

/** The first line of the middle réalisation (or the next ones) matching `re`, with its offset. */
function lineIn(text, re) {
  const { from } = middle(text);
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) throw new Error(`bench: no line ${re} after the middle réalisation`);
  return m;
}

export const SCENARIOS = {
  /** A letter typed in the middle of the first description line of the middle réalisation. */
  description(text, i) {
    const m = lineIn(text, /^ {4}description: \|\r?\n {6}(.*)$/gm);
    const at = m.index + m[0].length - m[1].length + Math.floor(m[1].length / 2);
    return { start: at, end: at, insert: 'abcdefghij'[i % 10] };
  },
  /** A letter typed at the end of the middle réalisation's id (ids stay unique). */
  id(text, i) {
    const m = lineIn(text, /^ {2}- id: .*$/gm);
    const at = m.index + m[0].length;
    return { start: at, end: at, insert: 'abcdefghij'[i % 10] };
  },
  /** The first competence of the middle réalisation's list changed (B1.1 → B1.2 …, B2.1 → B2.2 …). */
  competences(text) {
    const m = lineIn(text, /^ {4}competences: \[(B\d\.\d)/gm);
    const start = m.index + m[0].length - m[1].length;
    const id = m[1];
    const next = id.startsWith('B1') ? `B1.${(Number(id[3]) % 6) + 1}` : `B2.${(Number(id[3]) % 3) + 1}`;
    return { start, end: start + 4, insert: next };
  },
  /** The day of the middle réalisation's period moved by one and back (the period stays valid). */
  periode(text, i) {
    const m = lineIn(text, /^ {4}periode: (?:du|le) (\d)(\d)/gm);
    const start = m.index + m[0].length - 1;
    const d = Number(m[2]);
    const next = i % 2 === 0 ? (d <= 7 ? d + 1 : d - 1) : d <= 7 ? d - 1 : d + 1;
    return { start, end: start + 1, insert: String(Math.max(0, Math.min(9, next))) };
  },
  /** The former script: a letter in a title, then a competence id, walking through the file. */
  walk(text, i) {
    const titles = [...text.matchAll(/^ {4}intitule: .*$/gm)];
    const comps = [...text.matchAll(/^ {4}competences: \[(B\d\.\d(?:\.\d+)?)/gm)];
    if (i % 2 === 0) {
      const m = titles[(i * 7) % titles.length];
      const at = m.index + m[0].length;
      return { start: at, end: at, insert: 'abcdefghij'[i % 10] };
    }
    const m = comps[(i * 5) % comps.length];
    const id = m[1];
    const start = m.index + m[0].length - id.length;
    const base = id.slice(0, 4);
    const next = base.startsWith('B1') ? `B1.${(Number(base[3]) % 6) + 1}` : `B2.${(Number(base[3]) % 3) + 1}`;
    return { start, end: start + id.length, insert: next };
  }
};
