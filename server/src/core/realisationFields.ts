/**
 * The fields of a réalisation professionnelle, in one table: the order of the official tableau
 * de synthèse's columns and of the fiche descriptive (Annexe VI-1 / 9-1-A), which are required,
 * the allowed values. The model (model.ts), the parser (parse.ts), the review targets
 * (review/targets.ts), the « Nouvelle réalisation » snippet (features/completionSnippets.ts) and
 * the missing-field fix (features/missingField.ts) derive from it; the JSON Schema
 * (schemas/sio-dossier.schema.json, also read by yaml-language-server, so it cannot import this),
 * the static snippets (snippets/sio.code-snippets.json) and the new-dossier template
 * (core/template.ts) are checked against it by test/unit/realisationFields.test.ts.
 * To add a field: one entry here, then the schema (the test says what to write).
 */
import { text, type Text } from './l10n';

export interface RealisationField {
  key: string;
  /** `text`: one scalar; `list`: a list of scalars; `map`: a nested mapping (the fiche). */
  kind: 'text' | 'list' | 'map';
  /** Required by the schema (`definitions.realisation.required`). */
  required: boolean;
  /** The allowed values (schema `enum`), in the order completion offers them. */
  values?: readonly string[];
  /** In the « Nouvelle réalisation » snippet, with this placeholder when it is free text. */
  snippet?: { placeholder?: Text };
}

export const REALISATION_FIELDS = [
  { key: 'id', kind: 'text', required: true, snippet: {} },
  { key: 'intitule', kind: 'text', required: true, snippet: { placeholder: text('Intitulé de la réalisation', 'Title of the réalisation') } },
  { key: 'cadre', kind: 'text', required: false, values: ['formation', 'stage-1', 'stage-2'], snippet: {} },
  { key: 'periode', kind: 'text', required: true, snippet: {} },
  { key: 'organisation', kind: 'text', required: false, snippet: {} },
  { key: 'lieu', kind: 'text', required: false },
  { key: 'modalite', kind: 'text', required: false, values: ['seul', 'equipe'], snippet: {} },
  { key: 'competences', kind: 'list', required: true, snippet: {} },
  { key: 'documents', kind: 'list', required: false },
  { key: 'description', kind: 'text', required: false },
  { key: 'fiche', kind: 'map', required: false }
] as const satisfies readonly RealisationField[];

export type RealisationKey = (typeof REALISATION_FIELDS)[number]['key'];
/** The fields holding one scalar (located as a `Str` in the model). */
export type RealisationTextKey = Extract<(typeof REALISATION_FIELDS)[number], { kind: 'text' }>['key'];

export const REALISATION_KEYS: readonly RealisationKey[] = REALISATION_FIELDS.map((f) => f.key);
export const REALISATION_TEXT_KEYS = REALISATION_FIELDS.filter((f) => f.kind === 'text').map((f) => f.key) as readonly RealisationTextKey[];

/**
 * An id no réalisation of the dossier uses: `r<n>` with the smallest n ≥ `from` (the snippet
 * starts at the new réalisation's rank, the missing-id fix at 1).
 */
export function freeRealisationId(model: { realisations: readonly { id?: { value: string } }[] }, from = 1): string {
  const used = new Set(model.realisations.map((r) => r.id?.value));
  let n = from;
  while (used.has(`r${n}`)) n++;
  return `r${n}`;
}
