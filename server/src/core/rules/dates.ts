/**
 * Periods of réalisations and stages: grammar, impossible dates, order, future, session years
 * (server/src/core/periode), then what only the whole dossier can tell: a `stage-1` réalisation
 * outside the first year, a `formation` one inside a declared stage, stage durations
 * (Annexe III.B).
 */
import type { Finding } from '../finding';
import { text } from '../l10n';
import type { Str } from '../model';
import { checkPeriode, checkStages, parsePeriode, schoolYearOf } from '../periode';
import { todayOf } from '../periode/calendar';
import { memoized } from '../text/memo';
import { withExpected } from '../periode/messages';
import type { PeriodeFinding, PeriodeValue, SimpleDate } from '../periode/types';
import type { RuleContext } from './context';

/**
 * checkPeriode by text, for one day and one session (what it depends on besides the text): the
 * periods of the réalisations a keystroke did not touch come back on every keystroke.
 */
let checks: { key: string; run: (value: string) => PeriodeFinding[] } = { key: '', run: () => [] };

function checked(value: string, ctx: RuleContext): PeriodeFinding[] {
  const t = todayOf(ctx.now);
  const key = `${t.y}-${t.m}-${t.d}|${ctx.session}`;
  if (checks.key !== key) {
    const context = { now: ctx.now, session: ctx.session };
    checks = { key, run: memoized((v) => checkPeriode(v, context)) };
  }
  return checks.run(value);
}

function toFindings(s: Str, ctx: RuleContext): Finding[] {
  return checked(s.value, ctx).map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message,
    // Offsets are relative to the value; a quoted scalar starts one character later.
    start: valueOffset(s, ctx.source) + f.start,
    end: valueOffset(s, ctx.source) + Math.max(f.end, f.start),
    data: f.rewrite ? { kind: 'replace' as const, replacements: [{ text: f.rewrite.text, title: f.rewrite.title }], whole: true } : undefined
  }));
}

/** Offset of the first character of the scalar's value (after an opening quote). */
export function valueOffset(s: Str, source: string): number {
  const c = source[s.start];
  return c === '"' || c === "'" ? s.start + 1 : s.start;
}

function periodeOf(s: Str | undefined): PeriodeValue | null {
  if (!s || !s.value) return null;
  const r = parsePeriode(s.value);
  return r.ok ? r.value : null;
}

function missingPeriode(key: { start: number; end: number }): Finding {
  return {
    code: 'date-format',
    severity: 'error',
    message: withExpected(text('Période vide.', 'Empty period.')),
    start: key.start,
    end: key.end
  };
}

const num = (d: SimpleDate) => d.y * 10000 + d.m * 100 + d.d;

export function dateRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const stages: { periode: PeriodeValue; annee: 1 | 2 | null; start: number; end: number }[] = [];
  for (const st of ctx.model.stages) {
    if (!st.periode) continue;
    if (!st.periode.value) {
      out.push(missingPeriode({ start: st.periode.keyStart ?? st.periode.start, end: st.periode.keyEnd ?? st.periode.end }));
      continue;
    }
    out.push(...toFindings(st.periode, ctx));
    const p = periodeOf(st.periode);
    const a = st.annee?.value;
    if (p) stages.push({ periode: p, annee: a === '1' ? 1 : a === '2' ? 2 : null, start: st.periode.start, end: st.periode.end });
  }
  if (stages.length) {
    out.push(...checkStages(stages, ctx.ref.stages, ctx.ref.kind, { session: ctx.session }));
  }
  for (const r of ctx.model.realisations) {
    const s = r.periode;
    if (!s) continue;
    if (!s.value) {
      out.push(missingPeriode({ start: s.keyStart ?? s.start, end: s.keyEnd ?? s.end }));
      continue;
    }
    out.push(...toFindings(s, ctx));
    const p = periodeOf(s);
    const cadre = r.cadre?.value;
    if (!p || !cadre) continue;
    // Year checks only make sense for the two-year BTS; the MC SNO lasts one year.
    if (ctx.session && ctx.ref.kind === 'bts-sio' && (cadre === 'stage-1' || cadre === 'stage-2')) {
      const want = cadre === 'stage-1' ? 1 : 2;
      const year = schoolYearOf(p.start, ctx.session);
      if (year !== null && year !== want) {
        out.push({
          code: 'cadre-periode',
          severity: 'warning',
          message: text(
            `Cadre « ${cadre} » (stage de ${want === 1 ? 'première' : 'seconde'} année) mais la période tombe en ${year === 1 ? 'première' : 'seconde'} année de la session ${ctx.session} : vérifiez le cadre ou la période.`,
            `Cadre "${cadre}" (year-${want} stage) but the period falls in year ${year} of session ${ctx.session}: check the cadre or the period.`
          ),
          start: r.cadre!.start,
          end: r.cadre!.end,
          data: { kind: 'replace', replacements: [{ text: `stage-${year}`, title: text(`Remplacer par « stage-${year} »`, `Replace with "stage-${year}"`) }] }
        });
      }
    }
    if (cadre === 'formation') {
      const inside = stages.find((st) => num(st.periode.start) <= num(p.start) && num(p.end) <= num(st.periode.end));
      if (inside) {
        const want = inside.annee ?? (ctx.session ? schoolYearOf(inside.periode.start, ctx.session) : null);
        out.push({
          code: 'cadre-periode',
          severity: 'information',
          message: text(
            `Cette réalisation « en formation » se déroule pendant un stage déclaré (${inside.periode.canonical}) : son cadre est-il plutôt « stage-${want ?? 1} » ?`,
            `This "formation" réalisation takes place during a declared stage (${inside.periode.canonical}): should its cadre be "stage-${want ?? 1}"?`
          ),
          start: r.cadre!.start,
          end: r.cadre!.end,
          data: want ? { kind: 'replace', replacements: [{ text: `stage-${want}`, title: text(`Remplacer par « stage-${want} »`, `Replace with "stage-${want}"`) }] } : undefined
        });
      }
    }
  }
  return out;
}
