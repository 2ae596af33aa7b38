/**
 * LSP fields of a review completion item beyond label and edit: snippets (tab stops, indentation
 * already computed by the core, so the editor must not add its own), markdown documentation from
 * the schema, and a new completion right after insertion where the next value has its own list.
 */
import { InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { ReviewCompletion } from '../../core/review/features';

export function completionExtras(i: ReviewCompletion): Partial<CompletionItem> {
  const out: Partial<CompletionItem> = {};
  if (i.snippet) out.insertTextFormat = InsertTextFormat.Snippet;
  if (i.snippet || i.insert?.includes('\n')) out.insertTextMode = InsertTextMode.asIs;
  if (i.documentation && (i.kind === 'key' || i.kind === 'snippet')) out.documentation = { kind: MarkupKind.Markdown, value: i.documentation };
  if (i.triggerSuggest) out.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return out;
}
