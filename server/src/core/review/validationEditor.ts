/**
 * Editor help under `validations:` in a review file: completion of the réalisation ids, of the
 * competences each réalisation cites (the only ones that can be decided), of the decisions and of
 * the long form's keys; hover on a réalisation or competence key. features.ts delegates here.
 */
import { hasDocument, type ParsedDossier } from '../parse';
import { dossierCatalog } from './epreuves';
import type { ReviewCompletion } from './completionItem';
import type { ParsedReview } from './parse';
import { DECISIONS } from './validations';

const DECISION_DETAILS = ['Compétence validée pour cette réalisation', 'Non retenue : motif obligatoire', 'Le candidat doit reprendre la réalisation'];

/** `parents` innermost first, as lineContext gives them; the last one is `validations`. */
export function validationCompletions(
  review: ParsedReview,
  dossier: ParsedDossier | null,
  ctx: { parents: string[]; key: string | null },
  span: { start: number; end: number }
): ReviewCompletion[] {
  const model = dossier && !dossier.refused && hasDocument(dossier) ? dossier.model : null;
  const p = ctx.parents;
  const values = () => DECISIONS.map((d, i) => ({ label: d, detail: DECISION_DETAILS[i], kind: 'value' as const, sortText: String(i), ...span }));
  if (p.length === 1 && !ctx.key) {
    if (!model) return [];
    return model.realisations
      .filter((r) => r.id?.value)
      .map((r, i) => ({ label: r.id!.value, detail: r.intitule?.value ?? '', kind: 'reference' as const, insert: `${r.id!.value}:`, sortText: String(i).padStart(3, '0'), ...span }));
  }
  if (p.length === 2) {
    if (ctx.key) return values();
    const r = model?.realisations.find((x) => x.id?.value === p[0]);
    if (!r || !model) return [];
    const catalog = dossierCatalog(model);
    const done = new Set(review.model.validations.filter((g) => g.realisation.value === p[0]).flatMap((g) => g.items.map((v) => v.competence.value)));
    return (r.competences ?? [])
      .map((c) => c.value.trim())
      .filter((id) => id && !done.has(id))
      .map((id, i) => ({ label: id, detail: catalog.byId.get(id)?.title, kind: 'competence' as const, insert: `${id}: `, sortText: String(i).padStart(3, '0'), ...span }));
  }
  if (p.length === 3) {
    if (ctx.key === 'decision') return values();
    if (!ctx.key) {
      return [
        { label: 'decision', detail: 'retenue | refusee | a-revoir', kind: 'field', insert: 'decision: ', sortText: '0', ...span },
        { label: 'motif', detail: 'Pourquoi (obligatoire pour un refus)', kind: 'field', insert: 'motif: ', sortText: '1', ...span }
      ];
    }
  }
  return [];
}

const md = (s: string) => s.replace(/([\\`*_{}\[\]()#+!|<>])/g, '\\$1');

/** Hover on a réalisation or competence key under `validations`. */
export function validationHover(review: ParsedReview, dossier: ParsedDossier | null, offset: number): { markdown: string; start: number; end: number } | null {
  for (const g of review.model.validations) {
    const onGroup = g.realisation.start <= offset && offset <= g.realisation.end;
    const item = g.items.find((v) => v.competence.start <= offset && offset <= v.competence.end);
    if (!onGroup && !item) continue;
    const at = onGroup ? g.realisation : item!.competence;
    if (!dossier || dossier.refused || !hasDocument(dossier)) return { markdown: 'Aucun dossier relu trouvé à côté de cette revue.', start: at.start, end: at.end };
    const r = dossier.model.realisations.find((x) => x.id?.value === g.realisation.value);
    if (!r) return { markdown: `**Réalisation introuvable** : « ${md(g.realisation.value)} »`, start: at.start, end: at.end };
    const title = `**${md(r.intitule?.value || g.realisation.value)}**`;
    if (onGroup) {
      const comps = (r.competences ?? []).map((c) => `\`${c.value}\``).join(', ') || '(aucune)';
      return { markdown: `${title}\n\nCompétences revendiquées : ${comps}`, start: at.start, end: at.end };
    }
    const entry = dossierCatalog(dossier.model).byId.get(item!.competence.value);
    return { markdown: `**${md(item!.competence.value)}** ${md(entry?.title ?? '')}\n\nRevendiquée par : ${title}`, start: at.start, end: at.end };
  }
  return null;
}
