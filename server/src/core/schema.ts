/**
 * JSON Schema validation (ajv) of the dossier, with each error mapped back to the YAML node
 * it concerns: an unknown key underlines the key, a bad value underlines the value, a missing
 * field underlines the key of the object that lacks it.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Document, isMap, isPair, isScalar, isSeq, Node, Scalar, YAMLMap } from 'yaml';
import type { Finding } from './finding';
import { internalError } from './internalError';
import { text, type Text } from './l10n';
import { closest } from './text/similar';
import { valueText } from './text/valueText';
import { dossierValidator } from './validators';

type Segment = string | number;

function pathOf(instancePath: string): Segment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

interface Located {
  node: Node | null;
  /** The key node whose value is `node` (null for the root and sequence items). */
  key: Node | null;
}

function locate(doc: Document.Parsed, path: Segment[]): Located {
  let node: unknown = doc.contents;
  let key: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = (node as YAMLMap).items.find((p) => isPair(p) && isScalar(p.key) && valueText(p.key.value) === String(seg));
      if (!pair || !isPair(pair)) return { node: node as Node, key };
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      key = null;
      node = node.items[seg];
    } else {
      break;
    }
  }
  return { node: (node as Node) ?? null, key };
}

function rangeOf(n: Node | null | undefined): [number, number] | null {
  return n?.range ? [n.range[0], n.range[1]] : null;
}

function fieldTitle(err: ErrorObject): string {
  const s = err.parentSchema as { title?: string } | undefined;
  return s?.title ? ` (${s.title})` : '';
}

/** Where the object at `located` starts: its key, else its first key, else its own range. */
function objectAnchor(loc: Located, source: string): [number, number] {
  const k = rangeOf(loc.key);
  if (k) return k;
  if (isMap(loc.node) && loc.node.items.length) {
    const first = loc.node.items[0];
    if (isPair(first)) {
      const r = rangeOf(first.key as Node);
      if (r) return r;
    }
  }
  const own = rangeOf(loc.node);
  if (own) return own;
  const nl = source.indexOf('\n');
  return [0, nl === -1 ? source.length : nl];
}

/** `doc` may be given as a function: the tree is read only to locate errors (core/incremental assembles it on demand). */
export function validateSchema(doc: Document.Parsed | null | (() => Document.Parsed), data: unknown, source: string): Finding[] {
  return schemaFindings(dossierValidator(), doc, data, source, NOT_A_DOSSIER);
}

const NOT_A_DOSSIER = text(
  'Le dossier doit être une suite de clés : referentiel, session, candidat, profil, stages, veille, realisations. Utilisez l’extrait « dossier » pour partir d’un modèle.',
  'The dossier must be a mapping of keys: referentiel, session, candidat, profil, stages, veille, realisations. Use the "dossier" snippet to start from a template.'
);

/**
 * The same mapping of ajv errors to YAML nodes for any schema (the dossier's, the review file's):
 * `validate` is a compiled ajv validator (allErrors, verbose), `notAnObject` the message when the
 * document is not a mapping at all.
 */
export function schemaFindings(validate: ValidateFunction, doc: Document.Parsed | null | (() => Document.Parsed), data: unknown, source: string, notAnObject: Text): Finding[] {
  if (!doc || data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const nl = source.indexOf('\n');
    return [
      {
        code: 'schema-type',
        severity: 'error',
        message: notAnObject,
        start: 0,
        end: nl === -1 ? source.length : nl
      }
    ];
  }
  if (validate(data)) return [];
  const tree = typeof doc === 'function' ? doc() : doc;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const err of validate.errors ?? []) {
    // `if` only says "must match the then/else schema": that branch's own errors are the useful ones.
    if (err.keyword === 'if') continue;
    const f = mappedOrInternal(err, tree, source);
    if (!f) continue;
    const k = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

/** One ajv error as a finding; if mapping it throws, `internal-error` at the value it concerns. */
function mappedOrInternal(err: ErrorObject, doc: Document.Parsed, source: string): Finding | null {
  try {
    return toFinding(err, doc, source);
  } catch {
    let r: [number, number] = [0, 0];
    try {
      r = rangeOf(locate(doc, pathOf(err.instancePath)).node) ?? r;
    } catch {
      // the location itself failed: the start of the file
    }
    return internalError('JSON Schema', r[0], r[1]);
  }
}

function toFinding(err: ErrorObject, doc: Document.Parsed, source: string): Finding | null {
  const path = pathOf(err.instancePath);
  const loc = locate(doc, path);
  switch (err.keyword) {
    case 'additionalProperties': {
      const name = valueText((err.params as { additionalProperty: unknown }).additionalProperty);
      const parent = loc.node;
      let r: [number, number] | null = null;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && valueText(p.key.value) === name);
        if (pair && isPair(pair)) r = rangeOf(pair.key as Node);
      }
      const allowed = Object.keys((err.parentSchema as { properties?: object })?.properties ?? {});
      const guess = closest(name, allowed, 1);
      return {
        code: 'schema-unknown-key',
        severity: 'error',
        message: guess.length
          ? text(`Clé inconnue « ${name} » : vouliez-vous dire « ${guess[0]} » ?`, `Unknown key "${name}": did you mean "${guess[0]}"?`)
          : text(`Clé inconnue « ${name} ». Clés possibles ici : ${allowed.join(', ')}.`, `Unknown key "${name}". Keys allowed here: ${allowed.join(', ')}.`),
        start: (r ?? objectAnchor(loc, source))[0],
        end: (r ?? objectAnchor(loc, source))[1],
        data: guess.length ? { kind: 'replace', replacements: [{ text: guess[0], title: text(`Remplacer par « ${guess[0]} »`, `Replace with "${guess[0]}"`) }] } : undefined
      };
    }
    case 'required': {
      const missing = valueText((err.params as { missingProperty: unknown }).missingProperty);
      const [start, end] = objectAnchor(loc, source);
      const where = path.length === 0 ? text('Le dossier', 'The dossier') : text('Cet élément', 'This entry');
      return {
        code: 'schema-missing-field',
        severity: 'error',
        message: text(`${where.fr} doit contenir la clé « ${missing} ».`, `${where.en} must contain the key "${missing}".`),
        start,
        end,
        data: { kind: 'replace', replacements: [{ text: missing, title: text(`Ajouter « ${missing} »`, `Add "${missing}"`) }] }
      };
    }
    case 'enum': {
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).filter((v) => v !== null).map((v) => valueText(v));
      const r = rangeOf(loc.node) ?? objectAnchor(loc, source);
      const value = valueText(err.data);
      const guess = closest(value, allowed, 1);
      return {
        code: 'schema-invalid-value',
        severity: 'error',
        message: text(
          `Valeur « ${value} » non valide${fieldTitle(err)} : valeurs possibles ${allowed.map((a) => `« ${a} »`).join(', ')}.` + (guess.length ? ` Vouliez-vous dire « ${guess[0]} » ?` : ''),
          `Invalid value "${value}"${fieldTitle(err)}: allowed values ${allowed.map((a) => `"${a}"`).join(', ')}.` + (guess.length ? ` Did you mean "${guess[0]}"?` : '')
        ),
        start: r[0],
        end: r[1],
        data: {
          kind: 'replace',
          replacements: (guess.length ? guess : allowed).map((a) => ({ text: a, title: text(`Remplacer par « ${a} »`, `Replace with "${a}"`) }))
        }
      };
    }
    case 'type': {
      const expected = String((err.params as { type: string | string[] }).type);
      // `intitule:` with nothing after it: the value is null, its range is empty (nothing is
      // underlined) and quoting it gives `""`, which only moves the problem. Say "missing" on the
      // key instead; an empty period is already reported on its key by the date rules.
      if (isScalar(loc.node) && loc.node.value === null && loc.key?.range) {
        const name = valueText((loc.key as Scalar).value);
        if (name === 'periode') return null;
        return {
          code: 'schema-type',
          severity: 'error',
          message: text(`Valeur manquante${fieldTitle(err)} : complétez « ${name}: ».`, `Missing value${fieldTitle(err)}: fill in "${name}:".`),
          start: loc.key.range[0],
          end: loc.key.range[1]
        };
      }
      const r = rangeOf(loc.node) ?? objectAnchor(loc, source);
      const wantsString = expected.includes('string');
      const raw = source.slice(r[0], r[1]).trimEnd();
      return {
        code: 'schema-type',
        severity: 'error',
        message: wantsString
          ? text(`Texte attendu${fieldTitle(err)} : mettez la valeur entre guillemets ("${raw}").`, `Text expected${fieldTitle(err)}: put the value in quotes ("${raw}").`)
          : text(`Type de valeur incorrect${fieldTitle(err)} : ${frenchType(expected)} attendu.`, `Wrong value type${fieldTitle(err)}: ${expected} expected.`),
        start: r[0],
        end: r[1],
        data:
          wantsString && isScalar(loc.node)
            ? { kind: 'replace', replacements: [{ text: JSON.stringify(raw), title: text('Mettre entre guillemets', 'Put in quotes') }] }
            : undefined
      };
    }
    default: {
      const r = rangeOf(loc.node) ?? objectAnchor(loc, source);
      return {
        code: 'schema-invalid-value',
        severity: 'error',
        message: describe(err),
        start: r[0],
        end: r[1]
      };
    }
  }
}

function frenchType(t: string): string {
  return t
    .replace('string', 'texte')
    .replace('integer', 'nombre entier')
    .replace('number', 'nombre')
    .replace('object', 'liste de clés')
    .replace('array', 'liste')
    .replace('null', 'vide')
    .replace(/,/g, ' ou ');
}

function describe(err: ErrorObject) {
  const t = fieldTitle(err);
  switch (err.keyword) {
    case 'pattern':
      return text(
        `Valeur mal formée${t} : utilisez des lettres sans accents, des chiffres et des tirets (ex. « glpi-parc »).`,
        `Malformed value${t}: use unaccented letters, digits and dashes (e.g. "glpi-parc").`
      );
    case 'minLength':
      return text(`Valeur vide${t} : complétez-la.`, `Empty value${t}: fill it in.`);
    case 'minimum':
    case 'maximum':
      return text(`Valeur hors limites${t}.`, `Value out of range${t}.`);
    default:
      return text(`Valeur non valide${t}.`, `Invalid value${t}.`);
  }
}
