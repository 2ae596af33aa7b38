/**
 * Diagnostics of a review file: its JSON Schema (schemas/sio-revue.schema.json, same mapping of
 * ajv errors to YAML nodes as the dossier), then what only the reviewed dossier can tell: a
 * `cible` that no longer exists (the student renamed a réalisation), an épreuve that is not one
 * of the dossier's session, a competence outside the évalué bloc, a penalty the grid does not list.
 */
import type { Finding } from '../finding';
import { text } from '../l10n';
import { hasDocument, type ParsedDossier } from '../parse';
import { schemaFindings } from '../schema';
import { closest } from '../text/similar';
import { dossierCatalog, evaluatedEpreuves } from './epreuves';
import type { ParsedReview } from './parse';
import { resolveCible } from './targets';
import { checkValidations } from './validations';
import { reviewValidator } from '../validators';

const NOT_A_REVIEW = text(
  'Une revue doit être une suite de clés : revue, relecteur, date, remarques, validations, evaluation. Voir docs/REVUE.md.',
  'A review must be a mapping of keys: revue, relecteur, date, remarques, validations, evaluation. See docs/REVUE.md.'
);

/** Every finding of a review file; `dossier` is the reviewed dossier, null when none was found. */
export function checkReview(review: ParsedReview, dossier: ParsedDossier | null): Finding[] {
  const out: Finding[] = [...review.findings];
  if (review.refused || !review.doc) return out;
  out.push(...schemaFindings(reviewValidator(), review.doc, review.data, review.text, NOT_A_REVIEW));
  if (!dossier || dossier.refused || !hasDocument(dossier)) {
    const nl = review.text.indexOf('\n');
    out.push({
      code: 'review-dossier-missing',
      severity: 'warning',
      message: dossier
        ? text('Le dossier relu n’est pas lisible : les cibles ne sont pas vérifiées.', 'The reviewed dossier cannot be read: targets are not checked.')
        : text(
            'Aucun dossier relu : placez cette revue « nom.revue.yaml » à côté de « nom.sio.yaml ». Les cibles ne sont pas vérifiées.',
            'No reviewed dossier: put this review "name.revue.yaml" next to "name.sio.yaml". Targets are not checked.'
          ),
      start: 0,
      end: nl === -1 ? review.text.length : nl
    });
    return sortFindings(out);
  }
  const model = dossier.model;
  const catalog = dossierCatalog(model);
  for (const r of review.model.remarques) {
    const c = r.cible;
    if (!c || !c.value.trim() || c.notString) continue;
    const res = resolveCible(c.value, model, catalog);
    if (res.ok) continue;
    out.push({
      code: 'review-target-unknown',
      severity: 'error',
      message: res.suggestions.length
        ? text(`${res.message.fr} Vouliez-vous dire « ${res.suggestions[0]} » ?`, `${res.message.en} Did you mean "${res.suggestions[0]}"?`)
        : res.message,
      start: c.start,
      end: c.end,
      data: res.suggestions.length
        ? { kind: 'replace', replacements: res.suggestions.map((s) => ({ text: s, title: text(`Remplacer par « ${s} »`, `Replace with "${s}"`) })) }
        : undefined
    });
  }
  out.push(...checkValidations(review.model.validations, model));
  const epreuves = evaluatedEpreuves(model, catalog);
  const codes = epreuves.map((e) => e.rule.code);
  const session = model.session?.value ? ` ${model.session.value}` : '';
  for (const ev of review.model.evaluation) {
    const ep = epreuves.find((e) => e.rule.code === ev.code.value);
    if (!ep) {
      const guess = closest(ev.code.value, codes, 1);
      out.push({
        code: 'review-epreuve-unknown',
        severity: 'error',
        message: text(
          `L’épreuve « ${ev.code.value} » n’est pas évaluée sur ce dossier (session${session}) : épreuves possibles ${codes.map((x) => `« ${x} »`).join(', ')}.`,
          `Épreuve "${ev.code.value}" is not evaluated on this dossier (session${session}): possible épreuves ${codes.map((x) => `"${x}"`).join(', ')}.`
        ),
        start: ev.code.start,
        end: ev.code.end,
        data: { kind: 'replace', replacements: (guess.length ? guess : codes).map((x) => ({ text: x, title: text(`Remplacer par « ${x} »`, `Replace with "${x}"`) })) }
      });
      continue;
    }
    const blocName = ep.bloc ? `bloc ${ep.bloc.id.replace(/^B/, '')}` : 'bloc';
    for (const n of ev.competences) {
      if (ep.ids.has(n.id.value)) continue;
      const guess = closest(n.id.value, [...ep.ids], 1);
      out.push({
        code: 'review-competence-unknown',
        severity: 'error',
        message: text(
          `« ${n.id.value} » n’est pas une compétence du ${blocName} évalué par l’épreuve ${ep.rule.code}.` + (guess.length ? ` Vouliez-vous dire « ${guess[0]} » ?` : ''),
          `"${n.id.value}" is not a competence of the ${blocName} evaluated by épreuve ${ep.rule.code}.` + (guess.length ? ` Did you mean "${guess[0]}"?` : '')
        ),
        start: n.id.start,
        end: n.id.end,
        data: guess.length ? { kind: 'replace', replacements: [{ text: guess[0], title: text(`Remplacer par « ${guess[0]} »`, `Replace with "${guess[0]}"`) }] } : undefined
      });
    }
    const allowed = ep.rule.penalties.map((p) => p.id);
    for (const p of ev.penalites) {
      const rule = ep.rule.penalties.find((x) => x.id === p.id.value);
      if (!rule) {
        const guess = closest(p.id.value, allowed, 1);
        out.push({
          code: 'review-penalty-unknown',
          severity: 'error',
          message: allowed.length
            ? text(
                `Pénalité « ${p.id.value} » inconnue pour l’épreuve ${ep.rule.code} : pénalités de la grille ${allowed.map((x) => `« ${x} »`).join(', ')}.`,
                `Unknown penalty "${p.id.value}" for épreuve ${ep.rule.code}: penalties of the grid ${allowed.map((x) => `"${x}"`).join(', ')}.`
              )
            : text(`L’épreuve ${ep.rule.code} ne prévoit pas de pénalité.`, `Épreuve ${ep.rule.code} has no penalties.`),
          start: p.id.start,
          end: p.id.end,
          data: allowed.length ? { kind: 'replace', replacements: (guess.length ? guess : allowed).map((x) => ({ text: x, title: text(`Remplacer par « ${x} »`, `Replace with "${x}"`) })) } : undefined
        });
      } else if (p.points !== undefined && p.points > rule.points) {
        out.push({
          code: 'review-penalty-points',
          severity: 'error',
          message: text(
            `La pénalité « ${rule.label} » est de ${rule.upTo ? 'jusqu’à ' : ''}${rule.points} points : ${p.points} dépasse ce maximum.`,
            `Penalty "${rule.label}" is ${rule.upTo ? 'up to ' : ''}${rule.points} points: ${p.points} exceeds it.`
          ),
          start: p.id.start,
          end: p.id.end
        });
      }
    }
  }
  return sortFindings(out);
}

function sortFindings(f: Finding[]): Finding[] {
  return f.sort((a, b) => a.start - b.start || a.end - b.end);
}
