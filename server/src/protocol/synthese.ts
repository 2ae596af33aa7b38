/**
 * The synthesis table model: the single source that the preview (webview and
 * `sio-dossier preview`) and the PDF export render. Built by the core from a parsed
 * dossier; plain JSON so it crosses the LSP custom request unchanged.
 * Labels are French because the official forms are French.
 */
/** The option of a BTS SIO dossier (the référentiel's data uses these too: core/referentiel/types.ts). */
export type Option = 'SISR' | 'SLAM';
/** The value of `referentiel:` in a dossier. */
export type ReferentielKind = 'bts-sio' | 'mc-sno';

export type Cadre = 'formation' | 'stage-1' | 'stage-2';

export interface TableColumn {
  id: string;              // "B1.1"
  title: string;           // "Gérer le patrimoine informatique"
  subCompetences: { id: string; title: string }[];
}

export interface TablePeriode {
  /** As the student typed it. */
  text: string;
  /** Canonical "du JJ/MM/AAAA au JJ/MM/AAAA" (or "le JJ/MM/AAAA"), when the text was readable. */
  display: string;
  /** As the official tableau prints it, "du JJ/MM/AA au JJ/MM/AA" (core/periode/printed.ts); the typed text when unreadable. */
  printed: string;
  start?: string;          // ISO yyyy-mm-dd
  end?: string;
}

export interface TableRow {
  id: string;              // réalisation id
  intitule: string;
  documents: string[];
  periode: TablePeriode;
  cadre: Cadre | null;
  /** Column id → mobilised (the competence or one of its sub-competences is listed). */
  ticks: Record<string, boolean>;
  /** 0-based lines of the réalisation in the source, to reveal it from the preview. */
  lines: { start: number; end: number };
}

export interface TableGroup {
  cadre: Cadre | 'autre';
  /** "Réalisation(s) en cours de formation", … */
  title: string;
  rows: TableRow[];
}

export interface CoverageCell {
  id: string;
  covered: boolean;
  /** Number of réalisations that mobilise it. */
  count: number;
}

export interface EpreuveInfo {
  code: string;            // "E4"
  title: string;
  annexTableau?: string;
  annexFiche?: string;
}

export interface FicheModel {
  numero: number;
  realisationId: string;
  intitule: string;
  organisation: string;
  lieu: string;
  periode: TablePeriode;
  modalite: 'seul' | 'equipe' | null;
  /** Every bloc-2 competence of the option, checked when the réalisation mobilises it. */
  competences: { id: string; title: string; checked: boolean }[];
  conditions: string;
  productions: string;
  description: string;
  documents: string[];
  lines: { start: number; end: number };
}

/** MC SNO: traces × competences grid, one per bloc (not an official form). */
export interface BlocGrid {
  bloc: { id: string; title: string };
  columns: TableColumn[];
  rows: TableRow[];
  coverage: CoverageCell[];
}

export interface Level { id: string; label: string }

/** The review's evaluation grid (teacher feature; left out of student exports by default). */
export interface EvaluationModel {
  reviewer: string;
  /** The review's `date`, as « JJ/MM/AAAA » (empty when the review has none). */
  date?: string;
  /**
   * The team's decisions on the claims (`validations`), in dossier order: what a class council or
   * a jury reads beside the grid. `decision`: « retenue », « refusée », « à revoir ».
   */
  decisions?: { realisation: string; intitule: string; competence: string; decision: string; motif?: string }[];
  /** Claims of the dossier with no decision yet. */
  pending?: number;
  epreuves: {
    code: string;
    title: string;
    rows: { id: string; title: string; level: string; levelLabel: string }[];
    penalties: { id: string; label: string; points: number }[];
    comment?: string;
  }[];
}

export interface SyntheseModel {
  referentiel: ReferentielKind;
  session: number | null;
  /** "Tableau de synthèse des réalisations professionnelles" / MC SNO equivalent. */
  title: string;
  /** "BTS Services informatiques aux organisations — Session 2026" */
  subtitle: string;
  /** The bloc-1 épreuve of that session (bts-sio), null when unknown. */
  epreuve: EpreuveInfo | null;
  /** The bloc-2 épreuve (fiches descriptives). */
  epreuveFiches: EpreuveInfo | null;
  candidat: {
    nom: string;
    prenom: string;
    numero: string;
    centre: string;
    option: Option | null;
    /** The fiche's « Épreuve ponctuelle » / « Contrôle en cours de formation » box (absent: none ticked). */
    epreuve?: 'ponctuelle' | 'ccf' | null;
    portfolio: string;
  };
  columns: TableColumn[];
  groups: TableGroup[];
  coverage: CoverageCell[];
  /** Ids of bloc competences no réalisation mobilises. */
  missing: string[];
  fiches: FicheModel[];
  grids: BlocGrid[];
  evaluation?: EvaluationModel;
  /**
   * Set in the preview when the review decides claims: `coverage`, `missing` and the grids'
   * coverage then count retained claims, and each missing competence says why (core/review/claims.ts).
   */
  retained?: { states: Record<string, string> };
}
