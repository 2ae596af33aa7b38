/**
 * The JSON Schema of a dossier read as documentation: the French title and description of a
 * key, its enum values and its type, found by the key's path. Completion and hover both ask
 * here, so the editor never says something the schema (and thus the validation) does not.
 */
import dossierSchema from '../../../../schemas/sio-dossier.schema.json';

export interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  $ref?: string;
}

/** `'[]'` stands for "an item of this sequence"; any other segment is a key. */
export type PathSegment = string;
export const ITEM = '[]';

const root = dossierSchema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  return root.definitions[name];
}

/** The schema of the value at `path` (keys and ITEM markers from the root), if the schema knows it. */
export function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const seg of path) {
    node = resolve(node);
    if (!node) return undefined;
    node = seg === ITEM ? node.items : node.properties?.[seg];
  }
  return resolve(node);
}

export function hasType(node: SchemaNode | undefined, t: string): boolean {
  if (!node) return false;
  return Array.isArray(node.type) ? node.type.includes(t) : node.type === t;
}

/** Enum values as they are written in YAML (null is "leave empty", not a value to offer). */
export function enumValues(node: SchemaNode | undefined): string[] {
  return (node?.enum ?? []).filter((v) => v !== null && v !== undefined).map(String);
}

/** Markdown documentation of a key: bold title, then the description. */
export function keyDoc(key: string, node: SchemaNode | undefined): string {
  if (!node) return '';
  const head = node.title ? `**${node.title}** (\`${key}\`)` : `\`${key}\``;
  return node.description ? `${head}\n\n${node.description}` : head;
}
