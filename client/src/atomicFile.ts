/** The desktop's writer of userFiles.ts: `file:` URIs atomically (write beside, then rename), others through `workspace.fs`. */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';

/** Writes next to the target then renames: an interrupted export never leaves half a file. */
export async function writeAtomic(path: string, content: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await fsp.writeFile(tmp, content);
  try {
    await fsp.rename(tmp, path);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
}

export async function desktopWriter(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (uri.scheme === 'file') return writeAtomic(uri.fsPath, bytes);
  await vscode.workspace.fs.writeFile(uri, bytes);
}
