/**
 * The `sio.*` settings the checks and features depend on. They belong to the core (the rules
 * read them); the server reads them from the editor and protocol.ts re-exports the type.
 */
/** Settings read from the `sio` section (package.json `contributes.configuration`). */
export interface SioSettings {
  /** Severity of `coverage-sub`: "information" by default, "off" to hide it. */
  coverageSub: 'off' | 'hint' | 'information' | 'warning';
  /** Show the official title after each competence id. */
  inlayHints: boolean;
  /** Diagnostics for every *.sio.yaml of the workspace, not only open ones. */
  workspaceDiagnostics: boolean;
  /** Include the review's evaluation grid in the preview and exports. */
  includeEvaluation: boolean;
}

export const defaultSettings: SioSettings = {
  coverageSub: 'information',
  inlayHints: true,
  workspaceDiagnostics: true,
  includeEvaluation: false
};
