/**
 * Shape of the référentiel data in `schemas/referentiels/*.json`.
 * The data is extracted from the official texts (docs/sources/) and cited in `source`;
 * the wording is the product, so nothing here is rephrased by code.
 */

import type { Option, ReferentielKind } from '../../protocol/synthese';

export type { Option, ReferentielKind };

export interface SubCompetence {
  /** B1.1.1, B1.1.2… in the order of the référentiel (the text itself does not number them). */
  id: string;
  title: string;
}

/** An indicateur de performance; `items` keeps nested bullet items as such. */
export interface Indicator {
  text: string;
  items?: string[];
}

/** Savoirs associés, grouped under their heading ("Savoirs technologiques", …). */
export interface KnowledgeGroup {
  heading: string;
  items: string[];
}

export interface Competence {
  id: string;
  title: string;
  option: Option | null;
  subCompetences: SubCompetence[];
  indicators: Indicator[];
  /** When the seed gives no indicator wording (MC SNO), says so instead of inventing one. */
  indicatorsNote?: string;
  knowledge: KnowledgeGroup[];
  /**
   * When the référentiel prints one savoirs associés cell for several competences (BTS SIO
   * Annexe I.B: B2.1–B2.3 SISR, B2.1–B2.2 SLAM, B3.1–B3.4), the id of the competence that
   * carries it; `knowledge` is then empty rather than duplicated.
   */
  knowledgeFrom?: string;
}

export interface Bloc {
  /** "B1", "B2", "B3" for BTS SIO; "1", "2", "3" (displayed "Bloc 1") for MC SNO. */
  id: string;
  title: string;
  option: Option | null;
  /** Name of the option as printed, e.g. "Solutions d’infrastructure, systèmes et réseaux". */
  optionTitle?: string;
  competences: Competence[];
}

/** Which épreuve evaluates a bloc, for one range of sessions. */
export interface EpreuveRule {
  /** First and last session (inclusive) these numbers apply to; `to: null` = still in force. */
  from: number;
  to: number | null;
  bloc: string;           // "B1", "B2", "B3" or "1".."3"
  /**
   * Set when the épreuve differs by option (BTS SIO bloc 2: E5 « Administration des systèmes et
   * des réseaux » for SISR, « Conception et développement d’applications » for SLAM); absent = common.
   */
  option?: Option;
  code: string;           // "E4", "E5", "E6"…
  title: string;
  /**
   * What the épreuve rests on: the portfolio + tableau de synthèse (BTS SIO bloc 1), the fiches
   * descriptives of réalisations (bloc 2), the dossier numérique (MC SNO), or a written exam
   * (bloc 3), which the dossier does not feed.
   */
  support?: 'portfolio' | 'realisations' | 'dossier' | 'ecrit';
  /** Annex of the tableau de synthèse / fiche descriptive, as printed on the official forms. */
  annexes: { tableau?: string; fiche?: string; grille?: string };
  /** Penalties the texts list, in points. */
  penalties: { id: string; label: string; points: number; /** "jusqu’à N points" */ upTo?: boolean }[];
  source: string;
}

export interface StageRules {
  totalWeeks: number;
  /** Consecutive weeks at the end of year 1 and in year 2, [min, max]. */
  year1ConsecutiveWeeks?: [number, number];
  year2ConsecutiveWeeks?: [number, number];
  extraHolidayWeeks?: number;
  reducedMinimumWeeks?: number;
  reducedYear2ConsecutiveWeeks?: number;
  source: string;
}

export interface Referentiel {
  id: string;                 // "bts-sio-2019", "mc-sno-2020"
  kind: ReferentielKind;      // the value of `referentiel:` in a dossier
  title: string;
  source: string;
  blocs: Bloc[];
  epreuves: EpreuveRule[];
  stages: StageRules;
}
