/**
 * Every diagnostic code of Dossier SIO, declared once: its severities and its title, French
 * first. The rest derives from this list: `Finding.code` only accepts these codes (a typo or an
 * undeclared code does not compile), the SARIF rules of `sio-dossier check --format sarif` take
 * their descriptions from it (class/sarif.ts), and test/unit/diagnosticCodes.test.ts fails when
 * docs/DIAGNOSTICS.md does not list exactly these codes with these severities.
 *
 * To add a code: add one entry below (alphabetical order inside its group is not required),
 * with the severities the rules can give it, the first being the usual one; then add its row to
 * the table of docs/DIAGNOSTICS.md (code, gravité in French as derived by `severityLabel`, when
 * it fires). Nothing else is to be registered.
 */
import { text, type Text } from './l10n';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticInfo {
  /** The severities the code is published with; the first is the usual one (SARIF default level). */
  severities: readonly Severity[];
  /** Short title (SARIF `shortDescription`, first words of the docs' row). */
  title: Text;
  /** The severity is a setting (`sio.diagnostics.*`). */
  configurable?: boolean;
  /** The severity is the one the teacher wrote in the review file. */
  byTeacher?: boolean;
}

const E: readonly Severity[] = ['error'];
const W: readonly Severity[] = ['warning'];

export const DIAGNOSTICS = {
  // YAML and file
  'yaml-syntax': { severities: ['error', 'warning'], title: text('Le YAML ne se lit pas', 'The YAML cannot be read') },
  'yaml-comment': { severities: W, title: text('« # » non protégé : la suite serait lue comme un commentaire', 'Unquoted "#": the rest would be read as a comment') },
  'file-too-large': { severities: E, title: text('Fichier trop volumineux pour être analysé', 'File too large to be checked') },
  'file-binary': { severities: E, title: text('Fichier binaire ou qui n’est pas en UTF-8', 'Binary file or not UTF-8') },
  // JSON Schema
  'schema-unknown-key': { severities: E, title: text('Clé inconnue', 'Unknown key') },
  'schema-missing-field': { severities: E, title: text('Clé obligatoire absente', 'Required key missing') },
  'schema-invalid-value': { severities: E, title: text('Valeur non valide', 'Invalid value') },
  'schema-type': { severities: E, title: text('Type de valeur incorrect', 'Wrong value type') },
  // Competences and coverage
  'competence-unknown': { severities: E, title: text('Compétence absente du référentiel ou de l’option', 'Competence not in the référentiel or the option') },
  'competence-needs-option': { severities: E, title: text('Compétence d’option sans option choisie', 'Option competence without an option') },
  'competence-duplicate': { severities: ['warning', 'hint'], title: text('Compétence citée deux fois', 'Competence cited twice') },
  'competence-none': { severities: E, title: text('Réalisation sans compétence', 'Réalisation without competence') },
  'coverage-bloc': { severities: E, title: text('Compétence du bloc évalué mobilisée par aucune réalisation', 'Competence of the assessed bloc in no réalisation') },
  'coverage-sub': { severities: ['information'], configurable: true, title: text('Sous-compétence jamais atteinte', 'Sub-competence never reached') },
  'coverage-retained': { severities: W, title: text('Compétence du bloc sans revendication retenue', 'Competence of the bloc with no retained claim') },
  // Fiches descriptives
  'fiche-count': { severities: ['error', 'warning'], title: text('Pas exactement deux fiches descriptives', 'Not exactly two fiches descriptives') },
  'fiche-coverage': { severities: E, title: text('Les fiches ne couvrent pas le bloc 2', 'The fiches do not cover bloc 2') },
  'fiche-description': { severities: W, title: text('Fiche descriptive sans description : verso vide', 'Fiche descriptive without a description: empty verso') },
  'fiche-numero': { severities: E, title: text('Numéros de fiche autres que 1 et 2', 'Fiche numbers other than 1 and 2') },
  // Periods and stages
  'date-format': { severities: E, title: text('Période mal écrite', 'Badly written period') },
  'date-invalid': { severities: E, title: text('Date impossible', 'Impossible date') },
  'date-order': { severities: E, title: text('Fin de période avant son début', 'Period ends before it starts') },
  'date-future': { severities: W, title: text('Période qui finit après aujourd’hui', 'Period ending after today') },
  'date-session': { severities: W, title: text('Période hors des années de formation de la session', 'Period outside the training years of the session') },
  'cadre-periode': { severities: ['warning', 'information'], title: text('Cadre incohérent avec la période', 'Cadre inconsistent with the period') },
  'cadre-missing': { severities: E, title: text('Réalisation sans cadre : le tableau de synthèse n’a pas de place pour elle', 'Réalisation without a cadre: the tableau de synthèse has no place for it') },
  'cadre-mc-sno': { severities: E, title: text('Stage de seconde année dans un dossier MC SNO (formation en un an)', 'Second-year stage in an MC SNO dossier (one-year training)') },
  'stage-duration': { severities: W, title: text('Durée des stages contraire au référentiel', 'Stage durations against the référentiel') },
  // Dossier
  'realisation-duplicate-id': { severities: E, title: text('Deux réalisations avec le même identifiant', 'Two réalisations with the same id') },
  'portfolio-missing': { severities: W, title: text('Portfolio absent', 'Portfolio missing') },
  'option-missing': { severities: W, title: text('Option du BTS SIO absente', 'BTS SIO option missing') },
  placeholder: { severities: ['information'], title: text('Valeur d’exemple du nouveau dossier encore présente', 'Sample value of the new dossier still there') },
  'portfolio-reserved': { severities: W, title: text('Portfolio sur un domaine réservé aux exemples (.example, .test, .invalid)', 'Portfolio on a domain reserved for examples (.example, .test, .invalid)') },
  'url-invalid': { severities: ['error', 'warning'], title: text('Adresse qui n’est pas une URL http(s) valide', 'Not a valid http(s) URL') },
  // What the portfolio site publishes (rules/portfolio.ts, docs/SITE.md)
  'url-locale': { severities: W, title: text('Lien qu’un jury ne peut pas ouvrir (adresse locale ou file:)', 'Link a jury cannot open (local address or file:)') },
  'document-missing': { severities: ['warning', 'error'], title: text('Fichier local introuvable, ou hors du dossier', 'Local file not found, or outside the dossier') },
  'image-alt-missing': { severities: W, title: text('Photo sans texte de remplacement', 'Photo without alternative text') },
  // Review files (docs/REVUE.md)
  review: { severities: ['warning', 'error', 'information', 'hint'], byTeacher: true, title: text('Remarque ouverte de l’enseignant', 'Open remark of the teacher') },
  'review-target-unknown': { severities: E, title: text('Cible de remarque introuvable dans le dossier', 'Remark target not found in the dossier') },
  'review-dossier-missing': { severities: E, title: text('Revue sans dossier relu à côté', 'Review without its dossier beside it') },
  'review-epreuve-unknown': { severities: E, title: text('Épreuve non évaluée sur ce dossier', 'Épreuve not assessed on this dossier') },
  'review-competence-unknown': { severities: E, title: text('Compétence hors du bloc évalué', 'Competence outside the assessed bloc') },
  'review-penalty-unknown': { severities: E, title: text('Pénalité inconnue pour l’épreuve', 'Unknown penalty for the épreuve') },
  'review-penalty-points': { severities: E, title: text('Pénalité au-delà de son maximum', 'Penalty above its maximum') },
  'review-validation-unknown': { severities: E, title: text('Validation d’une réalisation absente du dossier', 'Validation of a réalisation not in the dossier') },
  'review-validation-not-cited': { severities: E, title: text('Validation d’une compétence que la réalisation ne cite pas', 'Validation of a competence the réalisation does not cite') },
  'review-motif-missing': { severities: E, title: text('Refus de compétence sans motif', 'Refusal of a competence without a reason') },
  'review-refused': { severities: W, title: text('Compétence revendiquée non retenue par l’équipe pédagogique', 'Claimed competence not retained by the teaching team') },
  'review-a-revoir': { severities: ['information'], title: text('Compétence revendiquée à revoir', 'Claimed competence to be reviewed') },
  // Fail soft (core/internalError.ts)
  'internal-error': { severities: W, title: text('Vérification interrompue par une erreur interne', 'Check stopped on an internal error') }
} as const satisfies Record<string, DiagnosticInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as DiagnosticCode[];

export function diagnosticInfo(code: string): DiagnosticInfo | undefined {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTICS, code) ? (DIAGNOSTICS as Record<string, DiagnosticInfo>)[code] : undefined;
}

const FR: Record<Severity, string> = { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'suggestion' };

/** The « gravité » column of docs/DIAGNOSTICS.md for a code. */
export function severityLabel(info: DiagnosticInfo): string {
  if (info.byTeacher) return 'selon l’enseignant';
  return info.severities.map((s) => FR[s]).join(' / ') + (info.configurable ? ' (réglable)' : '');
}
