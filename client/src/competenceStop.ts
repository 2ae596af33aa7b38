/**
 * Where the competence list should open by itself: the cursor inside an empty `competences: []`
 * (the last tab stop of the « Nouvelle réalisation » snippet). Pure, for unit tests; the editor
 * side is competenceSuggest.ts.
 */
const EMPTY_COMPETENCES = /^\s*(?:-\s+)?competences:\s*\[\s*\]\s*(?:#.*)?$/;

/** True when `character` (0-based) sits between the brackets of an empty `competences: []`. */
export function atEmptyCompetenceList(lineText: string, character: number): boolean {
  if (!EMPTY_COMPETENCES.test(lineText)) return false;
  const open = lineText.indexOf('[');
  const close = lineText.indexOf(']', open);
  return character > open && character <= close;
}
