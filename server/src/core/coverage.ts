/**
 * Which competences the réalisations mobilise. Citing a sub-competence (B1.2.1) counts for its
 * competence (B1.2), as on the tableau de synthèse where the column is the competence.
 * Shared by the diagnostics, the code lens, the status bar and the table model.
 */
import { Catalog, coverageBlocs, competenceOf, ficheBloc } from './catalog';
import type { DossierModel, RealisationSrc } from './model';
import type { Bloc } from './referentiel/types';

export interface BlocCoverage {
  bloc: Bloc;
  /** Competence id → ids of the réalisations that mobilise it. */
  byCompetence: Map<string, string[]>;
  /** Sub-competence id → how many citations reach it (itself, or its competence cited as a whole). */
  bySub: Map<string, number>;
  missing: string[];
  covered: number;
  total: number;
}

/** Competence ids (not sub-competences) a réalisation mobilises, in the catalog's terms. */
export function mobilised(cat: Catalog, r: RealisationSrc): Set<string> {
  const out = new Set<string>();
  for (const c of r.competences ?? []) {
    const id = competenceOf(cat, c.value.trim());
    if (id) out.add(id);
  }
  return out;
}

export function blocCoverage(cat: Catalog, model: DossierModel, bloc: Bloc): BlocCoverage {
  const byCompetence = new Map<string, string[]>(bloc.competences.map((c) => [c.id, []]));
  const bySub = new Map<string, number>();
  for (const c of bloc.competences) for (const s of c.subCompetences) bySub.set(s.id, 0);
  // Membership apart from the ordered lists: `includes` on them made 2,000 réalisations quadratic.
  const seen = new Map<string, Set<string>>(bloc.competences.map((c) => [c.id, new Set<string>()]));
  for (const r of model.realisations) {
    const label = r.id?.value || `#${r.index + 1}`;
    for (const c of r.competences ?? []) {
      const id = c.value.trim();
      const entry = cat.byId.get(id);
      if (!entry || entry.bloc.id !== bloc.id) continue;
      const list = byCompetence.get(entry.competence.id);
      const labels = seen.get(entry.competence.id);
      if (list && labels && !labels.has(label)) {
        labels.add(label);
        list.push(label);
      }
      // Citing the competence as a whole mobilises each of its sub-competences.
      const reached = entry.sub ? [entry.sub.id] : entry.competence.subCompetences.map((s) => s.id);
      for (const s of reached) bySub.set(s, (bySub.get(s) ?? 0) + 1);
    }
  }
  const missing = [...byCompetence].filter(([, rs]) => rs.length === 0).map(([id]) => id);
  return { bloc, byCompetence, bySub, missing, covered: byCompetence.size - missing.length, total: byCompetence.size };
}

export function evaluatedCoverage(cat: Catalog, model: DossierModel): BlocCoverage[] {
  return coverageBlocs(cat).map((b) => blocCoverage(cat, model, b));
}

/** "Bloc 1" for B1 and for MC SNO's "1". */
export function blocLabel(bloc: Bloc): string {
  return `Bloc ${bloc.id.replace(/^B/, '')}`;
}

export interface FichesStatus {
  /** Réalisations carrying a `fiche`. */
  count: number;
  /** What the bloc-2 épreuve asks for: two fiches descriptives (rules/fiches.ts). */
  expected: number;
  /** Bloc-2 competences of the option the fiches do not mobilise together. */
  missing: string[];
}

/** BTS SIO only (the MC SNO has no fiches); null without option (bloc 2 depends on it). */
export function fichesStatus(cat: Catalog, model: DossierModel): FichesStatus | null {
  const bloc = ficheBloc(cat);
  if (!bloc) return null;
  const withFiche = model.realisations.filter((r) => r.fiche);
  const covered = new Set<string>();
  for (const r of withFiche) for (const id of mobilised(cat, r)) covered.add(id);
  return { count: withFiche.length, expected: 2, missing: withFiche.length ? bloc.competences.map((c) => c.id).filter((id) => !covered.has(id)) : [] };
}
