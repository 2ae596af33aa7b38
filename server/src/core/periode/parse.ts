/**
 * parsePeriode: reads `du JJ/MM/AAAA au JJ/MM/AAAA` / `le JJ/MM/AAAA` (prefix optional,
 * case-insensitive, two-digit years = 20AA, extra spaces allowed) and explains anything else.
 *
 * Two passes over the same tokens: first the *shape* (optional prefix, date, optional
 * connector, optional date). When the shape has exactly one sensible reading, the text is either
 * valid (strict grammar) or gets a `date-format` finding whose `rewrite` is the canonical text.
 * When it has none (month only, open end, years only…), `diagnose` says what is missing.
 */
import { formatDate, isValidDate } from './calendar';
import { diagnose } from './diagnose';
import * as msg from './messages';
import { isConnector, isPrefix, tokenize, type Token } from './tokens';
import type { ParseResult, PeriodeFinding, PeriodeValue, SimpleDate } from './types';

/** Longer inputs are not periods; refusing them early bounds the work per keystroke. */
export const MAX_PERIODE_LENGTH = 200;

type FullToken = Extract<Token, { kind: 'full' }>;

interface Shape {
  prefix: Extract<Token, { kind: 'word' }> | null;
  first: FullToken;
  /** Token between the two dates; null when the dates touch or there is only one date. */
  mid: Token | null;
  second: FullToken | null;
}

function readShape(tokens: Token[]): Shape | null {
  let i = 0;
  const t0 = tokens[0];
  const prefix = t0.kind === 'word' && isPrefix(t0) ? t0 : null;
  if (prefix) i++;
  const first = tokens[i++];
  if (!first || first.kind !== 'full') return null;
  if (i === tokens.length) {
    // "du 14/05/2025" alone announces an end that is not there: no single reading.
    return prefix && prefix.word !== 'le' ? null : { prefix, first, mid: null, second: null };
  }
  const mid = isConnector(tokens[i]) ? tokens[i++] : null;
  const second = tokens[i++];
  if (!second || second.kind !== 'full' || i !== tokens.length) return null;
  return { prefix, first, mid, second };
}

const toDate = (t: FullToken): SimpleDate => ({ y: t.date.y, m: t.date.m, d: t.date.d });

export function canonicalOf(start: SimpleDate, end: SimpleDate, single: boolean): string {
  return single ? `le ${formatDate(start)}` : `du ${formatDate(start)} au ${formatDate(end)}`;
}

/**
 * Results by input text: a dossier re-validated on each keystroke reads the same periods again
 * (2,000 réalisations: ~5 ms per keystroke saved). Results are never changed by their readers;
 * the memo is dropped whole when full.
 */
const memo = new Map<string, ParseResult>();
const MEMO_MAX = 20_000;

export function parsePeriode(input: string): ParseResult {
  let r = memo.get(input);
  if (r === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    r = parseUncached(input);
    memo.set(input, r);
  }
  return r;
}

function parseUncached(input: string): ParseResult {
  const whole = (message: PeriodeFinding['message']): ParseResult => ({
    ok: false,
    findings: [{ code: 'date-format', severity: 'error', message, start: 0, end: input.length }],
  });
  if (input.length > MAX_PERIODE_LENGTH) return whole(msg.withExpected(msg.TOO_LONG(MAX_PERIODE_LENGTH)));
  const tokens = tokenize(input);
  if (tokens.length === 0) return whole(msg.withExpected(msg.EMPTY));

  const shape = readShape(tokens);
  if (!shape) return { ok: false, findings: diagnose(input, tokens) };

  const { prefix, first, mid, second } = shape;
  const single = second === null;
  const last = second ?? first;
  const value: PeriodeValue = {
    start: toDate(first),
    end: toDate(last),
    single,
    canonical: canonicalOf(toDate(first), toDate(last), single),
    startSpan: [first.start, first.end],
    endSpan: [last.start, last.end],
  };

  // What keeps the text from being in the grammar, each with a sentence saying so.
  const wordingOff: PeriodeFinding['message'][] = [];
  if (prefix && prefix.word !== (single ? 'le' : 'du')) wordingOff.push(msg.prefixMessage(prefix.word, !single));
  if (!single && !(mid?.kind === 'word' && mid.word === 'au')) wordingOff.push(msg.separatorMessage(mid ? mid.raw : null));
  // Words glued to dates (`du14/05/2025`); a glued `-` or `/` is already replaced by « au ».
  const ordered = [prefix, first, mid, second].filter((t): t is Token => t !== null);
  const glued = ordered.some((t, k) => k > 0 && t.start === ordered[k - 1].end && t.kind !== 'sep' && ordered[k - 1].kind !== 'sep');
  if (glued) wordingOff.push(msg.MISSING_SPACE);
  const dirtyDates = [first, second].filter((t): t is FullToken => t !== null && t.date.issues.length > 0);

  const findings: PeriodeFinding[] = [];
  if (wordingOff.length > 0 || dirtyDates.length > 0) {
    const parts = [...wordingOff, ...dirtyDates.map((t) => msg.dateSpelling(t.raw, toDate(t), t.date.issues))];
    // Point at the date when it alone is at fault; otherwise the whole text.
    const [start, end] = wordingOff.length === 0 && dirtyDates.length === 1 ? [dirtyDates[0].start, dirtyDates[0].end] : [0, input.length];
    findings.push({
      code: 'date-format',
      severity: 'error',
      message: msg.withExpected(msg.joinTexts(parts)),
      start,
      end,
      rewrite: { text: value.canonical, title: msg.rewriteTitle(value.canonical) },
    });
  }
  for (const t of [first, second]) {
    if (t && !isValidDate(toDate(t)))
      findings.push({ code: 'date-invalid', severity: 'error', message: msg.impossibleDate(t.raw, toDate(t)), start: t.start, end: t.end });
  }
  return findings.length > 0 ? { ok: false, findings } : { ok: true, value };
}
