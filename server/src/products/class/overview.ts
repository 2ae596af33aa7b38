/**
 * « Vue de classe »: one row per dossier of a class (the workspace, or the files given to
 * `sio-dossier class`), for the teacher to see at a glance who is behind: identity, option,
 * session, how many réalisations mobilise each competence of the evaluated blocs, error and
 * warning counts, fiche status and open review remarks. Pure: the caller reads the files.
 */
import { kindOf, optionOf, sessionOf } from '../../core/model';
import { dossierFindings, type DossierFindings } from '../../core/findings';
import { hasDocument, type ParsedDossier } from '../../core/parse';
import { evaluationFor, parseReview, type ParsedReview } from '../../core/review';
import { createLanguageService, type LanguageService } from '../../core/service';
import { statusOf } from '../../core/review/model';
import { claimColumns } from './claims';
import { ficheSlots } from './fiches';
import type { ClassOverview, ClassRow, DepotSummary, FicheStatus } from '../../protocol/classOverview';

export { FICHE_STATUS_LABELS, type ClassOverview, type ClassRow, type FicheStatus } from '../../protocol/classOverview';
import type { SioSettings } from '../../protocol/settings';

export interface ClassFile {
  file: string;
  text: string;
  /** Text of `x.revue.yaml` next to it, when there is one. */
  review?: string | null;
  /** Its deposit checklist, when the caller can read the exports and attestations. */
  depot?: DepotSummary;
}

export interface OverviewOptions {
  now?: Date;
  settings?: Partial<SioSettings>;
  /** The rules as the caller runs them (the CLI's, with its clock); else one made from `now` and `settings`. */
  service?: LanguageService;
}

/** One row from a parsed dossier, its findings (core/findings.ts) and its review. */
export function overviewRow(file: string, parsed: ParsedDossier, found: DossierFindings, review: ParsedReview | null, depot?: DepotSummary): ClassRow {
  const findings = found.own;
  const model = parsed.model;
  const c = model.candidat;
  const row: ClassRow = {
    file,
    nom: c.nom?.value ?? '',
    prenom: c.prenom?.value ?? '',
    numero: c.numero?.value ?? '',
    referentiel: kindOf(model),
    option: optionOf(model),
    session: sessionOf(model),
    coverage: {},
    covered: 0,
    total: 0,
    realisations: model.realisations.length,
    errors: findings.filter((f) => f.severity === 'error' && f.source !== 'revue').length,
    warnings: findings.filter((f) => f.severity === 'warning' && f.source !== 'revue').length,
    fiches: 'sans-objet',
    remarks: 0,
    readable: !parsed.refused && hasDocument(parsed) && typeof parsed.data === 'object' && parsed.data !== null,
    validations: false,
    retained: 0,
    refused: 0,
    pending: 0,
    competencesRefused: 0,
    competencesPending: 0,
    blocs: [],
    ready: depot ? depot.ready : null,
    missing: depot?.missing ?? []
  };
  if (!row.readable) return row;
  Object.assign(row, claimColumns(parsed, review));
  const ev = review ? evaluationFor(parsed, review) : undefined;
  if (ev?.epreuves.length) row.evaluation = Object.fromEntries(ev.epreuves.flatMap((e) => e.rows.filter((x) => x.level).map((x) => [`${e.code} ${x.id}`, x.levelLabel || x.level])));
  if (row.referentiel === 'bts-sio' && row.option) {
    const withFiche = model.realisations.filter((r) => r.fiche).length;
    const ficheErrors = findings.some((f) => f.code.startsWith('fiche-') && (f.severity === 'error' || f.severity === 'warning'));
    row.fiches = withFiche === 2 && !ficheErrors ? 'completes' : 'a-revoir';
    row.ficheSlots = ficheSlots(model.realisations, findings);
  }
  if (review) {
    row.remarks = review.model.remarques.filter((r) => statusOf(r) === 'ouverte' && r.message?.value.trim()).length;
  }
  return row;
}

/** The overview of a class from the files' texts (CLI: `sio-dossier class`). */
export function classOverview(files: ClassFile[], opts: OverviewOptions = {}): ClassOverview {
  const now = opts.now ?? new Date();
  const service = opts.service ?? createLanguageService({ now: () => now, settings: opts.settings, incremental: false });
  const rows = files.map((f) => {
    const parsed = service.parse(f.text);
    const review = f.review ? parseReview(f.review) : null;
    return overviewRow(f.file, parsed, dossierFindings(parsed, review, { service }), review, f.depot);
  });
  return assemble(rows);
}

/** Rows in a stable order (name, first name, file) and the union of their columns. */
export function assemble(rows: ClassRow[]): ClassOverview {
  const sorted = [...rows].sort(
    (a, b) => a.nom.localeCompare(b.nom, 'fr') || a.prenom.localeCompare(b.prenom, 'fr') || a.file.localeCompare(b.file)
  );
  const columns: string[] = [];
  for (const r of sorted) for (const id of Object.keys(r.coverage)) if (!columns.includes(id)) columns.push(id);
  columns.sort(compareIds);
  return { columns, rows: sorted };
}

/** B before C, then numerically: B1.2 < B1.10 < B2.1. */
function compareIds(a: string, b: string): number {
  if (a[0] !== b[0]) return a[0] === 'B' ? -1 : 1;
  const pa = a.slice(1).split('.').map(Number);
  const pb = b.slice(1).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
