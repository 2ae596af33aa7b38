/**
 * Splits a period text into the pieces people actually write: full dates (in any of the
 * spellings seen in real dossiers), incomplete dates, years, month names, words and separators.
 * Each token keeps its offsets so that diagnostics can point at the piece at fault.
 * Every pattern is anchored (sticky) and linear, and the caller caps the input length.
 */

/** What is wrong with how a full date is written (its value may still be impossible). */
export type DateIssue = 'leading-zero' | 'double-sep' | 'not-slash' | 'iso';

export interface RawDate {
  y: number;
  m: number;
  d: number;
  issues: DateIssue[];
}

export type Token =
  | { kind: 'full'; start: number; end: number; raw: string; date: RawDate }
  /** Two numbers only: `09/25` (month/year, no day) or `14/05` (no year, or ambiguous). */
  | { kind: 'partial'; start: number; end: number; raw: string; noDay: boolean }
  | { kind: 'year'; start: number; end: number; raw: string }
  | { kind: 'month'; start: number; end: number; raw: string }
  /** A word, lowercased with ’ turned into ' (`du`, `au`, `jusqu'au`, `auj.`). */
  | { kind: 'word'; start: number; end: number; raw: string; word: string }
  | { kind: 'sep'; start: number; end: number; raw: string }
  | { kind: 'other'; start: number; end: number; raw: string };

// Year first, as ISO 8601 (2025-05-14) and its slash/dot variants.
const ISO = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y;
// Day first; both separators use the same character, possibly doubled (22//01/2026).
const DMY = /(\d{1,2})([/.-])(\2?)(\d{1,2})\2(\2?)(\d{4}|\d{2})(?!\d)/y;
const PARTIAL = /(\d{1,2})([/.-])\2?(\d{4}|\d{1,2})(?!\d)/y;
const YEAR = /\d{4}(?!\d)/y;
const NUMBER = /\d+/y;
const WORD = /\p{L}[\p{L}'’.]*/uy;
const SEP = /->|=>|→|⇒|⟶|–|—|-|\/|~|>/y;
const SPACE = /\s+/y;
const ONE = /[^]/uy;

const MONTHS = new Set(
  (
    'janvier janv jan février fevrier févr fevr fév fev mars mar avril avr mai juin juillet juil ' +
    'août aout septembre sept sep octobre oct novembre nov décembre decembre déc dec ' +
    'january february feb march april apr may june jun july jul august aug september october november december'
  ).split(' '),
);

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    let m: RegExpExecArray | null;
    if ((m = at(SPACE, text, pos))) {
      pos += m[0].length;
      continue;
    }
    const start = pos;
    if ((m = at(ISO, text, pos))) {
      const issues: DateIssue[] = ['iso'];
      tokens.push({ kind: 'full', start, end: start + m[0].length, raw: m[0], date: { y: +m[1], m: +m[3], d: +m[4], issues } });
    } else if ((m = at(DMY, text, pos))) {
      const issues: DateIssue[] = [];
      if (m[1].length < 2 || m[4].length < 2) issues.push('leading-zero');
      if (m[3] || m[5]) issues.push('double-sep');
      if (m[2] !== '/') issues.push('not-slash');
      const y = m[6].length === 2 ? 2000 + +m[6] : +m[6];
      tokens.push({ kind: 'full', start, end: start + m[0].length, raw: m[0], date: { y, m: +m[4], d: +m[1], issues } });
    } else if ((m = at(PARTIAL, text, pos))) {
      const noDay = m[3].length === 4 || +m[3] > 12;
      tokens.push({ kind: 'partial', start, end: start + m[0].length, raw: m[0], noDay });
    } else if ((m = at(YEAR, text, pos))) {
      tokens.push({ kind: 'year', start, end: start + 4, raw: m[0] });
    } else if ((m = at(NUMBER, text, pos))) {
      tokens.push({ kind: 'other', start, end: start + m[0].length, raw: m[0] });
    } else if ((m = at(WORD, text, pos))) {
      const word = m[0].toLowerCase().replace(/’/g, "'");
      const kind = MONTHS.has(word.replace(/\.$/, '')) ? 'month' : 'word';
      const end = start + m[0].length;
      tokens.push(kind === 'month' ? { kind, start, end, raw: m[0] } : { kind, start, end, raw: m[0], word });
    } else if ((m = at(SEP, text, pos))) {
      tokens.push({ kind: 'sep', start, end: start + m[0].length, raw: m[0] });
    } else {
      m = at(ONE, text, pos)!;
      tokens.push({ kind: 'other', start, end: start + m[0].length, raw: m[0] });
    }
    pos = tokens[tokens.length - 1].end;
  }
  return tokens;
}

const PREFIXES = new Set(['du', 'de', 'le']);
/** Connectors with a single sensible meaning, "until", between two dates. */
const CONNECTOR_WORDS = new Set(['au', 'à', 'a', "jusqu'au", "jusqu'à", "jusqu'a"]);

/** `du`, `de`, `le` before the first date. */
export function isPrefix(t: Token): boolean {
  return t.kind === 'word' && PREFIXES.has(t.word);
}

/** `au` or anything people put instead of it: `-`, `–`, `→`, `/`, `à`, `jusqu'au`. */
export function isConnector(t: Token): boolean {
  return t.kind === 'sep' || (t.kind === 'word' && CONNECTOR_WORDS.has(t.word));
}
