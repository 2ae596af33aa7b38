/**
 * The dossier an export command works on: the file it was invoked on (explorer, editor title,
 * preview toolbar), else the active editor's. Exports write next to the dossier, so it must be
 * a `*.sio.yaml` saved on disk; otherwise the user is told why, in the command's own words.
 */
import * as vscode from 'vscode';
import { isDossierPath } from '../../../shared/naming';

export interface TargetMessages {
  /** No dossier at hand (nothing open, or another kind of file). */
  notADossier: string;
  /** A dossier that is not a file on disk (untitled, remote scheme). */
  notOnDisk: string;
}

/**
 * `savedAnywhere`: a dossier saved in any file system will do (VS Code for the Web's
 * `vscode-remote:`, `vscode-vfs:`), for a command that writes through `workspace.fs` — « Relire
 * ce dossier ». Only an untitled document is refused then.
 */
export function dossierOnDisk(arg: unknown, messages: TargetMessages, opts: { savedAnywhere?: boolean } = {}): vscode.Uri | undefined {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri || !isDossierPath(uri.path)) {
    void vscode.window.showInformationMessage(messages.notADossier);
    return undefined;
  }
  if (opts.savedAnywhere ? uri.scheme === 'untitled' : uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(messages.notOnDisk);
    return undefined;
  }
  return uri;
}
