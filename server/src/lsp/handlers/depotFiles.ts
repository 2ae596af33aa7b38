/**
 * The deposit checklist (products/depot/checklist.ts) over the server's FileView: the exports and
 * attestations beside a dossier are looked up by URI, on the disk on the desktop and through the
 * client's `workspace.fs` in a browser, so the « Dépôt » view and the class view are one code path.
 * In a browser the client answers asynchronously: depotOfAsync first asks for every file the
 * checklist looks at, then runs it on the answers.
 */
import type { Finding } from '../../core/finding';
import { kindOf } from '../../core/model';
import type { ParsedDossier } from '../../core/parse';
import type { ParsedReview } from '../../core/review';
import type { DepotSummary } from '../../products/class/claims';
import { depotChecklist, type DepotReport, type FileStat } from '../../products/depot/checklist';
import { FsFileType } from '../../protocol/fs';
import type { ServerContext } from '../context';
import { siblingUri } from '../files';

/**
 * What a checklist saw of each file it looked at (`stat:` an export, `locate:` an attestation
 * through the inside-the-folder rule), as text: the class view keeps a row while a new look at
 * the same files sees the same (depotLooksTheSame).
 */
export type DepotLooks = Map<string, string>;

export interface DepotOptions {
  /** Asked by the editor's « Dépôt » view: name its commands, not the CLI's. */
  editor?: boolean;
  /** Filled with what the checklist saw. */
  looks?: DepotLooks;
}

function statOf(ctx: ServerContext, uri: string): FileStat | null {
  const st = uri ? ctx.files.stat(uri) : null;
  return st && st.type === FsFileType.File ? { mtimeMs: st.mtime, size: st.size } : null;
}

export function depotOf(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier, findings: Finding[], review: ParsedReview | null, opts: DepotOptions = {}): DepotReport {
  const looks = opts.looks;
  const stat = (uri: string): FileStat | null => {
    const s = statOf(ctx, uri);
    looks?.set(`stat:${uri}`, JSON.stringify(s));
    return s;
  };
  const locateRule = ctx.locateIn(dossierUri);
  const locate = locateRule && looks
    ? (value: string) => {
        const r = locateRule(value);
        looks.set(`locate:${value}`, JSON.stringify(r));
        return r;
      }
    : locateRule;
  return depotChecklist({
    dossierPath: dossierUri,
    parsed,
    findings,
    review,
    stat,
    resolve: (d, file) => siblingUri(d, file) ?? '',
    locate,
    // The BTS SIO candidate deposits the official tableau as the centre's spreadsheet.
    expectSpreadsheet: kindOf(parsed.model) === 'bts-sio',
    editor: opts.editor
  });
}

/** Whether a new look at the files a checklist looked at sees what it saw. */
export function depotLooksTheSame(ctx: ServerContext, dossierUri: string, looks: DepotLooks): boolean {
  const locateRule = ctx.locateIn(dossierUri);
  for (const [key, seen] of looks) {
    const now = key.startsWith('stat:') ? statOf(ctx, key.slice(5)) : locateRule ? locateRule(key.slice(7)) : undefined;
    if (JSON.stringify(now) !== seen) return false;
  }
  return true;
}

export function depotSummary(r: DepotReport): DepotSummary {
  return { ready: r.ready, missing: r.items.filter((i) => !i.ok).map((i) => i.id) };
}

/** The same checklist once the client has answered for every file it looks at (requests that can wait). */
export async function depotOfAsync(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier, findings: Finding[], review: ParsedReview | null, opts: DepotOptions = {}): Promise<DepotReport> {
  const looked: string[] = [];
  depotChecklist({
    dossierPath: dossierUri,
    parsed,
    findings,
    review,
    stat: (uri) => (looked.push(uri), null),
    resolve: (d, file) => siblingUri(d, file) ?? '',
    locate: ctx.locateIn(dossierUri),
    expectSpreadsheet: kindOf(parsed.model) === 'bts-sio'
  });
  await Promise.all(looked.filter(Boolean).map((uri) => ctx.files.statAsync(uri)));
  return depotOf(ctx, dossierUri, parsed, findings, review, opts);
}
