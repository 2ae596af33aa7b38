/**
 * YAML syntax errors in French, explaining the traps students actually fall into:
 * an unquoted " : " or " #" inside a title, a tab used for indentation, a missing quote.
 */
import { isScalar, visit, type Document, type YAMLError } from 'yaml';
import type { Finding } from './finding';
import { Text, text } from './l10n';

const QUOTE_HINT = text(
  ' Si un intitulé contient « : » ou « # », mettez-le entre guillemets : intitule: "Mise à jour : serveur web".',
  ' If a title contains ": " or " #", put it in quotes: intitule: "Update: web server".'
);

/**
 * The quoting hint, spoken about the key at hand: a review's `message: La fin : …` gets
 * `message: "La fin : …"`, not an example about a dossier's `intitule` (issue 24). Without a
 * `key: value` line at `start`, the general example.
 */
function quoteHint(source: string, start: number): Text {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const nl = source.indexOf('\n', start);
  const line = source.slice(lineStart, nl < 0 ? source.length : nl).slice(0, 500);
  const m = /^\s*(?:-\s+)?([A-Za-z_][\w-]{0,40}):[ \t]+(.*)$/.exec(line);
  const value = m ? m[2].trimEnd() : '';
  if (!m || !value || /^["']/.test(value)) return QUOTE_HINT;
  const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  const quoted = `${m[1]}: "${shown.replace(/"/g, '\\"')}"`;
  return text(` Mettez la valeur entre guillemets : ${quoted}.`, ` Put the value in quotes: ${quoted}.`);
}

function explain(code: string, hint: Text = QUOTE_HINT): Text {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return text(
        'Syntaxe YAML : un « : » suivi d’un espace dans une valeur est lu comme une nouvelle clé.' + hint.fr,
        'YAML syntax: a ": " inside a value is read as a new key.' + hint.en
      );
    case 'TAB_AS_INDENT':
      return text(
        'Syntaxe YAML : une tabulation sert d’indentation ; YAML n’accepte que des espaces. Remplacez la tabulation par des espaces (2 par niveau).',
        'YAML syntax: a tab is used for indentation; YAML only accepts spaces. Replace the tab with spaces (2 per level).'
      );
    case 'BAD_INDENT':
      return text(
        'Syntaxe YAML : indentation incohérente. Les clés d’un même niveau doivent commencer dans la même colonne (2 espaces par niveau).',
        'YAML syntax: inconsistent indentation. Keys of the same level must start in the same column (2 spaces per level).'
      );
    case 'DUPLICATE_KEY':
      return text('Cette clé apparaît deux fois au même niveau : gardez-en une seule.', 'This key appears twice at the same level: keep only one.');
    case 'MISSING_CHAR':
      return text(
        'Syntaxe YAML : un caractère fermant manque (guillemet, crochet « ] » ou accolade « } »).',
        'YAML syntax: a closing character is missing (quote, "]" or "}").'
      );
    case 'BAD_SCALAR_START':
      return text(
        'Syntaxe YAML : une valeur ne peut pas commencer par ce caractère (@, `, %, |, >…) sans guillemets.' + QUOTE_HINT.fr,
        'YAML syntax: a value cannot start with this character (@, `, %, |, >…) without quotes.' + QUOTE_HINT.en
      );
    case 'BAD_DQ_ESCAPE':
      return text(
        'Syntaxe YAML : barre oblique inverse « \\ » invalide entre guillemets doubles. Utilisez des guillemets simples ou doublez-la (\\\\).',
        'YAML syntax: invalid backslash "\\" inside double quotes. Use single quotes or double it (\\\\).'
      );
    case 'BAD_ALIAS':
      return text('Syntaxe YAML : alias (*nom) inconnu ou mal formé.', 'YAML syntax: unknown or malformed alias (*name).');
    default:
      return text(
        'Syntaxe YAML invalide à cet endroit : vérifiez l’indentation (espaces, pas de tabulation) et les guillemets.' + QUOTE_HINT.fr,
        'Invalid YAML syntax here: check indentation (spaces, no tabs) and quotes.' + QUOTE_HINT.en
      );
  }
}

const UNCLOSED_QUOTE = text(
  'Syntaxe YAML : ce guillemet n’est jamais fermé, la valeur court jusqu’à la fin du fichier. Fermez-le à la fin de la valeur (ou retirez-le).',
  'YAML syntax: this quote is never closed, so the value runs to the end of the file. Close it at the end of the value (or remove it).'
);

/**
 * `yaml` reports an unclosed quote at the end of the file, far from the mistake: the quoted
 * scalar it could not close runs to that end, so its start is the quote the student opened.
 */
function unclosedQuote(err: YAMLError, doc: Document.Parsed | undefined, source: string): Finding | null {
  // Only the error at the end of the file is that case: a garbage file's hundred other
  // MISSING_CHAR errors must not each walk the whole tree.
  if (err.code !== 'MISSING_CHAR' || !doc || err.pos[0] < source.length - 1 || !/quote/i.test(err.message)) return null;
  let open: number | null = null;
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || !node.range) return;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range[1] >= source.length - 1) {
        open = node.range[0];
        return visit.BREAK;
      }
    }
  });
  if (open === null) return null;
  const nl = source.indexOf('\n', open);
  const end = (nl === -1 ? source.length : nl) - (source[nl - 1] === '\r' ? 1 : 0);
  return { code: 'yaml-syntax', severity: 'error', message: UNCLOSED_QUOTE, start: open, end: Math.max(end, open + 1) };
}

export function yamlErrorFinding(err: YAMLError, source: string, doc?: Document.Parsed): Finding {
  const quote = unclosedQuote(err, doc, source);
  if (quote) return quote;
  const [s, e] = err.pos;
  const start = Math.max(0, Math.min(s, source.length));
  let end = Math.max(start, Math.min(e, source.length));
  let hint = QUOTE_HINT;
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') {
    // yaml points at the value's first character; the whole value is what must be quoted.
    const nl = source.indexOf('\n', start);
    end = (nl === -1 ? source.length : nl) - (source[nl - 1] === '\r' ? 1 : 0);
    hint = quoteHint(source, start);
  }
  if (end === start) {
    // Underline to the end of the line so the error is visible even at a line end.
    const nl = source.indexOf('\n', start);
    end = nl === -1 ? source.length : nl;
    if (end === start && start > 0) return { code: 'yaml-syntax', severity: 'error', message: explain(err.code, hint), start: start - 1, end: start };
  }
  return { code: 'yaml-syntax', severity: 'error', message: explain(err.code, hint), start, end };
}
