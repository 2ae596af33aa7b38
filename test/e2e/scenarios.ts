/**
 * The end-to-end scenarios, described once as data and played by two drivers:
 * - test/e2e/code-server/*.test.ts: a real VS Code workbench (code-server) in headless
 *   Chromium, driven through its UI like a student would (Quick Open, Problems panel,
 *   Ctrl+Space, command palette, the preview webview);
 * - test/e2e/electron/*.test.ts: VS Code desktop via @vscode/test-electron and the
 *   `vscode` API (for contributors who can download VS Code).
 *
 * Files are relative to the workspace folder, which the runners fill from examples/
 * (the lead's example dossiers) and test/e2e/fixtures/ (dossiers made for these tests).
 */

/** A problem the user must see in the Problems panel for the opened file. */
export interface ExpectedProblem {
  /** Substring of the message as shown (the code-server UI is in English or French). */
  messageIncludes: string;
  /** Diagnostic code when the rule that raises it is known (see docs/DIAGNOSTICS.md). */
  code?: string;
  /** 1-based line and column where the problem starts, when the scenario is about its place. */
  at?: { line: number; column: number };
}

export interface DiagnosticsScenario {
  title: string;
  /** File to open, relative to the workspace folder. */
  file: string;
  expected: ExpectedProblem[];
}

export interface CompletionScenario {
  title: string;
  file: string;
  /** Text on the line where the cursor goes; the cursor is placed right after `after`. */
  line: string;
  after: string;
  /** Labels that must be offered. */
  expectedLabels: string[];
}

export interface CommandScenario {
  title: string;
  file: string;
  /** Command id; the code-server driver finds its palette title in package.nls*.json. */
  command: string;
}

export interface PreviewScenario extends CommandScenario {
  /** Strings the preview table must show. */
  expectedText: string[];
}

export interface ExportScenario extends CommandScenario {
  /** The PDF (or spreadsheet) expected next to the dossier, relative to the workspace folder. */
  pdf: string;
  /** Strings its text must contain (read back with pdftotext). */
  expectedText: string[];
}

/** (a) A dossier with known mistakes: its problems are listed. */
export const diagnostics: DiagnosticsScenario = {
  title: 'un dossier avec des erreurs connues les montre dans le panneau Problèmes',
  file: 'erreurs.sio.yaml',
  expected: [
    // B9.9 does not exist in Annexe I.B of the BTS SIO référentiel (docs/DIAGNOSTICS.md).
    // In French (sio.langue: fr) although the code-server UI is English.
    { messageIncludes: 'Compétence « B9.9 » inconnue', code: 'competence-unknown' },
  ],
};

/** (b) Ctrl+Space inside `competences: [` offers the référentiel's competence ids. */
export const completion: CompletionScenario = {
  title: 'Ctrl+Espace dans « competences: [ » propose les compétences du référentiel',
  file: 'completion.sio.yaml',
  line: '    competences: []',
  after: '    competences: [',
  expectedLabels: ['B1.1', 'B1.2'],
};

/** (c) The synthesis table preview opens and shows the dossier's rows. */
export const preview: PreviewScenario = {
  title: 'la commande « Aperçu du tableau de synthèse » affiche le tableau du dossier',
  file: 'apercu.sio.yaml',
  command: 'sio.showPreview',
  expectedText: ['DURAND', 'Application de gestion des stages'],
};

/** (d) Export to PDF writes the PDF next to the dossier. */
export const exportPdf: ExportScenario = {
  title: 'la commande « Exporter en PDF » écrit le PDF à côté du dossier',
  file: 'apercu.sio.yaml',
  command: 'sio.exportPdf',
  pdf: 'apercu.pdf',
  expectedText: ['DURAND', 'Application de gestion des stages'],
};

/** (j) The official spreadsheet written next to the dossier, read back by LibreOffice. */
export const exportTableur: ExportScenario = {
  title: 'la commande « Exporter le tableau de synthèse (tableur) » écrit le tableur officiel à côté du dossier',
  file: 'apercu.sio.yaml',
  command: 'sio.exportTableur',
  pdf: 'apercu.tableau.xlsx',
  expectedText: ['NOM et prénom : DURAND Hugo', '☒ SLAM', 'Application de gestion des stages'],
};

export interface SiteScenario extends CommandScenario {
  /** The site's home page expected next to the dossier, relative to the workspace folder. */
  index: string;
  /** A réalisation page the site must have, relative to the workspace folder. */
  realisationPage: string;
  /** Strings the home page must show. */
  expectedText: string[];
}

/** (n) « Générer le site du portfolio » writes <nom>-site/ next to the dossier. */
export const site: SiteScenario = {
  title: 'la commande « Générer le site du portfolio » écrit le site à côté du dossier',
  file: 'apercu.sio.yaml',
  command: 'sio.generateSite',
  index: 'apercu-site/index.html',
  realisationPage: 'apercu-site/realisation-r1.html',
  expectedText: ['DURAND', 'Application de gestion des stages'],
};

/** (e) A teacher's remark in x.revue.yaml is shown among the problems of x.sio.yaml. */
export const review: DiagnosticsScenario = {
  title: 'une remarque de l’enseignant dans x.revue.yaml apparaît dans les problèmes de x.sio.yaml',
  file: 'relu.sio.yaml',
  expected: [{ messageIncludes: 'Préciser le logiciel de sauvegarde utilisé', code: 'review' }],
};

export interface LinkScenario extends CommandScenario {
  /** The document link of the dossier the student clicks in the preview. */
  link: string;
}

/** (f) A link of the dossier in the preview opens only after one confirmation; Cancel opens nothing. */
export const previewLink: LinkScenario = {
  title: 'un lien de l’aperçu demande l’accord une seule fois, et Annuler n’ouvre rien',
  file: 'lien.sio.yaml',
  command: 'sio.showPreview',
  link: 'https://portfolio.example.org/sauvegarde',
};

export interface FixAllScenario {
  title: string;
  file: string;
  /** The diagnostic the dossier repeats, and how many times. */
  code: string;
  count: number;
}

/** (g) Fourteen periods written « JJ/MM/AAAA - JJ/MM/AAAA »: one « Fix all » clears the 14 errors. */
export const fixAll: FixAllScenario = {
  title: 'un seul « Corriger tout » efface les 14 erreurs de période écrites avec « - »',
  file: 'tirets.sio.yaml',
  code: 'date-format',
  count: 14,
};

export interface NarrowPreviewScenario extends CommandScenario {
  /** The line of a réalisation where the cursor goes (its row is highlighted in the preview),
   *  found by its text so that the example can grow above it. */
  line: string;
  realisationId: string;
}

/** (h) The preview beside the editor (half the window) shows the highlighted row's marks without scrolling. */
export const narrowPreview: NarrowPreviewScenario = {
  title: 'l’aperçu à côté de l’éditeur montre les croix de la réalisation sous le curseur',
  file: 'lea-martin-sisr.sio.yaml',
  command: 'sio.showPreview',
  line: '  - id: glpi',
  realisationId: 'glpi',
};

/** (i) The teaching team refused a claimed competence: the warning sits on that citation. */
export const refusal: DiagnosticsScenario = {
  title: 'un refus de compétence dans x.revue.yaml apparaît sur sa citation dans les problèmes de x.sio.yaml',
  file: 'refus.sio.yaml',
  expected: [
    {
      messageIncludes: 'Compétence B1.3 non retenue par M. Dupont : La réalisation ne montre pas de présence en ligne',
      code: 'review-refused',
      // `    competences: [B1.1, B1.3]`: B1.3 starts at column 25 of line 13.
      at: { line: 13, column: 25 }
    }
  ],
};
/** (k) « Vue de classe » from the palette lists the class and counts a remark as soon as it is saved. */
export interface ClassViewScenario extends CommandScenario {
  /** Candidate names the view must list (NOM as written). */
  expectedNames: string[];
  /** The reviewed candidate whose « Remarques » cell is watched, and the review file edited. */
  reviewed: string;
  reviewFile: string;
  /** A remark appended to the review file (its YAML lines, under `remarques:`). */
  addedRemark: string[];
  remarksBefore: number;
  /** Header of the column counting open remarks. */
  remarksColumn: string;
  /** Text of the dossier's status bar item, a click on which opens the Dossier SIO menu. */
  statusItem: string;
  /** The menu entry that opens the view. */
  menuEntry: string;
  /** A folder of the workspace, its dossiers' NOM: the view opened on it lists those only. */
  folder: string;
  folderNames: string[];
}

export const classView: ClassViewScenario = {
  title: 'la « Vue de classe » ouverte depuis la palette montre la classe et compte une remarque dès son enregistrement',
  file: 'suivi.sio.yaml',
  command: 'sio.showClassView',
  expectedNames: ['SUIVI', 'DURAND', 'PETIT'],
  reviewed: 'SUIVI',
  reviewFile: 'suivi.revue.yaml',
  addedRemark: ['  - cible: r1.periode', '    niveau: erreur', '    message: Période à vérifier.'],
  remarksBefore: 1,
  remarksColumn: 'Remarques',
  statusItem: 'Bloc 1',
  menuEntry: 'Vue de classe',
  folder: 'groupe-b',
  folderNames: ['ROY'],
};

/** (l) « Nouveau dossier » from the palette: the new file shows what to replace (`placeholder`). */
export interface NewDossierScenario extends CommandScenario {
  /** Name typed in the file name box (without .sio.yaml). */
  name: string;
  expected: ExpectedProblem[];
}

export const newDossier: NewDossierScenario = {
  title: 'un nouveau dossier créé depuis la palette signale les valeurs d’exemple à remplacer',
  file: 'e2e-nouveau.sio.yaml',
  command: 'sio.newDossier',
  name: 'e2e-nouveau',
  expected: [
    { messageIncludes: 'remplacez « Lycée Exemple, Exempleville » par le nom de votre centre', code: 'placeholder' },
    { messageIncludes: 'Stage d’exemple : remplacez « Mairie d’Exempleville »', code: 'placeholder' },
  ],
};

/**
 * (o) Issue 25's first complaint: « Nouveau dossier », nothing changed but the stages'
 * attestations — « Dépôt » said « Prêt pour le dépôt ». It now says « pas prêt », names its
 * dossier, and names the example values, each an item of its own.
 */
export interface DepotNewDossierScenario {
  title: string;
  file: string;
  command: string;
  name: string;
  /** `attestation:` lines added after each stage's `annee:` line, and the files they name. */
  attestations: string[];
  /** Text the « Dépôt » view shows (message, header, rows). */
  expectedInView: string[];
}

export const depotNewDossier: DepotNewDossierScenario = {
  title: 'un nouveau dossier inchangé, attestations données : « Dépôt » dit « pas prêt » et nomme les valeurs d’exemple',
  file: 'e2e-depot.sio.yaml',
  command: 'sio.newDossier',
  name: 'e2e-depot',
  attestations: ['attestations/e2e-stage-1.pdf', 'attestations/e2e-stage-2.pdf'],
  expectedInView: [
    'e2e-depot.sio.yaml : pas prêt pour le dépôt',
    'Exemple à remplacer : le nom (« EXEMPLE »)',
    'Exemple à remplacer : le prénom (« Camille »)'
  ]
};

/**
 * (m) The « Nouvelle réalisation » snippet: its period is JJ/MM/AAAA tab stops (no date raising a
 * false warning) and the competence list opens by itself at its last stop, `competences: []`.
 */
export interface SnippetScenario {
  title: string;
  file: string;
  /** The line where the snippet is asked for; the cursor goes at its end. */
  line: string;
  snippet: string;
  /** Text the inserted snippet shows before anything is typed. */
  insertedIncludes: string;
  /** Tab stops before the competence list. */
  stopsBeforeCompetences: number;
  /** Labels the competence list offers at that stop. */
  expectedLabels: string[];
}

export const realisationSnippet: SnippetScenario = {
  title: 'l’extrait « Nouvelle réalisation » attend une période JJ/MM/AAAA et ouvre la liste des compétences à son dernier arrêt',
  file: 'nouvelle-realisation.sio.yaml',
  line: '  - ',
  snippet: 'Nouvelle réalisation',
  insertedIncludes: 'periode: du JJ/MM/AAAA au JJ/MM/AAAA',
  stopsBeforeCompetences: 11,
  expectedLabels: ['B1.2', 'B1.3'],
};

/**
 * (p) Issue 24's « done when »: a teacher creates a review from the palette (« Relire ce
 * dossier »), writes a remark with a French colon and refuses one claim; the CodeLens above
 * `realisations:`, the status bar and the class view's row then say the same counts.
 */
export interface ReviewFromPaletteScenario extends CommandScenario {
  reviewer: string;
  reviewFile: string;
  /** Typed at the end of the new review file, line by line. */
  lines: string[];
  /** What the CodeLens and the status bar both say once the review is saved. */
  counts: string;
  candidate: string;
  /** The class view's « Couverture » cell of that row. */
  classCell: string;
}

export const reviewFromPalette: ReviewFromPaletteScenario = {
  title: 'une revue créée depuis la palette, une remarque avec « : » et un refus : CodeLens, barre d’état et vue de classe disent les mêmes nombres',
  file: 'relire.sio.yaml',
  command: 'sio.relireDossier',
  reviewer: 'M. Dupont',
  reviewFile: 'relire.revue.yaml',
  lines: [
    'remarques:',
    '  - cible: site',
    '    niveau: avertissement',
    '    message: >-',
    '      Période : à préciser avec le tuteur',
    'validations:',
    '  parc:',
    '    B1.1: retenue',
    '  site:',
    '    B1.3:',
    '      decision: refusee',
    '      motif: >-',
    '        Aucune présence en ligne : pas de lien public'
  ],
  counts: '1/6 compétences retenues, 1 refusée, 4 en attente',
  candidate: 'RELU Camille',
  classCell: '1/6 · 4 en attente'
};

/**
 * (r) The first completion after typing a réalisation block by hand in a dossier that cites
 * B1.1, B1.2 and B1.4: the space after `competences:` opens the competence list, the three bloc-1 competences not cited yet
 * first (issue 25: the first one took 5.8 s, later ones under 1 s).
 */
export interface FirstCompletionScenario {
  title: string;
  file: string;
  /** Lines typed after the last line; the last one, `competences:`, gets its space (a trigger). */
  typed: string[];
  uncoveredFirst: string[];
}

export const firstCompletion: FirstCompletionScenario = {
  title: 'une réalisation tapée à la main : l’espace après « competences: » ouvre la liste des compétences, celles pas encore citées en tête',
  file: 'premiere-completion.sio.yaml',
  typed: [
    '  - id: supervision',
    '    intitule: Supervision du réseau avec Zabbix',
    '    cadre: formation',
    '    periode: du 08/01/2026 au 30/01/2026',
    '    competences:',
  ],
  uncoveredFirst: ['B1.3', 'B1.5', 'B1.6'],
};
