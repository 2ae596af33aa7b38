/**
 * How the client writes a file the person asked for (the class view's CSV): through
 * `workspace.fs.writeFile` — the only writer VS Code for the Web has (vscode.dev, github.dev, a
 * school's code-server) — unless the desktop entry installed its atomic writer for `file:` URIs
 * (atomicFile.ts: next to the target, then renamed, so an interrupted export never leaves half a file).
 */
import * as vscode from 'vscode';

export type FileWriter = (uri: vscode.Uri, bytes: Uint8Array) => Promise<void>;

let writer: FileWriter = async (uri, bytes) => vscode.workspace.fs.writeFile(uri, bytes);

/** The desktop entry (extension.ts) replaces the writer at activation. */
export function setFileWriter(next: FileWriter): void {
  writer = next;
}

export function writeUserFile(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  return writer(uri, bytes);
}
