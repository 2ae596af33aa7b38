/**
 * The competences a dossier may cite, for its référentiel and option: one lookup table built
 * once per (référentiel, option) and shared by diagnostics, completion, hover and the table.
 * Bloc 2 and B3.5 exist once per option with the same ids (Annexe I.B), hence the option key.
 */
import type { Bloc, Competence, Option, Referentiel, SubCompetence } from './referentiel/types';
import { fold } from './text/similar';

export interface CatalogEntry {
  id: string;
  title: string;
  bloc: Bloc;
  competence: Competence;
  /** Set when the id is a sub-competence. */
  sub?: SubCompetence;
}

export interface Catalog {
  referentiel: Referentiel;
  option: Option | null;
  /** Blocs visible for this option (common ones + the option's). */
  blocs: Bloc[];
  byId: Map<string, CatalogEntry>;
  /** Ids that exist only for some option (bloc 2, B3.5): used for `competence-needs-option`. */
  optionOnly: Map<string, Option[]>;
  /** Folded title → id, to recognise a sub-competence written as its title. */
  byTitle: Map<string, string>;
  ids: string[];
}

const cache = new WeakMap<Referentiel, Map<string, Catalog>>();

export function catalogFor(ref: Referentiel, option: Option | null): Catalog {
  let perRef = cache.get(ref);
  if (!perRef) cache.set(ref, (perRef = new Map()));
  const key = option ?? '';
  let cat = perRef.get(key);
  if (!cat) perRef.set(key, (cat = build(ref, option)));
  return cat;
}

function visible(option: Option | null, o: Option | null): boolean {
  return o === null || o === option;
}

function build(ref: Referentiel, option: Option | null): Catalog {
  const byId = new Map<string, CatalogEntry>();
  const optionOnly = new Map<string, Option[]>();
  const byTitle = new Map<string, string>();
  const blocs: Bloc[] = [];
  for (const bloc of ref.blocs) {
    const comps = bloc.competences.filter((c) => visible(option, bloc.option) && visible(option, c.option));
    for (const c of bloc.competences) {
      const o = c.option ?? bloc.option;
      if (o) {
        for (const id of [c.id, ...c.subCompetences.map((s) => s.id)]) {
          const list = optionOnly.get(id) ?? [];
          if (!list.includes(o)) list.push(o);
          optionOnly.set(id, list);
        }
      }
    }
    if (!comps.length) continue;
    const existing = blocs.find((b) => b.id === bloc.id);
    if (existing) existing.competences.push(...comps);
    else blocs.push({ ...bloc, competences: [...comps] });
  }
  for (const bloc of blocs) {
    for (const c of bloc.competences) {
      byId.set(c.id, { id: c.id, title: c.title, bloc, competence: c });
      for (const s of c.subCompetences) {
        byId.set(s.id, { id: s.id, title: s.title, bloc, competence: c, sub: s });
        byTitle.set(fold(s.title).replace(/\.$/, ''), s.id);
      }
    }
  }
  // Ids common to every option are not "option only".
  for (const [id] of optionOnly) if (ref.blocs.some((b) => b.option === null && b.competences.some((c) => c.option === null && (c.id === id || c.subCompetences.some((s) => s.id === id))))) optionOnly.delete(id);
  return { referentiel: ref, option, blocs, byId, optionOnly, byTitle, ids: [...byId.keys()] };
}

/** The bloc whose competences the tableau de synthèse must cover: bloc 1 (BTS SIO), every bloc (MC SNO). */
export function coverageBlocs(cat: Catalog): Bloc[] {
  if (cat.referentiel.kind === 'mc-sno') return cat.blocs;
  return cat.blocs.filter((b) => b.id === 'B1');
}

/** Bloc-2 competences of the option: what the two fiches descriptives must cover together. */
export function ficheBloc(cat: Catalog): Bloc | null {
  if (cat.referentiel.kind !== 'bts-sio' || !cat.option) return null;
  return cat.blocs.find((b) => b.id === 'B2') ?? null;
}

/** The competence id a cited id counts for (B1.2.1 → B1.2). */
export function competenceOf(cat: Catalog, id: string): string | null {
  return cat.byId.get(id)?.competence.id ?? null;
}
