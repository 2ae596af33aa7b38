/**
 * What a remark's `cible` names in the reviewed dossier, and where it lands there.
 * Grammar (docs/REVUE.md): `<réalisation id>` | `<réalisation id>.<champ>` | `candidat` |
 * `candidat.<champ>` | `<compétence ou sous-compétence>` (B1.3, B2.1.4, C1.2).
 * A réalisation id may itself contain dots (the dossier schema allows `[A-Za-z0-9_.-]`), so an
 * exact id wins over a split at the last dot.
 */
import type { Catalog } from '../catalog';
import { text, type Text } from '../l10n';
import type { DossierModel, RealisationSrc, Span } from '../model';
import { REALISATION_KEYS } from '../realisationFields';
import { closest } from '../text/similar';

/** Keys of a réalisation a remark may target: all of them (core/realisationFields.ts). */
export const REALISATION_FIELDS = REALISATION_KEYS;
export const CANDIDAT_FIELDS = ['nom', 'prenom', 'numero', 'centre', 'option', 'portfolio'] as const;

export type Target =
  | { kind: 'realisation'; realisation: RealisationSrc; field?: string }
  | { kind: 'candidat'; field?: string }
  | { kind: 'competence'; id: string };

export type Resolution = { ok: true; target: Target } | { ok: false; message: Text; suggestions: string[] };

const COMPETENCE_ID = /^[BC]\d+(\.\d+){1,2}$/;

export function resolveCible(cible: string, dossier: DossierModel, catalog: Catalog): Resolution {
  const c = cible.trim();
  const ids = dossier.realisations.map((r) => r.id?.value).filter((v): v is string => !!v);
  const byId = (id: string) => dossier.realisations.find((r) => r.id?.value === id);

  const exact = byId(c);
  if (exact) return { ok: true, target: { kind: 'realisation', realisation: exact } };
  if (c === 'candidat') return { ok: true, target: { kind: 'candidat' } };
  if (c.startsWith('candidat.')) {
    const field = c.slice('candidat.'.length);
    if ((CANDIDAT_FIELDS as readonly string[]).includes(field)) return { ok: true, target: { kind: 'candidat', field } };
    const guess = closest(field, CANDIDAT_FIELDS, 1).map((g) => `candidat.${g}`);
    return {
      ok: false,
      message: text(`Le candidat n’a pas de champ « ${field} » (champs : ${CANDIDAT_FIELDS.join(', ')}).`, `The candidate has no field "${field}" (fields: ${CANDIDAT_FIELDS.join(', ')}).`),
      suggestions: guess
    };
  }
  if (COMPETENCE_ID.test(c)) {
    if (catalog.byId.has(c)) return { ok: true, target: { kind: 'competence', id: c } };
    const guess = closest(c, catalog.ids, 1);
    const option = catalog.option ? ` (option ${catalog.option})` : '';
    return {
      ok: false,
      message: text(`La compétence « ${c} » n’existe pas dans le référentiel du dossier${option}.`, `Competence "${c}" does not exist in the dossier's référentiel${option}.`),
      suggestions: guess
    };
  }
  const dot = c.lastIndexOf('.');
  if (dot > 0) {
    const realisation = byId(c.slice(0, dot));
    const field = c.slice(dot + 1);
    if (realisation) {
      if ((REALISATION_FIELDS as readonly string[]).includes(field)) return { ok: true, target: { kind: 'realisation', realisation, field } };
      const guess = closest(field, REALISATION_FIELDS, 1).map((g) => `${c.slice(0, dot)}.${g}`);
      return {
        ok: false,
        message: text(
          `Une réalisation n’a pas de champ « ${field} » (champs : ${REALISATION_FIELDS.join(', ')}).`,
          `A réalisation has no field "${field}" (fields: ${REALISATION_FIELDS.join(', ')}).`
        ),
        suggestions: guess
      };
    }
    // Unknown id with a field: suggest the closest id, keeping the field.
    const guess = closest(c.slice(0, dot), ids, 1).map((g) => `${g}.${field}`);
    return { ok: false, message: unknownRealisation(c.slice(0, dot)), suggestions: guess };
  }
  return { ok: false, message: unknownRealisation(c), suggestions: closest(c, ids, 1) };
}

function unknownRealisation(id: string): Text {
  return text(
    `Aucune réalisation « ${id} » dans le dossier relu (renommée ou supprimée ?).`,
    `No réalisation "${id}" in the reviewed dossier (renamed or deleted?).`
  );
}

/**
 * Where a remark on `target` is shown in the dossier: the réalisation's `id` value, the
 * field's value (its key for lists and the fiche, or the réalisation's id when the field is
 * absent), the `candidat` key or the field's value, each citation of a competence (citing
 * B1.3.1 counts for B1.3), or the `realisations` key when nothing cites it.
 */
export function targetSpans(target: Target, dossier: DossierModel, catalog: Catalog): Span[] {
  switch (target.kind) {
    case 'realisation': {
      const r = target.realisation;
      const idSpan: Span = r.id ? { start: r.id.start, end: r.id.end } : { start: r.start, end: r.start };
      if (!target.field || target.field === 'id') return [idSpan];
      const field = target.field;
      const value = (r as unknown as Record<string, unknown>)[field] as { start: number; end: number; value?: string; keyStart?: number; keyEnd?: number } | undefined;
      if (value && typeof value === 'object' && 'value' in value && typeof value.start === 'number') {
        // A multi-line text (`description: |`) is marked on its key, not on a whole paragraph.
        const onKey = value.end <= value.start || (value.value ?? '').includes('\n');
        return onKey ? [{ start: value.keyStart ?? value.start, end: value.keyEnd ?? value.end }] : [{ start: value.start, end: value.end }];
      }
      const key = r.keys.get(field);
      return key ? [key] : [idSpan];
    }
    case 'candidat': {
      const cand = dossier.candidat;
      const anchor: Span = cand.key ?? dossier.realisationsKey;
      if (!target.field) return [anchor];
      const v = cand[target.field as keyof typeof cand] as { start: number; end: number; keyStart?: number; keyEnd?: number } | undefined;
      if (!v || !('start' in v)) return [anchor];
      return v.end > v.start ? [{ start: v.start, end: v.end }] : [{ start: v.keyStart ?? v.start, end: v.keyEnd ?? v.end }];
    }
    case 'competence': {
      const spans: Span[] = [];
      const entry = catalog.byId.get(target.id);
      for (const r of dossier.realisations) {
        for (const c of r.competences ?? []) {
          const cited = c.value.trim();
          if (cited === target.id || (!entry?.sub && catalog.byId.get(cited)?.competence.id === target.id)) spans.push({ start: c.start, end: c.end });
        }
      }
      return spans.length ? spans : [dossier.realisationsKey];
    }
  }
}
