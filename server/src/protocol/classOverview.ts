/**
 * The class view's wire types: what `sio/classe` answers and the class page, the CSV and the
 * SARIF read. Owned by the protocol: products/class builds them, the client shows them.
 */
import type { Option, ReferentielKind } from './synthese';

/** Two fiches numbered 1 and 2 covering bloc 2 / something to fix / not applicable (MC SNO, no option). */
export type FicheStatus = 'completes' | 'a-revoir' | 'sans-objet';

export const FICHE_STATUS_LABELS: Record<FicheStatus, string> = {
  completes: 'complètes',
  'a-revoir': 'à revoir',
  'sans-objet': 'sans objet'
};

export interface ClassRow {
  /** Path (CLI) or URI (editor) of the dossier, as given. */
  file: string;
  nom: string;
  prenom: string;
  numero: string;
  referentiel: ReferentielKind;
  option: Option | null;
  session: number | null;
  /** Competence id → number of réalisations mobilising it (evaluated blocs only). */
  coverage: Record<string, number>;
  covered: number;
  total: number;
  realisations: number;
  errors: number;
  warnings: number;
  fiches: FicheStatus;
  /** Open remarks of the review file next to the dossier (0 without review). */
  remarks: number;
  /** False when the dossier could not be read at all (refused input, not a mapping). */
  readable: boolean;
  /** The review decides claims: `coverage`, `covered` count retained claims (claims.ts). */
  validations: boolean;
  /** Claims of the evaluated blocs retained / refused / pending (`a-revoir` or undecided). */
  retained: number;
  refused: number;
  pending: number;
  /**
   * Competences of the evaluated blocs (not claims) refused / pending, beside `covered` retained:
   * the same three counts as the CodeLens, the status bar and the preview (core/review/claims.ts).
   */
  competencesRefused: number;
  competencesPending: number;
  /**
   * Per evaluated bloc (`B1`, `B2`…, référentiel order), its competences retained / refused /
   * pending by the review: the same counts as the CodeLens (core/review/claims.ts blocCounts).
   * Empty without validations.
   */
  blocs?: BlocDecisions[];
  /** BTS SIO with option: fiche descriptive n° 1 and n° 2, each with its réalisation and status. */
  ficheSlots?: FicheSlot[];
  /** The review's evaluation levels, `E5 B1.1` → « Maîtrise satisfaisante » (empty without grid). */
  evaluation?: Record<string, string>;
  /** « Prêt pour le dépôt » (depot/checklist.ts); null when the caller could not tell. */
  ready: boolean | null;
  /** Failed checklist items, when `ready` is false. */
  missing: string[];
}

export interface BlocDecisions {
  /** `B1`, `B2`… (MC SNO's bloc `1` is `B1` too). */
  bloc: string;
  retained: number;
  refused: number;
  pending: number;
}

/** `manquante`: no réalisation carries this fiche. */
export type FicheSlotStatus = 'complete' | 'a-revoir' | 'manquante';

export const FICHE_SLOT_LABELS: Record<FicheSlotStatus, string> = {
  complete: 'complète',
  'a-revoir': 'à revoir',
  manquante: 'manquante'
};

export interface FicheSlot {
  /** « glpi — Déploiement de GLPI… » (the réalisation's id and title); empty when missing. */
  realisation: string;
  status: FicheSlotStatus;
}

export interface ClassOverview {
  /** Union of the competence columns of every row, BTS SIO first, in référentiel order. */
  columns: string[];
  rows: ClassRow[];
}

export interface ClaimColumns {
  /** True when the review decides at least one claim: coverage then counts retained claims. */
  validations: boolean;
  retained: number;
  refused: number;
  pending: number;
  coverage: Record<string, number>;
  covered: number;
  total: number;
  competencesRefused: number;
  competencesPending: number;
  blocs: BlocDecisions[];
}

/** What the class view needs of a deposit checklist. */
export interface DepotSummary {
  ready: boolean;
  /** Ids of the failed items (depot/checklist.ts). */
  missing: string[];
}
