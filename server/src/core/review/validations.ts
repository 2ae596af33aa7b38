/**
 * `validations` of a review file (docs/REVUE.md): for each réalisation, the teaching team's
 * decision on each competence the candidate claims — `retenue`, `refusee` (with a `motif`) or
 * `a-revoir`; a claim not listed is pending. This is how the team checks the tableau de synthèse
 * before the épreuve, claim by claim. Parsing, the review file's own checks and the decision of
 * each citation of the dossier; what the student and the teacher see is built on these
 * (validationFindings.ts, claims.ts).
 */
import { isMap, isScalar, type Node } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { Finding } from '../finding';
import { text } from '../l10n';
import type { DossierModel, RealisationSrc, Str } from '../model';
import { closest } from '../text/similar';
import { entries, scalarStr } from '../yamlNodes';
import { valueText } from '../text/valueText';

export const DECISIONS = ['retenue', 'refusee', 'a-revoir'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, { fr: string; en: string }> = {
  retenue: { fr: 'retenue', en: 'retained' },
  refusee: { fr: 'refusée', en: 'refused' },
  'a-revoir': { fr: 'à revoir', en: 'to review again' }
};

export interface ValidationSrc {
  /** The competence id as written, located on its key. */
  competence: Str;
  /** `retenue` in the short form, or the `decision:` value of the long form. */
  decision?: Str;
  motif?: Str;
}

export interface ValidationGroup {
  /** The réalisation id, located on its key under `validations`. */
  realisation: Str;
  items: ValidationSrc[];
}

export function isDecision(v: string | undefined): v is Decision {
  return !!v && (DECISIONS as readonly string[]).includes(v);
}

function keyStr(key: Node): Str | undefined {
  if (!isScalar(key) || !key.range) return undefined;
  return { value: valueText(key.value), start: key.range[0], end: key.range[1], keyStart: key.range[0], keyEnd: key.range[1] };
}

/** The `validations` mapping, best effort (the teacher may be halfway through a line). */
export function parseValidations(value: unknown): ValidationGroup[] {
  if (!isMap(value)) return [];
  const out: ValidationGroup[] = [];
  for (const g of entries(value)) {
    const realisation = keyStr(g.keyNode);
    if (!realisation) continue;
    const group: ValidationGroup = { realisation, items: [] };
    if (isMap(g.value)) {
      for (const c of entries(g.value as YAMLMap)) {
        const competence = keyStr(c.keyNode);
        if (!competence) continue;
        const item: ValidationSrc = { competence };
        if (isMap(c.value)) {
          for (const f of entries(c.value as YAMLMap)) {
            if (f.key === 'decision') item.decision = scalarStr(f.value, f.keyNode);
            else if (f.key === 'motif') item.motif = scalarStr(f.value, f.keyNode);
          }
        } else {
          item.decision = scalarStr(c.value, c.keyNode);
        }
        group.items.push(item);
      }
    }
    out.push(group);
  }
  return out;
}

/** One decision on one citation of the dossier. */
export interface ClaimDecision {
  decision: Decision;
  motif?: string;
}

/** Réalisation (by index) → citation as written → decision. Claims without a decision are pending. */
export type Decisions = Map<number, Map<string, ClaimDecision>>;

function realisationById(model: DossierModel, id: string): RealisationSrc | undefined {
  return model.realisations.find((r) => r.id?.value === id);
}

/**
 * The decisions that apply to the dossier: only on a réalisation that exists and a competence it
 * cites (anything else is a diagnostic of the review file, not a decision).
 */
export function decisionsFor(model: DossierModel, groups: ValidationGroup[]): Decisions {
  const out: Decisions = new Map();
  for (const g of groups) {
    const r = realisationById(model, g.realisation.value);
    if (!r) continue;
    const cited = new Set((r.competences ?? []).map((c) => c.value.trim()));
    const m = out.get(r.index) ?? new Map<string, ClaimDecision>();
    for (const v of g.items) {
      const d = v.decision?.value;
      if (!cited.has(v.competence.value) || !isDecision(d)) continue;
      m.set(v.competence.value, { decision: d, motif: v.motif?.value.trim() || undefined });
    }
    out.set(r.index, m);
  }
  return out;
}

/** True when the review decides at least one claim: coverage then counts retained claims. */
export function hasDecisions(d: Decisions): boolean {
  for (const m of d.values()) if (m.size) return true;
  return false;
}

function replace(s: string) {
  return { text: s, title: text(`Remplacer par « ${s} »`, `Replace with "${s}"`) };
}

/**
 * Findings of the review file on its `validations`: unknown réalisation, competence the
 * réalisation does not cite (each with a « vouliez-vous dire »), refusal without a motif.
 * A decision outside the three values is the schema's (`schema-enum`).
 */
export function checkValidations(groups: ValidationGroup[], model: DossierModel): Finding[] {
  const out: Finding[] = [];
  const ids = model.realisations.map((r) => r.id?.value).filter((v): v is string => !!v);
  for (const g of groups) {
    const r = realisationById(model, g.realisation.value);
    if (!r) {
      const guess = closest(g.realisation.value, ids, 1);
      out.push({
        code: 'review-validation-unknown',
        severity: 'error',
        message: text(
          `Aucune réalisation « ${g.realisation.value} » dans le dossier relu.` + (guess.length ? ` Vouliez-vous dire « ${guess[0]} » ?` : ''),
          `No réalisation "${g.realisation.value}" in the reviewed dossier.` + (guess.length ? ` Did you mean "${guess[0]}"?` : '')
        ),
        start: g.realisation.start,
        end: g.realisation.end,
        data: guess.length ? { kind: 'replace', replacements: guess.map(replace) } : undefined
      });
      continue;
    }
    const cited = (r.competences ?? []).map((c) => c.value.trim()).filter(Boolean);
    for (const v of g.items) {
      if (!cited.includes(v.competence.value)) {
        const guess = closest(v.competence.value, cited, 1);
        const list = cited.length ? cited.join(', ') : text('aucune', 'none').fr;
        out.push({
          code: 'review-validation-not-cited',
          severity: 'error',
          message: text(
            `La réalisation « ${g.realisation.value} » ne cite pas la compétence « ${v.competence.value} » (elle cite : ${list}).` +
              (guess.length ? ` Vouliez-vous dire « ${guess[0]} » ?` : ''),
            `Réalisation "${g.realisation.value}" does not cite competence "${v.competence.value}" (it cites: ${cited.join(', ') || 'none'}).` +
              (guess.length ? ` Did you mean "${guess[0]}"?` : '')
          ),
          start: v.competence.start,
          end: v.competence.end,
          data: guess.length ? { kind: 'replace', replacements: guess.map(replace) } : undefined
        });
        continue;
      }
      if (v.decision?.value === 'refusee' && !v.motif?.value.trim()) {
        // The candidate must know why a claim is not retained (moncampus asks a reason too).
        const at = v.motif ?? v.decision;
        out.push({
          code: 'review-motif-missing',
          severity: 'error',
          message: text(
            `Refus de ${v.competence.value} sans motif : écrivez « decision: refusee » et « motif: … » pour que le candidat sache quoi reprendre.`,
            `Refusal of ${v.competence.value} without a reason: write "decision: refusee" and "motif: …" so that the candidate knows what to rework.`
          ),
          start: at.start === at.end ? v.competence.start : at.start,
          end: at.start === at.end ? v.competence.end : at.end
        });
      }
    }
  }
  return out;
}

/** Edits of a review file when réalisation `oldId` becomes `newId`: its key under `validations`. */
export function validationRenameEdits(source: string, groups: ValidationGroup[], oldId: string, newId: string): { start: number; end: number; newText: string }[] {
  const out: { start: number; end: number; newText: string }[] = [];
  for (const g of groups) {
    if (g.realisation.value !== oldId) continue;
    const raw = source.slice(g.realisation.start, g.realisation.end);
    const at = raw.indexOf(oldId);
    if (at >= 0) out.push({ start: g.realisation.start + at, end: g.realisation.start + at + oldId.length, newText: newId });
  }
  return out;
}
