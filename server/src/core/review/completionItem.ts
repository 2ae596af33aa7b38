/**
 * A completion item of a review file, as the core gives it (the server turns it into LSP):
 * shared by features/completion.ts, keys.ts and validationEditor.ts, in its own file so that none of them
 * imports another for it.
 */
export type ItemKind = 'reference' | 'field' | 'competence' | 'value' | 'epreuve' | 'penalty' | 'key' | 'snippet';

export interface ReviewCompletion {
  label: string;
  detail?: string;
  documentation?: string;
  kind: ItemKind;
  /** Text to insert (defaults to label). */
  insert?: string;
  /** Replaced span (the word being typed). */
  start: number;
  end: number;
  sortText?: string;
  /** `insert` is a snippet (tab stops), indented by the core. */
  snippet?: boolean;
  /** Open the completion again once inserted (the value typed next has its own list). */
  triggerSuggest?: boolean;
}
