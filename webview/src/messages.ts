/**
 * Messages between the preview panel (extension) and its page, declared once for both
 * sides (model: VS Code markdown preview, types/previewMessaging.d.ts). Each carries the
 * URI of the previewed document as `source`, so a message meant for another document's
 * preview is never applied.
 */
import type { SyntheseModel } from '../../shared/protocol';

/** Extension → page: a newer model; the page re-renders its body in place. */
export interface UpdateMessage {
  type: 'update';
  source: string;
  /** Document version the model was built from; older than the last applied = ignored. */
  version: number;
  /** null: the document no longer parses as a dossier (the page says so). */
  model: SyntheseModel | null;
}

/** Extension → page: the cursor is in this réalisation; null clears the highlight. */
export interface HighlightMessage {
  type: 'highlight';
  source: string;
  realisationId: string | null;
}

export type ToPageMessage = UpdateMessage | HighlightMessage;

/** Page → extension: a row was clicked; reveal its line in the editor. */
export interface RevealMessage {
  type: 'reveal';
  source: string;
  realisationId: string;
  line: number;
}

/** Page → extension: a document link was clicked (the extension re-checks http/https). */
export interface OpenLinkMessage {
  type: 'openLink';
  source: string;
  href: string;
}

/** Page → extension: the toolbar's export button. */
export interface ExportPdfMessage {
  type: 'exportPdf';
  source: string;
}

/** Page → extension: the toolbar's spreadsheet button (the official tableau as .xlsx/.ods). */
export interface ExportTableurMessage {
  type: 'exportTableur';
  source: string;
}

export type FromPageMessage = RevealMessage | OpenLinkMessage | ExportPdfMessage | ExportTableurMessage;

/** What the page keeps through `setState` (restored by the panel serializer after reload). */
export interface PreviewState {
  source: string;
  scrollY: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The extension trusts nothing the page says without checking its shape. */
export function isFromPageMessage(v: unknown): v is FromPageMessage {
  if (!isObject(v) || typeof v.source !== 'string') return false;
  switch (v.type) {
    case 'reveal': return typeof v.realisationId === 'string' && typeof v.line === 'number' && Number.isInteger(v.line) && v.line >= 0;
    case 'openLink': return typeof v.href === 'string';
    case 'exportPdf': return true;
    case 'exportTableur': return true;
    default: return false;
  }
}

export function isToPageMessage(v: unknown): v is ToPageMessage {
  if (!isObject(v) || typeof v.source !== 'string') return false;
  switch (v.type) {
    case 'update': return typeof v.version === 'number' && (v.model === null || isObject(v.model));
    case 'highlight': return v.realisationId === null || typeof v.realisationId === 'string';
    default: return false;
  }
}

export function isPreviewState(v: unknown): v is PreviewState {
  return isObject(v) && typeof v.source === 'string' && typeof v.scrollY === 'number';
}
