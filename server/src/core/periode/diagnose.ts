/**
 * Explains a period text that has no single sensible reading, so no rewrite is offered:
 * open ends (`26/02/2026 au`, `01/09/25 au auj.`), months or years without a day
 * (`09/25 → 03/26`, `Sept 2024`, `De janvier à juin 2022`, `2023-2025`), stray words.
 * Guessing a day there would put a made-up date in an exam document.
 */
import * as msg from './messages';
import { isConnector, isPrefix, type Token } from './tokens';
import type { PeriodeFinding } from './types';

/** An incomplete date as the user wrote it (`Sept 2024` keeps its year). */
interface Piece {
  start: number;
  end: number;
  /** The day is what is missing (month/year or month name); false = ambiguous or a bare year. */
  noDay: boolean;
  yearOnly: boolean;
}

function piecesOf(tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'month') {
      const next = tokens[i + 1];
      const end = next?.kind === 'year' ? (i++, next.end) : t.end;
      pieces.push({ start: t.start, end, noDay: true, yearOnly: false });
    } else if (t.kind === 'partial') {
      pieces.push({ start: t.start, end: t.end, noDay: t.noDay, yearOnly: false });
    } else if (t.kind === 'year') {
      pieces.push({ start: t.start, end: t.end, noDay: false, yearOnly: true });
    }
  }
  return pieces;
}

export function diagnose(input: string, tokens: Token[]): PeriodeFinding[] {
  const finding = (what: PeriodeFinding['message'], start = 0, end = input.length): PeriodeFinding[] => [
    { code: 'date-format', severity: 'error', message: msg.withExpected(what), start, end },
  ];
  const fulls = tokens.filter((t) => t.kind === 'full');
  if (fulls.length > 2) return finding(msg.TOO_MANY);

  const pieces = piecesOf(tokens);
  // "depuis 01/09/2025" reads like "du": a start without an end.
  const t0 = tokens[0];
  const lead = isPrefix(t0) || (t0.kind === 'word' && t0.word === 'depuis') ? 1 : 0;
  const rest = tokens.slice(lead);

  if (pieces.length === 0 && fulls.length === 1) {
    // A start and no end: `26/02/2026 au`, `du 14/05/2025`, `01/09/25 au auj.`.
    if (rest[0].kind === 'full') {
      const after = rest.slice(rest[1] && isConnector(rest[1]) ? 2 : 1);
      if (after.length === 0) return finding(msg.END_MISSING);
      return finding(msg.notADate(input.slice(after[0].start, after[after.length - 1].end)));
    }
    // An end and no start: `au 25/06/2025`, `- 25/06/2025`.
    if (rest.length === 2 && isConnector(rest[0]) && rest[1].kind === 'full') return finding(msg.START_MISSING);
  }

  if (pieces.length > 0) {
    const raws = pieces.map((p) => input.slice(p.start, p.end));
    if (fulls.length === 0 && pieces.every((p) => p.yearOnly)) return finding(msg.yearsOnly(raws));
    const what = pieces.every((p) => p.noDay) ? msg.noDay(raws) : msg.incomplete(raws);
    // One incomplete date next to a good one: the incomplete one is at fault.
    return pieces.length === 1 && fulls.length === 1 ? finding(what, pieces[0].start, pieces[0].end) : finding(what);
  }

  const junk = tokens.filter((t) => t.kind !== 'full' && !isPrefix(t) && !isConnector(t)).map((t) => t.raw);
  if (fulls.length === 0 && junk.length === 0) return finding(msg.NO_DATE);
  return finding(msg.unexpected(junk.length > 0 ? junk.slice(0, 3) : tokens.map((t) => t.raw).slice(0, 3)));
}
