/**
 * Builds the synthesis table model (the single source of the preview and the PDF) from a parsed
 * dossier. Layout follows the official tableau de synthèse (seed 004): header fields, the
 * "Réalisations professionnelles (intitulé et liste des documents et productions associés)" and
 * "Période" columns, one column per bloc-1 competence, and the three row groups.
 */
import { coverageBlocs, ficheBloc } from '../catalog';
import { blocCoverage, mobilised } from '../coverage';
import type { RealisationSrc, Str } from '../model';
import type { ParsedDossier } from '../parse';
import { parsePeriode, printedPeriode } from '../periode';
import { MC_SNO_GROUP_TITLES, MC_SNO_TITLE, mcSnoGroup } from './mcSno';
import { epreuveFor } from '../referentiel';
import type { Bloc } from '../referentiel/types';
import { lineAt, lineStarts } from '../text/lines';
import { ruleContext } from '../validate';
import type { BlocGrid, Cadre, CoverageCell, EpreuveInfo, FicheModel, SyntheseModel, TableColumn, TableGroup, TablePeriode, TableRow } from '../../protocol/synthese';
import { GROUP_TITLES, OFFICIAL_FORM } from './officialForm';

export { GROUP_TITLES } from './officialForm';

const v = (s: Str | undefined) => s?.value ?? '';

function periodeOf(s: Str | undefined): TablePeriode {
  const raw = v(s);
  let r = raw ? parsePeriode(raw) : null;
  // A spelling with one sensible reading (13/1/2025 - 31/1/2025) shows in canonical form,
  // as the quick fix would write it; anything else is shown exactly as typed.
  const rewrite = r && !r.ok ? r.findings.find((f) => f.code === 'date-format' && f.rewrite)?.rewrite : undefined;
  if (rewrite) r = parsePeriode(rewrite.text);
  if (!r || !r.ok) return { text: raw, display: raw, printed: raw };
  return { text: raw, display: r.value.canonical, printed: printedPeriode(r.value), start: iso(r.value.start), end: iso(r.value.end) };
}

function iso(d: { y: number; m: number; d: number }): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function columnsOf(bloc: Bloc): TableColumn[] {
  return bloc.competences.map((c) => ({ id: c.id, title: c.title, subCompetences: c.subCompetences.map((s) => ({ id: s.id, title: s.title })) }));
}

function epreuveInfo(kind: string, session: number | null, bloc: string, option: 'SISR' | 'SLAM' | null): EpreuveInfo | null {
  const rule = epreuveFor(kind, session, bloc, option);
  if (!rule) return null;
  return { code: rule.code, title: rule.title, annexTableau: rule.annexes.tableau, annexFiche: rule.annexes.fiche };
}

export function buildSynthese(parsed: ParsedDossier, now: Date = new Date()): SyntheseModel {
  const ctx = ruleContext(parsed, { now });
  const { model, catalog, ref, session } = ctx;
  const starts = lineStarts(parsed.text);
  const linesOf = (r: { start: number; end: number }) => ({ start: lineAt(starts, r.start), end: lineAt(starts, Math.max(r.start, r.end - 1)) });
  const blocs = coverageBlocs(catalog);
  const columns = blocs.flatMap(columnsOf);

  const rowOf = (r: RealisationSrc, cols: TableColumn[]): TableRow => {
    const ids = mobilised(catalog, r);
    const cadre = v(r.cadre);
    return {
      id: v(r.id) || `#${r.index + 1}`,
      intitule: v(r.intitule),
      documents: r.documents.map((d) => d.value),
      periode: periodeOf(r.periode),
      cadre: cadre === 'formation' || cadre === 'stage-1' || cadre === 'stage-2' ? cadre : null,
      ticks: Object.fromEntries(cols.map((c) => [c.id, ids.has(c.id)])),
      lines: linesOf(r)
    };
  };
  const byDate = (a: TableRow, b: TableRow) => (a.periode.start ?? '9999').localeCompare(b.periode.start ?? '9999') || a.lines.start - b.lines.start;
  const rows = model.realisations.map((r) => rowOf(r, columns)).sort(byDate);

  // A row without cadre (an error, rules/cadres.ts) sits where the form would take it — the
  // group of the declared stage its period falls in, else « en cours de formation » — and is
  // marked as such (row.cadre stays null), never in a group the official form does not have.
  const stagePeriods = model.stages.map((st) => ({ p: periodeOf(st.periode), annee: v(st.annee).trim() }));
  const placed = (row: TableRow): Cadre => {
    if (row.cadre) return row.cadre;
    const { start, end } = row.periode;
    const inside = start && end ? stagePeriods.find(({ p }) => p.start && p.end && p.start <= start && end <= p.end) : undefined;
    if (!inside) return 'formation';
    return inside.annee === '2' && ref.kind === 'bts-sio' ? 'stage-2' : 'stage-1';
  };
  const groups: TableGroup[] = [];
  if (ref.kind === 'mc-sno') {
    // One year, 12 weeks of PFMP: « en formation » and « en PFMP », no second year (mcSno.ts).
    for (const [g, cadre] of [['formation', 'formation'], ['pfmp', 'stage-1']] as const) {
      groups.push({ cadre, title: MC_SNO_GROUP_TITLES[g], rows: rows.filter((r) => mcSnoGroup(placed(r)) === g) });
    }
  } else {
    // The three official groups always show, even empty, as on the form.
    for (const cadre of ['formation', 'stage-1', 'stage-2'] as const) groups.push({ cadre, title: GROUP_TITLES[cadre], rows: rows.filter((r) => placed(r) === cadre) });
  }

  const coverage: CoverageCell[] = [];
  const missing: string[] = [];
  for (const b of blocs) {
    const cov = blocCoverage(catalog, model, b);
    for (const [id, rs] of cov.byCompetence) coverage.push({ id, covered: rs.length > 0, count: rs.length });
    missing.push(...cov.missing);
  }

  const fb = ficheBloc(catalog);
  const fiches: FicheModel[] = model.realisations
    .filter((r) => r.fiche)
    .map((r) => {
      const ids = mobilised(catalog, r);
      const m: string = v(r.modalite);
      return {
        numero: Number(v(r.fiche!.numero)) || 0,
        realisationId: v(r.id),
        intitule: v(r.intitule),
        organisation: v(r.organisation),
        lieu: v(r.lieu),
        periode: periodeOf(r.periode),
        modalite: m === 'seul' || m === 'equipe' ? (m as 'seul' | 'equipe') : null,
        competences: (fb?.competences ?? []).map((c) => ({ id: c.id, title: c.title, checked: ids.has(c.id) })),
        conditions: v(r.fiche!.conditions),
        productions: v(r.fiche!.productions),
        description: v(r.description),
        documents: r.documents.map((d) => d.value),
        lines: linesOf(r)
      };
    })
    .sort((a, b) => a.numero - b.numero);

  const grids: BlocGrid[] =
    ref.kind === 'mc-sno'
      ? blocs.map((b) => {
          const cols = columnsOf(b);
          const cov = blocCoverage(catalog, model, b);
          return {
            bloc: { id: b.id, title: b.title },
            columns: cols,
            rows: model.realisations.map((r) => rowOf(r, cols)).sort(byDate),
            coverage: [...cov.byCompetence].map(([id, rs]) => ({ id, covered: rs.length > 0, count: rs.length }))
          };
        })
      : [];

  const c = model.candidat;
  const option = catalog.option;
  return {
    referentiel: ref.kind,
    session,
    title: ref.kind === 'mc-sno' ? MC_SNO_TITLE : OFFICIAL_FORM.title,
    subtitle:
      (ref.kind === 'mc-sno' ? 'Mention complémentaire Services numériques aux organisations' : 'BTS Services informatiques aux organisations') +
      (session ? ` — Session ${session}` : ''),
    epreuve: ref.kind === 'bts-sio' ? epreuveInfo(ref.kind, session, 'B1', option) : null,
    epreuveFiches: ref.kind === 'bts-sio' ? epreuveInfo(ref.kind, session, 'B2', option) : null,
    candidat: { nom: v(c.nom), prenom: v(c.prenom), numero: v(c.numero), centre: v(c.centre), option, epreuve: v(c.epreuve) === 'ponctuelle' || v(c.epreuve) === 'ccf' ? (v(c.epreuve) as 'ponctuelle' | 'ccf') : null, portfolio: v(c.portfolio) },
    columns,
    groups,
    coverage,
    missing,
    fiches,
    grids
  };
}

