/**
 * Where the dossier cites a competence: the ids in every réalisation's `competences`. Citing a
 * competence's sub-competence (B1.2.1) counts as citing the competence (B1.2), as the tableau de
 * synthèse does; a sub-competence is only cited by its own id. Shared by hover, references and
 * document highlights.
 */
import type { Catalog } from '../catalog';
import type { DossierModel, RealisationSrc, Str } from '../model';

export interface Citation {
  realisation: RealisationSrc;
  str: Str;
}

/** The competence id written at `offset`, with its span, if the cursor is on one. */
export function competenceAt(model: DossierModel, offset: number): Citation | null {
  for (const r of model.realisations) {
    if (offset < r.start || offset > r.end) continue;
    for (const s of r.competences ?? []) if (s.start <= offset && offset <= s.end && s.value.trim()) return { realisation: r, str: s };
  }
  return null;
}

/** Every citation of `id` (and of its sub-competences when `id` is a competence). */
export function citationsOf(cat: Catalog, model: DossierModel, id: string): Citation[] {
  const entry = cat.byId.get(id);
  const out: Citation[] = [];
  for (const r of model.realisations) {
    for (const s of r.competences ?? []) {
      const cited = s.value.trim();
      if (cited === id) out.push({ realisation: r, str: s });
      else if (entry && !entry.sub && cat.byId.get(cited)?.competence.id === id && cat.byId.get(cited)?.sub) out.push({ realisation: r, str: s });
    }
  }
  return out;
}
