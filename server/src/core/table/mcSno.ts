/**
 * The MC SNO in its own guide's words (docs/sources/mc-sno-guide-accompagnement-2021.txt): a
 * one-year formation with 12 weeks of PFMP, so traces are « en formation » or « en PFMP » —
 * never a « seconde année » (the BTS SIO's form); the follow-up grid is the « tableau de bord
 * de suivi individuel des apprentissages » (§ 3.3.2.3), and the same paragraph lists the
 * PFMP attestations and the « bilan des PFMP » among the traces the team collects.
 */
import type { Cadre } from '../../protocol/synthese';

export const MC_SNO_TITLE = 'Tableau de bord de suivi individuel des apprentissages';

/** Group titles of the MC SNO tableau: `stage-1` and `stage-2` are both PFMP (no second year). */
export const MC_SNO_GROUP_TITLES: Record<'formation' | 'pfmp', string> = {
  formation: 'Traces en formation',
  pfmp: 'Traces en PFMP (périodes de formation en milieu professionnel)'
};

/** The group a réalisation of the MC SNO falls in (its cadre, or the one table/build.ts placed it by). */
export function mcSnoGroup(cadre: Cadre): 'formation' | 'pfmp' {
  return cadre === 'formation' ? 'formation' : 'pfmp';
}

/** § 3.3.2.3 « Préparer la certification »: what the dossier numérique gathers besides the traces. */
export const MC_SNO_PIECES_INTRO = 'Le dossier numérique rassemble aussi (guide d’accompagnement de la MC SNO, § 3.3.2.3) :';
export const MC_SNO_PIECES = [
  'l’attestation de PFMP,',
  'le bilan des PFMP (modèle fourni par la circulaire nationale d’organisation),',
  'les traces recueillies tout au long de la formation (évaluation, grille de notation, compte-rendu d’entretiens, etc.),',
  'le tableau de bord de suivi individuel des apprentissages.'
];
