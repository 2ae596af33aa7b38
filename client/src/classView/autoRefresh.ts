/**
 * When the class view must refresh by itself: a dossier or a review file of the class was saved,
 * created, deleted or changed on disk (another program, `git pull`), or edited in an editor
 * (the server reads open documents' text, so an unsaved remark counts too). Events are debounced:
 * a teacher typing a remark, or a checkout touching thirty files, causes one refresh, not thirty.
 */
import * as vscode from 'vscode';
import { isDossierOrReviewPath } from '../../../shared/naming';

/**
 * After a save or a change on disk, and after a keystroke: short, since the server's overview is
 * incremental (lsp/handlers/classe.ts: only the changed dossier is checked again; it used to
 * recompute all of them, 0.3 s for 30 dossiers, behind a 1.5 s typing delay). Edit → updated row
 * ≤ 300 ms on 35 dossiers is measured by `npm run bench` (scripts/bench/classViewBench.mjs).
 */
export const CLASS_REFRESH_DELAY_MS = 150;
export const CLASS_TYPING_DELAY_MS = 150;

export function isClassFile(uri: vscode.Uri): boolean {
  return isDossierOrReviewPath(uri.path);
}

/** Calls `refresh` once things have been quiet for CLASS_REFRESH_DELAY_MS after a class file changed. */
export function watchClassFiles(refresh: () => void): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (uri: vscode.Uri, delay = CLASS_REFRESH_DELAY_MS) => {
    if (!isClassFile(uri)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, delay);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{sio,revue}.{yaml,yml}');
  const subs = [
    watcher,
    watcher.onDidChange(schedule),
    watcher.onDidCreate(schedule),
    watcher.onDidDelete(schedule),
    vscode.workspace.onDidSaveTextDocument((d) => schedule(d.uri)),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && schedule(e.document.uri, CLASS_TYPING_DELAY_MS))
  ];
  return {
    dispose: () => {
      if (timer) clearTimeout(timer);
      subs.forEach((s) => s.dispose());
    }
  };
}
