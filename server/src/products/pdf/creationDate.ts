/**
 * The date written in an exported PDF, never the clock (browser-safe: the desktop export and
 * the one in VS Code for the Web give a dossier the same date).
 */
import type { SyntheseModel } from '../../protocol/synthese';

const DATE_IN_TEXT = /\b(\d{2})\/(\d{2})\/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;

function validUtc(y: number, m: number, d: number): Date | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt : null;
}

/**
 * The PDF's creation date: SOURCE_DATE_EPOCH when set (reproducible-builds convention), else the
 * latest period end of the dossier (model when given, else dates found in the text), else
 * 1 January of the session, else 1 January 2000. Never the clock: the same dossier always gives
 * the same bytes.
 */
export function creationDateFor(sourceText: string, env: Record<string, string | undefined>, model?: SyntheseModel | null): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);

  let latest: Date | null = null;
  const consider = (d: Date | null) => {
    if (d && (!latest || d > latest)) latest = d;
  };
  if (model) {
    const rows = [...model.groups.flatMap((g) => g.rows), ...model.grids.flatMap((g) => g.rows)];
    for (const p of [...rows.map((r) => r.periode), ...model.fiches.map((f) => f.periode)]) {
      const iso = p.end ?? p.start;
      const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
      if (m) consider(validUtc(+m[1], +m[2], +m[3]));
    }
  }
  if (!latest) {
    for (const m of sourceText.matchAll(DATE_IN_TEXT)) {
      consider(m[1] ? validUtc(+m[3], +m[2], +m[1]) : validUtc(+m[4], +m[5], +m[6]));
    }
  }
  if (latest) return latest;
  if (model?.session) return new Date(Date.UTC(model.session, 0, 1));
  return new Date(Date.UTC(2000, 0, 1));
}
