/**
 * The commands of `sio-dossier`: French names first (the users are French), English aliases
 * second, one scheme for all. Adding a command is one line here (name, aliases, usage) plus its
 * case in the dispatcher; the help text and the alias resolution are built from this table.
 */

export interface CommandSpec {
  /** Canonical French name, the one the help and README show first. */
  name: string;
  /** English alias first, then tolerated spellings (accented French). */
  aliases: string[];
  usage: { fr: string; en: string };
}

export const COMMANDS: CommandSpec[] = [
  { name: 'nouveau', aliases: ['new'], usage: { fr: '<fichier.sio.yaml> [--option SISR|SLAM] [--session année]', en: '<file.sio.yaml> [--option SISR|SLAM] [--session year]' } },
  { name: 'verifier', aliases: ['check', 'vérifier'], usage: { fr: '<fichiers ou dossiers…> [--format text|json|sarif|gitlab] [--corriger] [--lang fr|en]', en: '<files or folders…> [--format text|json|sarif|gitlab] [--fix] [--lang fr|en]' } },
  { name: 'apercu', aliases: ['preview', 'aperçu'], usage: { fr: '<dossier.sio.yaml> -o sortie.html', en: '<dossier.sio.yaml> -o out.html' } },
  { name: 'pdf', aliases: [], usage: { fr: '<dossier.sio.yaml> [-o sortie.pdf] [--evaluation]', en: '<dossier.sio.yaml> [-o out.pdf] [--evaluation]' } },
  { name: 'classe', aliases: ['class'], usage: { fr: '<dossier> [--format csv|json] [-o sortie.csv]', en: '<folder> [--format csv|json] [-o out.csv]' } },
  {
    name: 'depot',
    aliases: ['deposit', 'dépôt'],
    usage: {
      fr: '<dossiers ou dossier de classe…> [--format text|json] [--resume] | <dossier.sio.yaml> --archive <sortie.zip> | <classe/> --archive <dossier/> | --verifier <archive.zip>',
      en: '<dossiers or class folder…> [--format text|json] [--summary] | <dossier.sio.yaml> --archive <out.zip> | <class/> --archive <folder/> | --verifier <archive.zip>'
    }
  },
  { name: 'tableur', aliases: ['spreadsheet'], usage: { fr: '<dossier.sio.yaml> [--modele modèle.xlsx|.ods] [-o sortie.xlsx|.ods]', en: '<dossier.sio.yaml> [--modele template.xlsx|.ods] [-o out.xlsx|.ods]' } },
  { name: 'importer', aliases: ['import'], usage: { fr: '<tableau.xlsx|.ods|.csv> [-o nouveau.sio.yaml]', en: '<tableau.xlsx|.ods|.csv> [-o new.sio.yaml]' } },
  // The same word in both languages; --verifier-liens has the English alias --check-links.
  { name: 'site', aliases: ['website'], usage: { fr: '<dossier.sio.yaml> [-o dossier-du-site] [--verifier-liens]', en: '<dossier.sio.yaml> [-o site-folder] [--check-links]' } }
];

/** The options of every command, for `parseArgs` (main.ts, and bin.ts before loading it). */
export const CLI_OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  evaluation: { type: 'boolean' },
  corriger: { type: 'boolean' },
  fix: { type: 'boolean' },
  archive: { type: 'string' },
  verifier: { type: 'string' },
  resume: { type: 'boolean' },
  summary: { type: 'boolean' },
  modele: { type: 'string' },
  template: { type: 'string' },
  'verifier-liens': { type: 'boolean' },
  'check-links': { type: 'boolean' },
  option: { type: 'string' },
  session: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const;

/** The canonical name of what the user typed (French name or alias, any case), or null. */
export function resolveCommand(typed: string): string | null {
  const t = typed.toLowerCase();
  return COMMANDS.find((c) => c.name === t || c.aliases.includes(t))?.name ?? null;
}

/** `verifier|check`: the name and its English alias, as the help writes them. */
export function commandLabel(c: CommandSpec): string {
  return [c.name, ...c.aliases.slice(0, 1)].join('|');
}

export function helpText(): string {
  const lines = (lang: 'fr' | 'en') => COMMANDS.map((c) => `  sio-dossier ${commandLabel(c)} ${c.usage[lang]}`).join('\n');
  return `sio-dossier — vérifie et exporte les dossiers BTS SIO / MC SNO (*.sio.yaml)

Utilisation (nom français|alias anglais) :
${lines('fr')}

  --corriger : applique dans les fichiers chaque correction rapide sans ambiguïté (écriture
  atomique ; un fichier sans correction n’est pas touché) et affiche ce qui a changé.

Codes de sortie : 0 sans erreur, 1 si au moins une erreur, 2 si la commande est mal formée ;
depot : 0 si chaque dossier est prêt pour le dépôt (--verifier : archive intacte), 1 sinon.

Usage (English; French name|English alias):
${lines('en')}

  --fix (= --corriger): applies every unambiguous quick fix to the files (atomic write; a file
  without fixes is not touched) and prints what changed.
Exit codes: 0 no error, 1 errors found, 2 bad usage; depot: 0 when every dossier is ready for the
deposit (--verifier: intact archive), 1 otherwise.`;
}
