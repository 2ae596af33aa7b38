/**
 * The bloc-2 épreuve (E5 up to session 2024, E6 from 2025) is based on exactly two réalisations
 * presented with a fiche descriptive (Annexe 9-1-A/B in 2024), numbered 1 and 2, which together
 * must mobilise every bloc-2 competence of the option. Each fiche's verso prints the
 * réalisation's description, so a fiche without one is flagged (`fiche-description`).
 */
import { ficheBloc } from '../catalog';
import { mobilised } from '../coverage';
import type { Finding } from '../finding';
import { text } from '../l10n';
import type { RuleContext } from './context';

const countFr = (n: number) =>
  n === 0 ? 'Aucune réalisation ne porte de « fiche »' : n === 1 ? 'Une seule réalisation porte une « fiche »' : `${n} réalisations portent une « fiche »`;
const countEn = (n: number) => (n === 0 ? 'No réalisation carries a "fiche"' : n === 1 ? 'Only one réalisation carries a "fiche"' : `${n} réalisations carry a "fiche"`);

export function ficheRules(ctx: RuleContext): Finding[] {
  if (ctx.ref.kind !== 'bts-sio') return [];
  const out: Finding[] = [];
  const withFiche = ctx.model.realisations.filter((r) => r.fiche);
  const at = ctx.model.realisationsKey;
  if (withFiche.length !== 2) {
    // Too many: every fiche is a candidate for removal, so each is flagged; too few: the list.
    const targets = withFiche.length > 2 ? withFiche.map((r) => ({ start: r.fiche!.keyStart, end: r.fiche!.keyEnd })) : [at];
    for (const t of targets) {
      out.push({
        code: 'fiche-count',
        severity: withFiche.length < 2 ? 'warning' : 'error',
        message: text(
          `${countFr(withFiche.length)} : l’épreuve du bloc 2 en demande exactement deux (fiches descriptives n° 1 et n° 2).`,
          `${countEn(withFiche.length)}: the bloc-2 épreuve requires exactly two (fiches descriptives no. 1 and no. 2).`
        ),
        start: t.start,
        end: t.end
      });
    }
  }
  const numbers = new Map<string, number>();
  for (const r of withFiche) {
    const n = r.fiche!.numero;
    const v = n?.value ?? '';
    if (v && numbers.has(v)) {
      out.push({
        code: 'fiche-numero',
        severity: 'error',
        message: text(`Deux fiches portent le numéro ${v} : numérotez-les 1 et 2.`, `Two fiches are numbered ${v}: number them 1 and 2.`),
        start: n!.start,
        end: n!.end,
        data: { kind: 'replace', replacements: [{ text: v === '1' ? '2' : '1', title: text(`Numéroter ${v === '1' ? 2 : 1}`, `Number it ${v === '1' ? 2 : 1}`) }] }
      });
    }
    numbers.set(v, (numbers.get(v) ?? 0) + 1);
  }
  // The fiche's verso is the réalisation's description: without it, it prints only « — ».
  for (const r of withFiche) {
    if (r.description?.value.trim()) continue;
    out.push({
      code: 'fiche-description',
      severity: 'warning',
      message: text(
        `La fiche n° ${r.fiche!.numero?.value || '?'} n’a pas de description : son verso serait vide. Décrivez la réalisation (description: |) — ce que vous avez fait, avec quoi, pour qui.`,
        `Fiche no. ${r.fiche!.numero?.value || '?'} has no description: its verso would be empty. Describe the réalisation (description: |) — what you did, with what, for whom.`
      ),
      start: r.fiche!.keyStart,
      end: r.fiche!.keyEnd
    });
  }
  const bloc = ficheBloc(ctx.catalog);
  if (bloc && withFiche.length > 0) {
    const covered = new Set<string>();
    for (const r of withFiche) for (const id of mobilised(ctx.catalog, r)) covered.add(id);
    for (const c of bloc.competences) {
      if (covered.has(c.id)) continue;
      const t = withFiche[0].fiche!;
      out.push({
        code: 'fiche-coverage',
        severity: 'error',
        message: text(
          `Les fiches descriptives ne mobilisent pas la compétence ${c.id} « ${c.title} » (option ${ctx.catalog.option}) : les deux réalisations présentées doivent couvrir ensemble tout le bloc 2.`,
          `The fiches descriptives do not mobilise competence ${c.id} "${c.title}" (option ${ctx.catalog.option}): the two réalisations presented must together cover all of bloc 2.`
        ),
        start: t.keyStart,
        end: t.keyEnd
      });
    }
  }
  return out;
}
