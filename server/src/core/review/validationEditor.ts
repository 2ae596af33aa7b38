/**
 * Editor help under `validations:` in a review file: completion of the réalisation ids, of the
 * competences each réalisation cites (the only ones that can be decided), of the decisions and of
 * the long form's keys; hover on a réalisation or competence key. features/completion.ts and features/hover.ts delegate here.
 */
import type { Str } from '../model';
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
  ctx: { parents: string[]; key: string | null; indent: number },
  span: { start: number; end: number }
): ReviewCompletion[] {
  const here = (x: { start: number; end: number }) => x.start <= span.end && span.start <= x.end;
  const below = `\n${' '.repeat(ctx.indent + 2)}`;
  const model = dossier && !dossier.refused && hasDocument(dossier) ? dossier.model : null;
  const p = ctx.parents;
  const values = () => DECISIONS.map((d, i) => ({ label: d, detail: DECISION_DETAILS[i], kind: 'value' as const, sortText: String(i), ...span }));
  if (p.length === 1 && !ctx.key) {
    if (!model) return [];
    // A réalisation already decided has its group: not offered again. Its id is followed by a new
    // line, indented, where the list of the competences it cites opens at once.
    const decided = new Set(review.model.validations.filter((g) => !here(g.realisation)).map((g) => g.realisation.value));
    return model.realisations
      .filter((r) => r.id?.value && !decided.has(r.id.value))
      .map((r, i) => ({
        label: r.id!.value,
        detail: r.intitule?.value ?? '',
        kind: 'reference' as const,
        insert: `${r.id!.value}:${below}`,
        triggerSuggest: true,
        sortText: String(i).padStart(3, '0'),
        ...span
      }));
  }
  if (p.length === 2) {
    if (ctx.key) return values();
    const r = model?.realisations.find((x) => x.id?.value === p[0]);
    if (!r || !model) return [];
    const catalog = dossierCatalog(model);
    const done = new Set(
      review.model.validations.filter((g) => g.realisation.value === p[0]).flatMap((g) => g.items.filter((v) => !here(v.competence)).map((v) => v.competence.value))
    );
    // After the competence, the list of decisions opens at once.
    return [...new Set((r.competences ?? []).map((c) => c.value.trim()))]
      .filter((id) => id && !done.has(id))
      .map((id, i) => ({
        label: id,
        detail: catalog.byId.get(id)?.title,
        kind: 'competence' as const,
        insert: `${id}: `,
        triggerSuggest: true,
        sortText: String(i).padStart(3, '0'),
        ...span
      }));
  }
  if (p.length === 3) {
    if (ctx.key === 'decision') return values();
    if (!ctx.key) {
      // Keys already written in this decision are not offered again; the motif is a folded block
      // (`>-`), so that a French « : » in it never breaks the YAML.
      const item = review.model.validations.find((g) => g.realisation.value === p[1])?.items.find((v) => v.competence.value === p[0]);
      // Written as a key of its own (`decision:`), not the short form's value (`B1.1: retenue`).
      const has = (k: Str | undefined, name: string) =>
        !!k && k.keyStart !== undefined && review.text.slice(k.keyStart, k.keyEnd) === name && !here({ start: k.keyStart, end: k.keyEnd ?? k.keyStart });
      const out: ReviewCompletion[] = [];
      if (!has(item?.decision, 'decision')) out.push({ label: 'decision', detail: 'retenue | refusee | a-revoir', kind: 'field', insert: 'decision: ', triggerSuggest: true, sortText: '0', ...span });
      if (!has(item?.motif, 'motif')) out.push({ label: 'motif', detail: 'Pourquoi (obligatoire pour un refus)', kind: 'field', insert: `motif: >-${below}`, sortText: '1', ...span });
      return out;
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
