/**
 * A teacher's review file (`nom.revue.yaml` next to `nom.sio.yaml`, format in docs/REVUE.md) as
 * the review features see it: every value located in the source, like the dossier's model, so
 * that a problem lands on the exact `cible`, level or penalty.
 */
import type { Span, Str } from '../model';
import type { ValidationGroup } from './validations';

export type RemarkLevel = 'erreur' | 'avertissement' | 'info';
export type RemarkStatus = 'ouverte' | 'resolue';

export interface RemarqueSrc extends Span {
  index: number;
  cible?: Str;
  niveau?: Str;
  message?: Str;
  statut?: Str;
}

/** One `niveau` per competence id of a grid: the key is located as well as the value. */
export interface NiveauSrc {
  /** The competence id as written (value) with the span of the key. */
  id: Str;
  niveau?: Str;
}

export interface PenaliteSrc {
  id: Str;
  /** Points given for a « jusqu’à N points » penalty. */
  points?: number;
}

export interface EpreuveEvalSrc {
  /** The épreuve code as written (`E5`), located on the key. */
  code: Str;
  competences: NiveauSrc[];
  penalites: PenaliteSrc[];
  appreciation?: Str;
}

export interface ReviewModel {
  revue?: Str;
  relecteur?: Str;
  date?: Str;
  remarques: RemarqueSrc[];
  evaluation: EpreuveEvalSrc[];
  /** Decision on each claimed competence, per réalisation (validations.ts). */
  validations: ValidationGroup[];
}

/** The niveaux de maîtrise, in the order of the official grids (left to right). */
export const NIVEAUX = ['non-evalue', 'non-maitrise', 'partielle', 'bonne', 'excellente'] as const;
export type Niveau = (typeof NIVEAUX)[number];

/**
 * Labels as printed on the grilles d’aide à l’évaluation. The bloc-2 grids (seed 003, annexes
 * 9-5-A/B, session 2024) print « Non évalué | Non maitrisé | Maitrise partielle | Bonne maitrise |
 * Excellente maitrise » (sub-competence « non évaluée au travers de la situation retenue »); the
 * E4 grid of bloc 1 (seed 004) prints « Non évaluable | Non maîtrisé | Maîtrise partielle | Bonne
 * maîtrise | Excellente maîtrise ». The labels follow the grid of the épreuve being evaluated.
 */
export const NIVEAU_LABELS: Record<'portfolio' | 'realisations', Record<Niveau, string>> = {
  portfolio: {
    'non-evalue': 'Non évaluable',
    'non-maitrise': 'Non maîtrisé',
    partielle: 'Maîtrise partielle',
    bonne: 'Bonne maîtrise',
    excellente: 'Excellente maîtrise'
  },
  realisations: {
    'non-evalue': 'Non évalué',
    'non-maitrise': 'Non maitrisé',
    partielle: 'Maitrise partielle',
    bonne: 'Bonne maitrise',
    excellente: 'Excellente maitrise'
  }
};

export function isNiveau(v: string | undefined): v is Niveau {
  return !!v && (NIVEAUX as readonly string[]).includes(v);
}

/** `avertissement` when absent or not one of the three levels (the schema reports the latter). */
export function levelOf(r: RemarqueSrc): RemarkLevel {
  const v = r.niveau?.value;
  return v === 'erreur' || v === 'info' ? v : 'avertissement';
}

export function statusOf(r: RemarqueSrc): RemarkStatus {
  return r.statut?.value === 'resolue' ? 'resolue' : 'ouverte';
}
