/**
 * Claims (citations of a competence by a réalisation) counted with the teaching team's decisions
 * (validations.ts). Once a review decides claims, the bloc's coverage counts retained claims
 * only: Annexe II.D (épreuve du bloc 1) asks that the réalisations mobilise every competence of
 * the bloc, and a claim the team refused mobilises nothing. Without decisions, claims count as
 * before. Shared by the student's status bar and diagnostics, the class view and `depot`.
 */
import type { Catalog } from '../catalog';
import { blocLabel, evaluatedCoverage, type BlocCoverage } from '../coverage';
import { text, type Text } from '../l10n';
import type { DossierModel } from '../model';
import type { SyntheseModel } from '../../protocol/synthese';
import { hasDecisions, type Decision, type Decisions } from './validations';

/** The dossier as if it cited only its retained claims. */
export function retainedModel(model: DossierModel, decisions: Decisions): DossierModel {
  return {
    ...model,
    realisations: model.realisations.map((r) => ({
      ...r,
      competences: r.competences === null ? null : r.competences.filter((c) => decisions.get(r.index)?.get(c.value.trim())?.decision === 'retenue')
    }))
  };
}

export interface ClaimCounts {
  claims: number;
  retained: number;
  refused: number;
  /** Not yet retained nor refused: `a-revoir`, or no decision. */
  pending: number;
}

/** Claims of the evaluated blocs (those the coverage counts), by decision. */
export function claimCounts(cat: Catalog, model: DossierModel, decisions: Decisions): ClaimCounts {
  const evaluated = new Set(evaluatedCoverage(cat, model).map((c) => c.bloc.id));
  const n: ClaimCounts = { claims: 0, retained: 0, refused: 0, pending: 0 };
  for (const r of model.realisations) {
    for (const c of r.competences ?? []) {
      const id = c.value.trim();
      const entry = cat.byId.get(id);
      if (!entry || !evaluated.has(entry.bloc.id)) continue;
      n.claims++;
      const d = decisions.get(r.index)?.get(id)?.decision;
      if (d === 'retenue') n.retained++;
      else if (d === 'refusee') n.refused++;
      else n.pending++;
    }
  }
  return n;
}

/** Why a competence of the bloc is not retained. */
export type MissingState = Exclude<Decision, 'retenue'> | 'en-attente' | 'non-mobilisee';

export interface ClaimsCoverage {
  /** True when coverage counts retained claims (the review decides at least one claim). */
  retainedOnly: boolean;
  blocs: { coverage: BlocCoverage; missing: { id: string; state: MissingState }[] }[];
  covered: number;
  total: number;
}

/** Coverage of the evaluated blocs: retained claims when the review decides any, else claims. */
export function claimsCoverage(cat: Catalog, model: DossierModel, decisions: Decisions | null): ClaimsCoverage {
  const retainedOnly = !!decisions && hasDecisions(decisions);
  const counted = retainedOnly ? retainedModel(model, decisions!) : model;
  const blocs = evaluatedCoverage(cat, counted).map((coverage) => ({
    coverage,
    missing: coverage.missing.map((id) => ({ id, state: retainedOnly ? stateOf(cat, model, decisions!, id) : ('non-mobilisee' as MissingState) }))
  }));
  return {
    retainedOnly,
    blocs,
    covered: blocs.reduce((n, b) => n + b.coverage.covered, 0),
    total: blocs.reduce((n, b) => n + b.coverage.total, 0)
  };
}

/** The most hopeful state among the claims reaching competence `id` (none retained). */
function stateOf(cat: Catalog, model: DossierModel, decisions: Decisions, id: string): MissingState {
  const states = new Set<MissingState>();
  for (const r of model.realisations) {
    for (const c of r.competences ?? []) {
      const v = c.value.trim();
      if (cat.byId.get(v)?.competence.id !== id) continue;
      const d = decisions.get(r.index)?.get(v)?.decision;
      states.add(d === 'refusee' ? 'refusee' : d === 'a-revoir' ? 'a-revoir' : 'en-attente');
    }
  }
  for (const s of ['en-attente', 'a-revoir', 'refusee'] as const) if (states.has(s)) return s;
  return 'non-mobilisee';
}

export const STATE_LABELS: Record<MissingState, { fr: string; en: string }> = {
  refusee: { fr: 'refusée', en: 'refused' },
  'a-revoir': { fr: 'à revoir', en: 'to review again' },
  'en-attente': { fr: 'en attente', en: 'pending' },
  'non-mobilisee': { fr: 'non mobilisée', en: 'not mobilised' }
};

/**
 * The one coverage every surface shows (CodeLens, status bar, preview, class view, CSV, depot):
 * competences of a bloc retained, refused and pending. Pending (`en attente`, `a-revoir`) is a
 * review not finished yet, never a refusal: a partial review must not look like a disaster.
 * `unclaimed`: competences no réalisation mobilises (the coverage-bloc rule's, not a decision).
 */
export interface CoverageCounts {
  covered: number;
  total: number;
  refused: number;
  pending: number;
  unclaimed: number;
}

export function coverageCounts(missing: { state: MissingState }[], covered: number, total: number): CoverageCounts {
  const n = (f: (s: MissingState) => boolean) => missing.filter((m) => f(m.state)).length;
  return { covered, total, refused: n((s) => s === 'refusee'), pending: n((s) => s === 'en-attente' || s === 'a-revoir'), unclaimed: n((s) => s === 'non-mobilisee') };
}

/**
 * « 2/6 compétences retenues, 1 refusée, 3 en attente » — the same words on every surface; with
 * `ids`, each count names its competences: « 1 refusée (B1.3), 3 en attente (B1.2, B1.5 à revoir, B1.6) ».
 */
export function retainedCountsText(c: CoverageCounts, ids?: { refused: string[]; pending: string[]; unclaimed: string[] }): Text {
  const list = (xs: string[] | undefined) => (xs && xs.length ? ` (${xs.join(', ')})` : '');
  const fr = [`${c.covered}/${c.total} compétences retenues`];
  const en = [`${c.covered}/${c.total} competences retained`];
  if (c.refused) fr.push(`${c.refused} refusée${c.refused > 1 ? 's' : ''}${list(ids?.refused)}`), en.push(`${c.refused} refused${list(ids?.refused)}`);
  if (c.pending) {
    fr.push(`${c.pending} en attente${list(ids?.pending)}`);
    en.push(`${c.pending} pending${list(ids?.pending.map((x) => x.replace(/ à revoir$/, ' to review again')))}`);
  }
  if (c.unclaimed) fr.push(`${c.unclaimed} non mobilisée${c.unclaimed > 1 ? 's' : ''}${list(ids?.unclaimed)}`), en.push(`${c.unclaimed} not mobilised${list(ids?.unclaimed)}`);
  return text(fr.join(', '), en.join(', '));
}

/** One bloc's counts (claimsCoverage). */
export function blocCounts(b: ClaimsCoverage['blocs'][number]): CoverageCounts {
  return coverageCounts(b.missing, b.coverage.covered, b.coverage.total);
}

/** « Bloc 1 : 2/6 compétences retenues, 1 refusée (B1.3), 3 en attente (B1.2, B1.5 à revoir, B1.6) ». */
export function retainedSummary(b: ClaimsCoverage['blocs'][number]): Text {
  const of = (f: (s: MissingState) => boolean) => b.missing.filter((m) => f(m.state)).map((m) => (m.state === 'a-revoir' ? `${m.id} à revoir` : m.id));
  const counts = retainedCountsText(blocCounts(b), {
    refused: of((s) => s === 'refusee'),
    pending: of((s) => s === 'en-attente' || s === 'a-revoir'),
    unclaimed: of((s) => s === 'non-mobilisee')
  });
  const label = blocLabel(b.coverage.bloc);
  return text(`${label} : ${counts.fr}`, `${label}: ${counts.en}`);
}

/** The preview's coverage on retained claims (SyntheseModel.retained); unchanged without decisions. */
export function retainedTable(table: SyntheseModel, cat: Catalog, model: DossierModel, decisions: Decisions | null): void {
  const cov = claimsCoverage(cat, model, decisions);
  if (!cov.retainedOnly) return;
  const cells = (b: ClaimsCoverage['blocs'][number]) => [...b.coverage.byCompetence].map(([id, rs]) => ({ id, covered: rs.length > 0, count: rs.length }));
  table.coverage = cov.blocs.flatMap(cells);
  table.missing = cov.blocs.flatMap((b) => b.missing.map((m) => m.id));
  for (const g of table.grids) {
    const b = cov.blocs.find((x) => x.coverage.bloc.id === g.bloc.id);
    if (b) g.coverage = cells(b);
  }
  table.retained = { states: Object.fromEntries(cov.blocs.flatMap((b) => b.missing.map((m) => [m.id, STATE_LABELS[m.state].fr]))) };
}
