/**
 * `placeholder` (information): a sample value of the « Nouveau dossier » template is still there
 * (core/sample.ts). The template is a valid dossier, so without this nothing would tell a student
 * what to replace; each value disappears from the Problems view as soon as it is replaced. The
 * quick fix (features/placeholderActions.ts) selects the value, ready to be typed over.
 */
import type { Finding } from '../finding';
import { text } from '../l10n';
import type { Str } from '../model';
import { SAMPLE_CANDIDAT, SAMPLE_REALISATIONS, SAMPLE_STAGES } from '../sample';
import type { Rule } from './context';
import { valueOffset } from './dates';

export const PLACEHOLDER = 'placeholder';

/** The value's span without its quotes: what the quick fix selects. */
function valueSpan(s: Str, source: string): { start: number; end: number } {
  const start = valueOffset(s, source);
  return { start, end: start === s.start ? s.end : Math.max(start, s.end - 1) };
}

function is(s: Str | undefined, value: string): s is Str {
  return !!s && !s.notString && s.value.trim() === value;
}

export const placeholderRules: Rule = (ctx) => {
  const out: Finding[] = [];
  const add = (s: Str, fr: string, en: string) =>
    out.push({ code: PLACEHOLDER, severity: 'information', message: text(fr, en), ...valueSpan(s, ctx.source) });

  const c = ctx.model.candidat;
  for (const [key, sample] of Object.entries(SAMPLE_CANDIDAT) as [keyof typeof SAMPLE_CANDIDAT, (typeof SAMPLE_CANDIDAT)[keyof typeof SAMPLE_CANDIDAT]][]) {
    const s = c[key];
    if (is(s, sample.value)) {
      add(s, `Valeur d’exemple : remplacez « ${sample.value} » par ${sample.what.fr}.`, `Sample value: replace "${sample.value}" with ${sample.what.en}.`);
    }
  }
  for (const st of ctx.model.stages) {
    const org = st.organisation;
    if (org && SAMPLE_STAGES.some((v) => is(org, v))) {
      add(org, `Stage d’exemple : remplacez « ${org.value.trim()} » par l’organisation qui vous a accueilli, et sa période.`, `Sample stage: replace "${org.value.trim()}" with the organisation that hosted you, and its period.`);
    }
  }
  for (const r of ctx.model.realisations) {
    const t = r.intitule;
    if (t && SAMPLE_REALISATIONS.some((v) => is(t, v))) {
      add(t, `Réalisation d’exemple : remplacez-la par l’une des vôtres (intitulé, période, compétences, description).`, `Sample réalisation: replace it with one of yours (title, period, competences, description).`);
    }
  }
  return out;
};
