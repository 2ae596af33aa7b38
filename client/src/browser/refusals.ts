/**
 * The products VS Code for the Web cannot make yet (the import of a spreadsheet, the portfolio
 * site): their engines read and write files and folders on the disk (node/tableurImport.ts,
 * site/generate.ts are « Node-only »). The PDF and the spreadsheet export are made in the
 * browser (exportPdf.ts, exportTableur.ts).
 * In a browser each of these commands says so in French, names the desktop alternative (the
 * same command in VS Code installed, or `sio-dossier`), and is hidden from the palette and the
 * menus (`!sio.web` in package.json): never a silent failure, never a command that does nothing.
 * No `vscode` import here: the messages are unit-tested (test/unit/web/refusals.test.ts).
 */
import { l10n } from '../l10n';

export const WEB_REFUSED_COMMANDS = ['sio.importTableau', 'sio.generateSite'] as const;
export type WebRefusedCommand = (typeof WEB_REFUSED_COMMANDS)[number];

export function webRefusal(command: WebRefusedCommand): string {
  switch (command) {
    case 'sio.importTableau':
      return l10n.t(
        'L’import d’un tableau de synthèse n’est pas disponible dans VS Code pour le Web. Sur un ordinateur où VS Code est installé, lancez « Dossier SIO : Importer un tableau de synthèse… », ou en ligne de commande : sio-dossier importer {0}',
        '<tableau>.xlsx'
      );
    case 'sio.generateSite':
      return l10n.t(
        'Le site du portfolio ne se génère pas dans VS Code pour le Web. Sur un ordinateur où VS Code est installé, lancez « Dossier SIO : Générer le site du portfolio », ou en ligne de commande : sio-dossier site {0}',
        '<dossier>.sio.yaml'
      );
  }
}
