/**
 * The sample values of « Nouveau dossier » (core/template.ts writes them, the
 * `placeholder` rule recognises them), declared once so that the two cannot drift apart.
 * They are deliberately fictitious (« Exempleville », an `.example` address, RFC 2606), so that
 * no real dossier is ever told to replace its own values.
 */
import { text, type Text } from './l10n';

export interface SampleValue {
  value: string;
  /** What the student writes instead, for the message: « … par {what} ». */
  what: Text;
}

export const SAMPLE_CANDIDAT = {
  nom: { value: 'EXEMPLE', what: text('votre nom de famille, en capitales comme sur la convocation', 'your surname, in capitals as on the convocation') },
  prenom: { value: 'Camille', what: text('votre prénom', 'your first name') },
  numero: { value: '01234567890', what: text('votre numéro de candidat (convocation)', 'your candidate number (convocation)') },
  centre: { value: 'Lycée Exemple, Exempleville', what: text('le nom de votre centre', 'the name of your centre') },
  portfolio: { value: 'https://camille-exemple.example/portfolio', what: text('l’adresse de votre portfolio', 'the address of your portfolio') }
} satisfies Record<string, SampleValue>;

/** Host organisations of the two sample stages (first and second year). */
export const SAMPLE_STAGES = ['Mairie d’Exempleville', 'Clinique d’Exempleville'] as const;

/** The sample lycée, where the « formation » réalisations take place. */
export const SAMPLE_LYCEE = 'Lycée Exemple';
export const SAMPLE_VILLE = 'Exempleville';

/** Titles of the sample réalisations, in the template's order: four for SISR, the last two replacing the fiches for SLAM. */
export const SAMPLE_REALISATIONS = [
  'Déploiement de GLPI pour la gestion du parc du lycée',
  'Mise en ligne du site de la médiathèque et sauvegarde du serveur',
  'Segmentation du réseau pédagogique en VLAN',
  'Supervision des serveurs de la clinique avec Zabbix',
  'Application web de réservation des ouvrages de la médiathèque',
  'Évolution de l’application de rendez-vous de la clinique'
] as const;
