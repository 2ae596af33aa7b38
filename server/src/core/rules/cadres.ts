/**
 * What the official form cannot print, said where the student writes it:
 * - `cadre-missing`: a réalisation without `cadre`. The tableau de synthèse has one group per
 *   cadre (en formation, stage de première année, stage de seconde année — BTS SIO Annexe VI-1;
 *   formation / PFMP for the MC SNO) and no place for a row without one: the spreadsheet would
 *   leave it out and the jury would not see it. The quick fixes insert each of the cadres.
 * - `cadre-mc-sno`: `cadre: stage-2` in an MC SNO dossier. The mention complémentaire is
 *   prepared in one year: its PFMP are written `stage-1`.
 */
import type { Finding } from '../finding';
import { text } from '../l10n';
import type { RealisationSrc, Span } from '../model';
import type { RuleContext } from './context';

const CADRES = [
  ['formation', 'en cours de formation', 'during the training'],
  ['stage-1', 'stage de première année', 'first-year stage'],
  ['stage-2', 'stage de seconde année', 'second-year stage']
] as const;

/** The réalisation's first key (`- id: …`): where the « add `cadre` » insertion anchors. */
function firstKey(r: RealisationSrc): Span {
  let first: Span | undefined;
  for (const span of r.keys.values()) if (!first || span.start < first.start) first = span;
  return first ?? { start: r.start, end: r.start };
}

export function cadreRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const mcSno = ctx.ref.kind === 'mc-sno';
  for (const r of ctx.model.realisations) {
    const name = r.intitule?.value.trim() || r.id?.value.trim() || `n° ${r.index + 1}`;
    const cadre = r.cadre?.value.trim();
    // An empty or misspelt `cadre:` is the schema's (schema-invalid-value); an absent one is not.
    if (!r.cadre) {
      const at = firstKey(r);
      const cadres = mcSno ? CADRES.slice(0, 2) : CADRES;
      out.push({
        code: 'cadre-missing',
        severity: 'error',
        message: text(
          `Réalisation « ${name} » sans cadre : le tableau de synthèse la range ${mcSno ? 'en formation ou en PFMP' : 'en formation, en stage de première ou de seconde année'}, sans autre place. Ajoutez cadre: ${cadres.map((c) => c[0]).join(', ')}.`,
          `Réalisation "${name}" without a cadre: the tableau de synthèse lists it ${mcSno ? 'in training or in PFMP' : 'in training, first-year or second-year stage'}, nowhere else. Add cadre: ${cadres.map((c) => c[0]).join(', ')}.`
        ),
        start: at.start,
        end: at.end,
        // Each value is inserted after the réalisation's last key (features/codeActions.ts).
        data: { kind: 'replace', replacements: cadres.map(([v, fr, en]) => ({ text: v, title: text(`Ajouter cadre: ${v} (${fr})`, `Add cadre: ${v} (${en})`) })) }
      });
    } else if (mcSno && cadre === 'stage-2') {
      out.push({
        code: 'cadre-mc-sno',
        severity: 'error',
        message: text(
          'La MC SNO se prépare en un an : pas de stage de seconde année. Les périodes de formation en milieu professionnel (PFMP) s’écrivent cadre: stage-1.',
          'The MC SNO is prepared in one year: there is no second-year stage. Periods in the workplace (PFMP) are written cadre: stage-1.'
        ),
        start: r.cadre.start,
        end: r.cadre.end,
        data: { kind: 'replace', replacements: [{ text: 'stage-1', title: text('Remplacer par stage-1 (PFMP)', 'Replace with stage-1 (PFMP)') }] }
      });
    }
  }
  return out;
}
