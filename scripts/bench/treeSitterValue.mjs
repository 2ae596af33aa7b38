/**
 * Bench only (scripts/bench/parsers.mjs, never bundled): turns a tree-sitter-yaml syntax tree
 * into what our rules start from, a located value (maps, lists and scalars with their offsets)
 * and the plain JS value the JSON Schema validates. tree-sitter gives a concrete syntax tree
 * only: scalar values (quotes, escapes, line folding, block scalars `|`/`>`, the core schema's
 * null/bool/number) are ours to compute, which is what this file does, so that the bench can
 * time that work instead of guessing it.
 *
 * Scope: what generated dossiers and the examples use (block and flow collections, plain,
 * quoted and block scalars, comments). Anchors, aliases, tags, explicit keys `?`, block scalar
 * indentation indicators and `|+` are not converted: `Unsupported` is thrown, the bench says so.
 * The bench checks the result against `yaml`'s toJS on every size (same value or it reports it).
 */

export class Unsupported extends Error {}

const SKIP = new Set(['comment']);

/**
 * Walks with a TreeCursor (one wasm call per step, no child arrays allocated): the cheapest way
 * web-tree-sitter offers to visit a tree.
 * @returns {{ located: object | null, value: unknown }}
 */
export function convertTree(tree, src) {
  const c = tree.walk();
  try {
    // stream → document → (block_node | flow_node)
    if (!c.gotoFirstChild()) return { located: null, value: null };
    while (c.nodeType !== 'document') if (!c.gotoNextSibling()) return { located: null, value: null };
    return convertDocument(c, src);
  } finally {
    c.delete();
  }
}

/** The node under the cursor and everything below it (used to convert one changed item). */
export function convertAt(node, src) {
  const c = node.walk();
  try {
    return node.type === 'document' ? convertDocument(c, src) : convertNode(c, src);
  } finally {
    c.delete();
  }
}

function convertDocument(c, src) {
  if (!c.gotoFirstChild()) return { located: null, value: null };
  do {
    if (!SKIP.has(c.nodeType) && (c.nodeType === 'block_node' || c.nodeType === 'flow_node')) return convertNode(c, src);
  } while (c.gotoNextSibling());
  return { located: null, value: null };
}

/** Cursor on a block_node / flow_node / collection / scalar; cursor is left where it was. */
function convertNode(c, src) {
  const type = c.nodeType;
  if (type === 'block_node' || type === 'flow_node' || type === 'block_sequence_item') {
    const start = c.startIndex;
    if (!c.gotoFirstChild()) return { located: { kind: 'scalar', start, end: start }, value: null };
    let out = null;
    do {
      const t = c.nodeType;
      if (SKIP.has(t) || t === '-') continue;
      if (t === 'anchor' || t === 'tag' || t === 'alias') throw new Unsupported(t);
      out = convertNode(c, src);
      break;
    } while (c.gotoNextSibling());
    c.gotoParent();
    return out ?? { located: { kind: 'scalar', start, end: start }, value: null };
  }
  if (type === 'block_mapping' || type === 'flow_mapping') return convertMap(c, src);
  if (type === 'block_sequence' || type === 'flow_sequence') return convertSeq(c, src);
  return convertScalar(c, src);
}

function convertMap(c, src) {
  const located = { kind: 'map', start: c.startIndex, end: c.endIndex, pairs: [] };
  const value = {};
  if (c.gotoFirstChild()) {
    do {
      const t = c.nodeType;
      if (t !== 'block_mapping_pair' && t !== 'flow_pair') {
        if (t === 'flow_node') throw new Unsupported('flow mapping entry without value');
        continue;
      }
      let key = null;
      let val = { located: null, value: null };
      if (c.gotoFirstChild()) {
        do {
          const field = c.currentFieldName;
          if (field === 'key') key = convertNode(c, src);
          else if (field === 'value') val = convertNode(c, src);
          else if (c.nodeType === '?') throw new Unsupported('explicit key');
        } while (c.gotoNextSibling());
        c.gotoParent();
      }
      located.pairs.push({ key: key?.located ?? null, value: val.located });
      value[String(key?.value ?? '')] = val.value;
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  return { located, value };
}

function convertSeq(c, src) {
  const located = { kind: 'seq', start: c.startIndex, end: c.endIndex, items: [] };
  const value = [];
  if (c.gotoFirstChild()) {
    do {
      const t = c.nodeType;
      if (t === 'block_sequence_item' || t === 'flow_node' || t === 'block_node') {
        const item = convertNode(c, src);
        located.items.push(item.located);
        value.push(item.value);
      } else if (t === 'flow_pair') throw new Unsupported('pair in a flow sequence');
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  return { located, value };
}

function convertScalar(c, src) {
  const type = c.nodeType;
  const start = c.startIndex;
  const end = c.endIndex;
  const raw = src.slice(start, end);
  let value;
  if (type === 'plain_scalar') value = plain(c, raw);
  else if (type === 'double_quote_scalar') value = doubleQuoted(raw);
  else if (type === 'single_quote_scalar') value = fold(raw.slice(1, -1)).replace(/''/g, "'");
  else if (type === 'block_scalar') value = blockScalar(raw);
  else if (type === 'ERROR') throw new Unsupported('ERROR node');
  else throw new Unsupported(type);
  return { located: { kind: 'scalar', start, end, value }, value };
}

/** The grammar tags a plain scalar with its core-schema type (string, integer, float, boolean, null). */
function plain(c, raw) {
  c.gotoFirstChild();
  const t = c.nodeType;
  c.gotoParent();
  if (t === 'null_scalar') return null;
  if (t === 'boolean_scalar') return /^t/i.test(raw);
  if (t === 'integer_scalar') return raw.startsWith('0o') ? parseInt(raw.slice(2), 8) : Number(raw);
  if (t === 'float_scalar') return /^[-+]?\.inf$/i.test(raw) ? (raw.startsWith('-') ? -Infinity : Infinity) : /\.nan$/i.test(raw) ? NaN : Number(raw);
  return raw.includes('\n') ? fold(raw) : raw;
}

/** Flow scalar line folding: a line break becomes a space, n blank lines become n line breaks. */
function fold(s) {
  if (!s.includes('\n')) return s;
  const lines = s.split(/\r?\n/);
  let out = lines[0].replace(/[ \t]+$/, '');
  let blanks = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = i === lines.length - 1 ? lines[i].replace(/^[ \t]+/, '') : lines[i].trim();
    if (line === '' && i < lines.length - 1) {
      blanks++;
      continue;
    }
    out += blanks ? '\n'.repeat(blanks) : ' ';
    out += line;
    blanks = 0;
  }
  return out;
}

const ESC = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };

function doubleQuoted(raw) {
  const body = raw.slice(1, -1);
  // An escaped line break joins the lines with nothing; fold the rest first.
  const folded = fold(body.replace(/\\\r?\n[ \t]*/g, '\u0000'));
  return folded.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (!(e in ESC)) throw new Unsupported(`escape \\${e}`);
    return ESC[e];
  }).replace(/\u0000/g, '');
}

/** `|` literal or `>` folded, chomping clip or strip (`-`). */
function blockScalar(raw) {
  const nl = raw.indexOf('\n');
  const header = (nl < 0 ? raw : raw.slice(0, nl)).replace(/\s+#.*$/, '').trim();
  if (!/^[|>]-?$/.test(header)) throw new Unsupported(`block scalar header ${header}`);
  if (nl < 0) return '';
  const lines = raw.slice(nl + 1).split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (!lines.length) return '';
  const indent = /^ */.exec(lines.find((l) => l.trim() !== ''))[0].length;
  const body = lines.map((l) => l.slice(indent));
  let text;
  if (header[0] === '|') text = body.join('\n');
  else {
    text = '';
    for (let i = 0; i < body.length; i++) {
      const line = body[i];
      const prev = body[i - 1];
      if (i === 0) text = line;
      else if (line === '' || prev === '' || /^[ \t]/.test(line) || /^[ \t]/.test(prev)) text += '\n' + line;
      else text += ' ' + line;
    }
  }
  return header.endsWith('-') ? text : text + '\n';
}
