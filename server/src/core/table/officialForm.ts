/**
 * The wording of the official tableau de synthèse, in one place: the preview
 * (render/tableauHtml.ts), the PDF (products/pdf/tableau.ts) and the spreadsheet (tableur/) all print
 * it from here, so the three cannot drift apart (they did: « Épreuve E4 - … » in one,
 * « — » in the other).
 *
 * Source: the official template as filled public copies of session 2026 show it (« ANNEXE VI-1 »,
 * one sheet « Tableau de synthèse Épreuve E5 », columns A–H): A1 « BTS SERVICES INFORMATIQUES AUX
 * ORGANISATIONS », G1 « SESSION 2026 », A2 the title, A3 « NOM et prénom : », F3 « N° candidat : »,
 * A4 « Centre de formation : », F4 « Option : » G4 « ▢ SISR » H4 « ▢ SLAM », A5 « Adresse URL du
 * portfolio : », A6/A7 the corner, B6 the période heading, then the three group rows.
 * The labels are the form's own: they are French in every locale.
 */
import { PERIODE_COLUMN_LABEL } from '../periode/printed';
import { MC_SNO_TITLE } from './mcSno';
import type { EpreuveInfo } from '../../protocol/synthese';

export type GroupKey = 'formation' | 'stage-1' | 'stage-2';

/** Row-group titles as printed on the official form (rows 8, 19 and 27 of the 2026 template). */
export const GROUP_TITLES: Record<GroupKey, string> = {
  formation: 'Réalisation en cours de formation',
  'stage-1': 'Réalisations en milieu professionnel en cours de première année',
  'stage-2': 'Réalisations en milieu professionnel en cours de seconde année'
  // No fourth group: a réalisation without cadre is placed where the form would take it and
  // marked as an error (table/build.ts, rules/cadres.ts), never in a group the form does not have.
};

export const OFFICIAL_FORM = {
  diplome: 'BTS SERVICES INFORMATIQUES AUX ORGANISATIONS',
  diplomeMcSno: 'MENTION COMPLÉMENTAIRE SERVICES NUMÉRIQUES AUX ORGANISATIONS',
  title: 'Tableau de synthèse des réalisations professionnelles',
  titleMcSno: MC_SNO_TITLE,
  labels: {
    nom: 'NOM et prénom :',
    numero: 'N° candidat :',
    centre: 'Centre de formation :',
    option: 'Option :',
    portfolio: 'Adresse URL du portfolio :'
  },
  /** Upper part of the corner cell (A6). */
  corner: 'Compétences mises en œuvre',
  /** Lower part of the corner cell (A7): the réalisations column. */
  realisationsColumn: 'Réalisations professionnelles (intitulé et liste des documents et productions associés)',
  /** How a period is printed lives with the period code (core/periode/printed.ts). */
  periodeColumn: PERIODE_COLUMN_LABEL,
  /** Ballot boxes as the form prints them: empty « ▢ », ticked « ☒ ». */
  boxEmpty: '▢',
  boxTicked: '☒',
  /** The mark written in a competence column. */
  tick: 'X',
  /** Sub-competences are listed under a competence title as « ▸… » lines. */
  subBullet: '▸'
} as const;

/** « SESSION 2026 », as in G1. */
export function sessionLabel(session: number | null): string {
  return session ? `SESSION ${session}` : 'SESSION';
}

/** "8-1" → "Annexe 8-1"; "annexe VI-1" → "Annexe VI-1". */
export function annexLabel(annex: string | undefined): string {
  if (!annex) return '';
  const a = annex.trim();
  return /^annexe\b/i.test(a) ? a.replace(/^annexe/i, 'Annexe') : `Annexe ${a}`;
}

/** « Épreuve E5 — Support et mise à disposition de services informatiques ». */
export function epreuveLine(e: EpreuveInfo | null): string {
  if (!e) return '';
  return e.title ? `Épreuve ${e.code} — ${e.title}` : `Épreuve ${e.code}`;
}

/** The épreuve and the annex of the tableau: « Épreuve E5 — … — Annexe VI-1 ». */
export function tableauEpreuveLine(e: EpreuveInfo | null): string {
  return [epreuveLine(e), annexLabel(e?.annexTableau)].filter(Boolean).join(' — ');
}

/** The sheet's name on the template: « Tableau de synthèse Épreuve E5 » (31 characters at most in .xlsx). */
export function sheetName(e: EpreuveInfo | null): string {
  return (e ? `Tableau de synthèse Épreuve ${e.code}` : 'Tableau de synthèse').slice(0, 31);
}

/** « NOM Prénom »: the family name in capitals, as the form's « NOM et prénom » asks. */
export function candidateName(c: { nom: string; prenom: string }): string {
  return [c.nom.toUpperCase(), c.prenom].filter((s) => s.trim() !== '').join(' ');
}

