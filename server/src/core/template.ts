/**
 * The example a new dossier starts from, written once for the editor's « Nouveau dossier »
 * (client/src/newDossier.ts, through shared/template.ts) and for `sio-dossier nouveau`
 * (cli/nouveau.ts), so that Neovim and CLI users get the same start. Small but complete, so that
 * the preview, the PDF export and the status bar have something to show from the first second,
 * and commented in French so a candidate can replace it line by line. It is a dossier without
 * problems but its sample values (`placeholder`, and the `.example` addresses the portfolio rule
 * flags): the réalisations cover the six competences of bloc 1 (Annexe I.B), two of them carry the
 * fiches descriptives n° 1 and 2 of the bloc 2 épreuve and cover its competences for the chosen
 * option, and the two stages add up to the ten weeks of Annexe III.B. Its identity, stages and
 * réalisations are the sample values of sample.ts, which the `placeholder` diagnostics and the
 * « Dépôt » checklist point at until they are replaced.
 */
import { firstKnownSession } from './referentiel';
import { SAMPLE_CANDIDAT, SAMPLE_LYCEE, SAMPLE_REALISATIONS, SAMPLE_STAGES, SAMPLE_VILLE } from './sample';

export type TemplateOption = 'SISR' | 'SLAM';

/** The two réalisations carrying the fiches: bloc 2 differs by option (B2.1–B2.3 each). */
const FICHES: Record<TemplateOption, (session: number) => [string, string]> = {
  SISR: (session) => {
    const y2 = session - 1;
    return [`  - id: vlan-lycee
    intitule: ${SAMPLE_REALISATIONS[2]}
    cadre: formation
    periode: du 06/10/${y2} au 24/10/${y2}
    organisation: ${SAMPLE_LYCEE}
    lieu: ${SAMPLE_VILLE}
    modalite: equipe
    competences: [B2.1, B2.2]
    documents:
      - Schéma du réseau et plan d'adressage (PDF)
    description: |
      Conception du plan de VLAN, configuration des commutateurs et du routage inter-VLAN.
    fiche:
      numero: 1
      conditions: |
        Maquette de trois commutateurs et un routeur ; cahier des charges du lycée.
      productions: |
        Configurations et schéma dans le dépôt https://git.example/camille/vlan
`, `  - id: supervision-clinique
    intitule: ${SAMPLE_REALISATIONS[3]}
    cadre: stage-2
    periode: du 12/01/${session} au 06/02/${session}
    organisation: ${SAMPLE_STAGES[1]}
    lieu: ${SAMPLE_VILLE}
    modalite: seul
    competences: [B2.2, B2.3]
    documents:
      - Procédure d'exploitation de Zabbix (PDF)
    description: |
      Installation de Zabbix, ajout des serveurs et des alertes, procédure d'exploitation.
    fiche:
      numero: 2
      conditions: |
        Machine virtuelle Debian fournie par le service informatique de la clinique.
      productions: |
        Procédure et captures d'écran dans le portfolio.
`];
  },
  SLAM: (session) => {
    const y2 = session - 1;
    return [`  - id: reservations-mediatheque
    intitule: ${SAMPLE_REALISATIONS[4]}
    cadre: formation
    periode: du 06/10/${y2} au 24/10/${y2}
    organisation: ${SAMPLE_LYCEE}
    lieu: ${SAMPLE_VILLE}
    modalite: equipe
    competences: [B2.1, B2.3]
    documents:
      - Dossier de conception et modèle de données (PDF)
    description: |
      Conception de la base de données des réservations et développement de l'application web
      de réservation des ouvrages, avec ses tests.
    fiche:
      numero: 1
      conditions: |
        Serveur de développement du lycée, dépôt Git de l'équipe ; cahier des charges de la médiathèque.
      productions: |
        Code source et modèle de données dans le dépôt https://git.example/camille/reservations
`, `  - id: evolution-clinique
    intitule: ${SAMPLE_REALISATIONS[5]}
    cadre: stage-2
    periode: du 12/01/${session} au 06/02/${session}
    organisation: ${SAMPLE_STAGES[1]}
    lieu: ${SAMPLE_VILLE}
    modalite: seul
    competences: [B2.2, B2.3]
    documents:
      - Cahier de recette de l'évolution (PDF)
    description: |
      Correction d'anomalies et ajout de l'export des rendez-vous à l'application de la clinique,
      migration de la base de données et cahier de recette.
    fiche:
      numero: 2
      conditions: |
        Copie de l'application et de sa base fournie par le service informatique de la clinique.
      productions: |
        Cahier de recette et captures d'écran dans le portfolio.
`];
  }
};

export function dossierTemplate(session: number, option: TemplateOption = 'SISR'): string {
  const [f1, f2] = FICHES[option](session);
  const y1 = session - 2; // première année de formation : septembre y1 → juin y1+1
  const y2 = session - 1;
  return `# Dossier d'examen BTS SIO — exemple à remplacer par vos informations.
# Les valeurs d'exemple à remplacer sont signalées (ⓘ) dans la vue « Problèmes » (Ctrl+Maj+M),
# comme chaque problème (compétence manquante, date incohérente…) ; Ctrl+. sélectionne la valeur.
# Commandes utiles (palette F1, en français ou en anglais) :
#   « Dossier SIO : Aperçu du tableau de synthèse » (Preview Synthesis Table),
#   « Dossier SIO : Exporter en PDF » (Export to PDF).

referentiel: bts-sio          # bts-sio | mc-sno
session: ${session}                 # année de l'examen

candidat:
  nom: ${SAMPLE_CANDIDAT.nom.value}                # en capitales, comme sur la convocation
  prenom: ${SAMPLE_CANDIDAT.prenom.value}
  numero: "${SAMPLE_CANDIDAT.numero.value}"       # entre guillemets pour garder le zéro initial
  centre: ${SAMPLE_CANDIDAT.centre.value}
  option: ${option}                # SISR | SLAM
  portfolio: ${SAMPLE_CANDIDAT.portfolio.value}

# Stages en milieu professionnel, dans l'ordre chronologique.
stages:
  - organisation: ${SAMPLE_STAGES[0]}
    periode: du 26/05/${y2} au 27/06/${y2}
    annee: 1
  - organisation: ${SAMPLE_STAGES[1]}
    periode: du 05/01/${session} au 13/02/${session}
    annee: 2

# Réalisations professionnelles : une ligne du tableau de synthèse chacune.
realisations:
  - id: glpi                  # identifiant court et unique
    intitule: ${SAMPLE_REALISATIONS[0]}
    cadre: formation          # formation | stage-1 | stage-2
    periode: du 09/12/${y1} au 20/12/${y1}
    organisation: ${SAMPLE_LYCEE}
    lieu: ${SAMPLE_VILLE}
    modalite: equipe          # seul | equipe
    # Compétences (B1.1) ou sous-compétences (B1.2.1) : Ctrl+Espace propose la liste.
    competences: [B1.1, B1.2, B1.4, B1.6]
    documents:
      - Procédure d'installation de GLPI (PDF)
      - https://git.example/camille/glpi
    description: |
      Installation de GLPI et de l'agent d'inventaire sur les postes de la salle B12,
      création des catégories de tickets et rédaction de la procédure pour l'équipe.

  - id: site-mairie
    intitule: ${SAMPLE_REALISATIONS[1]}
    cadre: stage-1
    periode: du 02/06/${y2} au 20/06/${y2}
    organisation: ${SAMPLE_STAGES[0]}
    lieu: ${SAMPLE_VILLE}
    modalite: seul
    competences: [B1.3, B1.5]
    documents:
      - Compte rendu de mise en production (PDF)
    description: |
      Publication du site sur l'hébergement de la mairie, configuration HTTPS
      et mise en place d'une sauvegarde quotidienne documentée.

  # Les deux réalisations présentées à l'épreuve du bloc 2 portent une « fiche » (n° 1 et n° 2).
${f1}${f2}`;
}

/**
 * Session of the example: the latest one whose periods (the last ends mid-February of the session
 * year) are all over, so the example shows no « période pas encore commencée » warning. The
 * candidate replaces it with their own session anyway.
 */
export function exampleSession(now: Date): number {
  return now.getMonth() >= 2 ? now.getFullYear() : now.getFullYear() - 1;
}

/**
 * Sessions a new dossier may be written for, both ends included. From the first session whose
 * épreuve numbers the référentiel data knows (epreuves.json: 2022 for BTS SIO), so the épreuve
 * and annexe numbers the template, the preview and the PDF print are checked ones; up to the
 * session of a student entering the two-year BTS this calendar year (year + 2), since the
 * template prints periods from September of session − 2 onwards.
 */
export function templateSessions(now: Date): { first: number; last: number } {
  return { first: firstKnownSession('bts-sio') ?? 2022, last: now.getFullYear() + 2 };
}
