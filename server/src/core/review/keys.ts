/**
 * Keys of a review file, completed and documented from its JSON Schema
 * (schemas/sio-revue.schema.json) at every level: the top level (`revue`, `relecteur`, `remarques`,
 * `evaluation`…), a remark (`cible`, `niveau`, `message`, `statut`) and an épreuve of the
 * evaluation (`competences`, `penalites`, `appreciation`). The schema is the single source: a key
 * it gains (or loses) is offered (or not) without touching this file. Keys already written in the
 * same mapping are not offered again.
 */
import reviewSchema from '../../../../schemas/sio-revue.schema.json';
import type { ReviewCompletion } from './completionItem';

interface Node {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
  additionalProperties?: Node | boolean;
  $ref?: string;
}

const root = reviewSchema as unknown as Node & { definitions: Record<string, Node> };

function resolve(node: Node | undefined): Node | undefined {
  return node?.$ref ? root.definitions[node.$ref.replace('#/definitions/', '')] : node;
}

/**
 * The mapping whose keys are typed at this place, from the enclosing keys (outermost first):
 * [] → the file; ['remarques'] → a remark; ['evaluation', <code>] → an épreuve.
 */
export function mappingAt(path: readonly string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const seg of path) {
    node = resolve(node);
    if (!node) return undefined;
    const prop = node.properties?.[seg];
    if (prop) {
      const p = resolve(prop);
      node = p?.items ? resolve(p.items) : p; // a list of mappings: its items' keys
    } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      node = resolve(node.additionalProperties);
    } else return undefined;
  }
  node = resolve(node);
  return node?.properties ? node : undefined;
}

/** Markdown of a key: bold title, the key, the description (as the dossier's keys: schemaInfo.ts). */
export function keyDocumentation(key: string, node: Node): string {
  const head = node.title ? `**${node.title}** (\`${key}\`)` : `\`${key}\``;
  return node.description ? `${head}\n\n${node.description}` : head;
}

/** A key and its documentation, for the hover of a key (path: enclosing keys, outermost first). */
export function keyInfo(path: readonly string[], key: string): string | null {
  const node = mappingAt(path)?.properties?.[key];
  const r = resolve(node);
  return r ? keyDocumentation(key, r) : null;
}

function isContainer(node: Node): boolean {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.includes('object') || types.includes('array');
}

/**
 * Key items for the mapping at `path`. `present`: keys already in that mapping; `indent`: column of
 * the keys (a list or a mapping value goes on the next lines, two spaces deeper).
 */
export function keyItems(path: readonly string[], present: ReadonlySet<string>, indent: number, span: { start: number; end: number }): ReviewCompletion[] {
  const mapping = mappingAt(path);
  if (!mapping?.properties) return [];
  const required = new Set(mapping.required ?? []);
  const pad = ' '.repeat(indent + 2);
  return Object.entries(mapping.properties)
    .filter(([key]) => !present.has(key))
    .map(([key, raw], i): ReviewCompletion => {
      const node = resolve(raw) ?? {};
      const list = !!resolve(node.items);
      return {
        label: key,
        kind: 'key',
        detail: node.title,
        documentation: keyDocumentation(key, node),
        insert: isContainer(node) ? `${key}:\n${pad}${list ? '- ' : ''}` : `${key}: `,
        // Required keys first, then the schema's order.
        sortText: `${required.has(key) ? 0 : 1}${String(i).padStart(2, '0')}`,
        ...span
      };
    });
}

/**
 * Keys written in the mapping that holds `offset`, whose keys sit at column `indent`: the lines
 * above (up to the dash of its list item or a line indented less) and below (up to the next item
 * or a line indented less). On a `- ` line the item starts at the cursor: nothing above counts.
 */
export function presentKeys(source: string, offset: number, indent: number): Set<string> {
  const lines = source.split('\n');
  const at = source.slice(0, offset).split('\n').length - 1;
  const out = new Set<string>();
  const shape = (line: string) => {
    const lead = /^(\s*)(-\s+)?/.exec(line)!;
    const key = /^\s*(?:-\s+)?([^\s:#"'][^:#]*?)\s*:(?:\s|$)/.exec(line);
    return { spaces: lead[1].length, dash: !!lead[2], col: lead[0].length, key: key ? key[1].trim() : null };
  };
  const meaningful = (line: string) => line.trim() !== '' && !/^\s*#/.test(line);
  if (!shape(lines[at]).dash) {
    for (let i = at - 1; i >= 0; i--) {
      if (!meaningful(lines[i])) continue;
      const l = shape(lines[i]);
      if (l.col === indent && l.key) out.add(l.key);
      if (l.dash && l.col === indent) break; // the item's first line
      if (l.spaces < indent && !(l.dash && l.col === indent)) break;
    }
  }
  for (let i = at + 1; i < lines.length; i++) {
    if (!meaningful(lines[i])) continue;
    const l = shape(lines[i]);
    if (l.spaces < indent || (l.dash && l.col <= indent)) break;
    if (l.col === indent && l.key) out.add(l.key);
  }
  return out;
}
