/**
 * Inputs refused before or instead of an analysis, each with a clear message at the cause:
 * too deep, too large (or too large to be read in pieces), binary. Used by core/parse.ts.
 */
import type { Finding } from './finding';
import type { Obstacle, ObstacleReason } from './incremental/cut';
import { text, type Text } from './l10n';
import { MAX_NESTING, nestingDepth } from './text/nesting';

/**
 * Above this size the file is not a dossier anyone typed; refuse instead of freezing the editor.
 * A real dossier is 5–30 kB (30 réalisations ≈ 10 kB). The limit bounds the cost of one parse,
 * which `yaml` cannot interrupt: garbage YAML costs it ~1 ms of CPU per kB (a 900 kB line of
 * `- - -` took 3 s at the former 1 MB limit), so 250 kB keeps any input near the 200 ms a
 * request may block the server (figures: scripts/bench/hostile-cpu.ts, docs/PERFORMANCE.md).
 */
export const MAX_DOSSIER_BYTES = 250_000;
/**
 * Up to this size a dossier is still analysed when it cuts into pieces (top-level keys, items of
 * `realisations` and `stages`) of at most MAX_DOSSIER_BYTES each, parsed one by one
 * (core/incremental): 2,000 réalisations are ≈ 673 kB (issue 16). Beyond, refused unread.
 */
export const MAX_CUT_DOSSIER_BYTES = 1_000_000;

export function refuse(source: string, bytesOnDisk: number): Finding | null {
  // Nesting first: a deeply nested file is usually large too, and « too deep » says what to fix.
  // Deep nesting crashes the process inside yaml (V8 regexp compile near the stack limit): see text/nesting.ts.
  const deep = nestingDepth(source);
  if (deep.depth > MAX_NESTING) {
    return {
      code: 'yaml-syntax',
      severity: 'error',
      message: text(
        `Imbrication trop profonde (plus de ${MAX_NESTING} niveaux de listes ou de « [ » / « { ») : un dossier en compte 5 ou 6, le fichier n’est pas analysé. Vérifiez les crochets et l’indentation.`,
        `Nesting too deep (more than ${MAX_NESTING} levels of lists or "[" / "{"): a dossier has 5 or 6, the file is not analysed. Check the brackets and the indentation.`
      ),
      start: deep.at,
      end: Math.min(deep.at + 1, source.length)
    };
  }
  if (source.length > MAX_CUT_DOSSIER_BYTES) {
    const kb = Math.round(Math.max(source.length, bytesOnDisk) / 1000);
    return {
      code: 'file-too-large',
      severity: 'error',
      message: text(
        `Fichier trop volumineux (${kb} ko) : un dossier dépasse rarement 100 ko, il n’est pas analysé au-delà de ${MAX_CUT_DOSSIER_BYTES / 1000} ko. Vérifiez qu’il s’agit bien d’un dossier SIO.`,
        `File too large (${kb} kB): dossiers rarely exceed 100 kB and are not analysed beyond ${MAX_CUT_DOSSIER_BYTES / 1000} kB. Check that this is a SIO dossier.`
      ),
      start: 0,
      end: Math.min(source.length, 1)
    };
  }
  const nul = source.indexOf('\u0000');
  const bad = source.indexOf('\uFFFD');
  const at = nul >= 0 ? nul : bad;
  if (at >= 0) {
    return {
      code: 'file-binary',
      severity: 'error',
      message: text(
        nul >= 0
          ? 'Le fichier contient des octets binaires (caractère NUL) : ce n’est pas un texte YAML. Enregistrez le dossier en texte UTF-8.'
          : 'Le fichier contient des caractères invalides (encodage qui n’est pas de l’UTF-8 ?). Enregistrez le dossier en UTF-8.',
        nul >= 0
          ? 'The file contains binary bytes (NUL character): it is not YAML text. Save the dossier as UTF-8 text.'
          : 'The file contains invalid characters (not UTF-8?). Save the dossier as UTF-8.'
      ),
      start: at,
      end: at + 1
    };
  }
  return null;
}

/** What prevents cutting, as the refusal names it. */
const REASONS: Record<ObstacleReason, Text> = {
  'line-break': text('un retour chariot (CR) seul', 'a lone carriage return (CR)'),
  tab: text('une tabulation dans l’indentation', 'a tab in the indentation'),
  marker: text('un marqueur de document (« --- », « ... ») ou une directive « % »', 'a document marker ("---", "...") or a "%" directive'),
  line: text('une ligne en colonne 0 qui n’est ni une clé ni un élément « - »', 'a line at column 0 that is neither a key nor a "- " item'),
  'piece-size': text(`une partie (clé de premier niveau, réalisation ou stage) de plus de ${MAX_DOSSIER_BYTES / 1000} ko`, `a part (top-level key, réalisation or stage) over ${MAX_DOSSIER_BYTES / 1000} kB`),
  syntax: text('une erreur de syntaxe YAML (guillemet, crochet ou accolade non fermé ?)', 'a YAML syntax error (an unclosed quote, bracket or brace?)'),
  link: text('une ancre « & », un alias « * » ou une clé de fusion « << », qui lient les parties entre elles', 'an anchor "&", an alias "*" or a merge key "<<", which link the parts'),
  shape: text('une partie qui ne se lit pas seule (forme inattendue)', 'a part that cannot be read alone (unexpected shape)'),
  'empty-end': text('une clé sans valeur à la fin de cette partie', 'a key without a value at the end of this part'),
  duplicate: text('une clé de premier niveau en double', 'a duplicate top-level key'),
  few: text('un fichier fait d’une seule partie', 'a file made of a single part')
};

/**
 * A file over MAX_DOSSIER_BYTES that cannot be read in pieces: one `yaml` parse of all of it
 * could block the server for seconds (issue 17), so it is refused, at the line that prevents
 * cutting, with what to change.
 */
export function tooLargeToCut(source: string, why: Obstacle, bytesOnDisk: number): Finding {
  const kb = Math.round(Math.max(source.length, bytesOnDisk) / 1000);
  const max = MAX_DOSSIER_BYTES / 1000;
  const reason = REASONS[why.obstacle];
  const at = Math.max(0, Math.min(why.at, source.length));
  const eol = source.indexOf('\n', at);
  return {
    code: 'file-too-large',
    severity: 'error',
    message: text(
      `Fichier trop volumineux (${kb} ko) : un dossier dépasse rarement 100 ko, il n’est pas analysé au-delà de ${max} ko d’un seul tenant. Jusqu’à ${MAX_CUT_DOSSIER_BYTES / 1000} ko, il l’est par parties de ${max} ko au plus (clés de premier niveau, éléments de « realisations » et de « stages »), mais ici ${reason.fr} empêche de le découper. Corrigez cette ligne, ou répartissez le dossier en plusieurs fichiers.`,
      `File too large (${kb} kB): dossiers rarely exceed 100 kB and are not analysed beyond ${max} kB in one piece. Up to ${MAX_CUT_DOSSIER_BYTES / 1000} kB they are, in parts of at most ${max} kB (top-level keys, items of "realisations" and "stages"), but here ${reason.en} prevents cutting it. Fix this line, or split the dossier into several files.`
    ),
    start: at,
    end: Math.max(Math.min(eol < 0 ? source.length : eol, at + 200), Math.min(at + 1, source.length))
  };
}
