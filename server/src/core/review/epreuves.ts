/**
 * The épreuves a review can evaluate for a dossier: those of its session that rest on the dossier
 * (evaluatedBlocs: portfolio and tableau de synthèse, réalisations with fiches, MC SNO dossier),
 * with the rows of their grille d’aide à l’évaluation.
 */
import { catalogFor, type Catalog } from '../catalog';
import { kindOf, optionOf, sessionOf, type DossierModel } from '../model';
import { epreuveFor, evaluatedBlocs, findReferentiel } from '../referentiel';
import type { Bloc, EpreuveRule } from '../referentiel/types';

export interface GridRow {
  id: string;
  title: string;
}

export interface EvaluatedEpreuve {
  rule: EpreuveRule;
  /** The bloc as the candidate's option sees it; null when the option is unknown (bloc 2). */
  bloc: Bloc | null;
  /** Rows of the grid: competences (E4/bloc 1 grid, seed 004; MC SNO) or sub-competences (bloc-2 grids 9-5-A/B, seed 003). */
  rows: GridRow[];
  /** Every id the teacher may grade for this épreuve (competences and sub-competences of the bloc). */
  ids: Set<string>;
}

export function dossierCatalog(model: DossierModel): Catalog {
  const ref = findReferentiel(kindOf(model))!;
  return catalogFor(ref, ref.kind === 'bts-sio' ? optionOf(model) : null);
}

export function evaluatedEpreuves(model: DossierModel, catalog: Catalog = dossierCatalog(model)): EvaluatedEpreuve[] {
  const kind = kindOf(model);
  const out: EvaluatedEpreuve[] = [];
  for (const blocId of evaluatedBlocs(kind)) {
    const rule = epreuveFor(kind, sessionOf(model), blocId, catalog.option);
    if (!rule || rule.support === 'ecrit') continue;
    const bloc = catalog.blocs.find((b) => b.id === blocId) ?? null;
    const rows: GridRow[] = [];
    const ids = new Set<string>();
    for (const c of bloc?.competences ?? []) {
      ids.add(c.id);
      for (const s of c.subCompetences) ids.add(s.id);
      if (rule.support === 'realisations' && c.subCompetences.length) rows.push(...c.subCompetences.map((s) => ({ id: s.id, title: s.title })));
      else rows.push({ id: c.id, title: c.title });
    }
    out.push({ rule, bloc, rows, ids });
  }
  return out;
}
