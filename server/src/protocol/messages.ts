/**
 * The custom messages of Dossier SIO, declared once as typed requests and notifications for
 * the server (server/src), the client (client/src), the webview (webview/src) and the tests:
 * method name, params and result in one place, so that no call site asserts its own result
 * type. Model: vscode-eslint `$shared/customMessages.ts`, rust-analyzer `lsp_ext.ts`.
 * Only types and message declarations here: no behaviour, nothing from the editor.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ClassOverview } from './classOverview';
import type { SyntheseModel } from './synthese';

export type { SioSettings } from './settings';
export { defaultSettings } from './settings';
export type { SyntheseModel, ClassOverview };
export type { ClassRow } from './classOverview';

/**
 * Client → server. The synthesis table model of an open dossier: the preview and the
 * PDF export render it, so neither reparses the YAML. `null` model when the document is
 * not a dossier or does not parse far enough to build one.
 */
export interface SyntheseParams {
  uri: string;
  /** Include the review's evaluation grid (teacher setting). */
  includeEvaluation?: boolean;
  /**
   * Count the coverage on the claims the review retains, when it decides any (the preview; the
   * exported PDF keeps the candidate's claims, which is what the tableau deposits).
   */
  retainedCoverage?: boolean;
}
export interface SyntheseResult {
  uri: string;
  version: number;
  model: SyntheseModel | null;
}
/** `null` when the document is not open in the server. */
export const SyntheseRequest = new RequestType<SyntheseParams, SyntheseResult | null, void>('sio/synthese');

/**
 * Server → client. Sent after each validation of a dossier, for the status bar:
 * coverage of the evaluated bloc.
 */
export interface CoverageParams {
  uri: string;
  version: number;
  /** "Bloc 1" / "Bloc 2"… */
  label: string;
  covered: number;
  total: number;
  missing: string[];
  /** BTS SIO with an option: the fiches descriptives of the bloc-2 épreuve (core/coverage.ts fichesStatus). */
  fiches?: { count: number; expected: number; missing: string[] };
  /**
   * Set when the review file next to the dossier decides claims: the figures then count retained
   * claims only, and each missing competence says why (core/review/claims.ts).
   */
  retained?: { states: Record<string, 'refusee' | 'a-revoir' | 'en-attente' | 'non-mobilisee'> };
}
export const CoverageNotification = new NotificationType<CoverageParams>('sio/coverage');

/**
 * Client → server. The « Vue de classe »: one row per dossier of the workspace folders (open or
 * not), see server/src/products/class/overview.ts. Rows carry the dossier's URI in `file`.
 */
export interface ClasseParams {
  /** Only the dossiers under this folder URI (the view opened on a folder of the explorer). */
  folder?: string;
}
export type ClasseResult = ClassOverview;
export const ClasseRequest = new RequestType<ClasseParams, ClasseResult, void>('sio/classe');

/**
 * Client → server. The deposit checklist of an open dossier (« Dépôt » view), with its texts in
 * the server's language; `null` when the URI is not an open dossier. See server/src/products/depot/.
 */
export interface DepotParams {
  uri: string;
}
export interface DepotResult {
  uri: string;
  ready: boolean;
  /** `command`: the editor command that fixes the item (an export), run by the view's button. */
  items: { id: string; ok: boolean; title: string; detail: string; where?: { uri: string; line?: number }; command?: string }[];
}
export const DepotRequest = new RequestType<DepotParams, DepotResult | null, void>('sio/depot');

/** Client commands named by the server's code actions (protocol/clientCommands.ts). */
export { SelectValueCommand } from './clientCommands';

/** Options the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** UI language of the editor ("fr", "en"…). */
  locale?: string;
}
