/**
 * Writes the PDF of a dossier in VS Code for the Web, through the editor's file system
 * (workspace.fs: github.dev's repository, vscode.dev's folder, a code-server's disk): beside the
 * dossier as `<nom>.pdf` (core/naming.ts), or where the save dialog said. Never over the dossier
 * or a review file; a file already there is replaced without asking only when it is a previous
 * export of Dossier SIO (its PDF says so: /Creator (Dossier SIO)), otherwise the user is asked.
 * No `vscode` import: the file system and the question are given (unit-tested with stubs,
 * test/unit/web/pdfWriter.test.ts).
 */
import { pdfPathFor, isDossierOrReviewPath } from '../../../shared/naming';
import { l10n } from '../l10n';

export interface WebPdfFs {
  /** null when nothing is there. */
  stat(uri: string): Promise<{ type: number } | null>;
  readFile(uri: string): Promise<Uint8Array>;
  writeFile(uri: string, bytes: Uint8Array): Promise<void>;
}

export interface WebPdfTarget {
  dossierUri: string;
  /** From the save dialog (« Exporter en PDF sous… »), else `<nom>.pdf` beside the dossier. */
  chosenUri?: string;
  /** Asked when the target exists and is not a previous export; true replaces it. */
  confirmReplace(name: string): Promise<boolean>;
}

export type WebPdfOutcome = { written: string } | { refused: string } | { cancelled: true };

const FILE = 1;
const CREATOR = 'Dossier SIO';

/**
 * True when the bytes are a PDF this extension wrote: its info dictionary names Dossier SIO as
 * creator, inline or, as pdfkit writes it, through an object (`/Creator 40 0 R` … `40 0 obj (Dossier SIO)`).
 */
export function isOurPdf(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.startsWith('%PDF-')) return false;
  if (text.includes(`/Creator (${CREATOR})`)) return true;
  for (const m of text.matchAll(/\/Creator (\d+) (\d+) R/g)) {
    if (text.includes(`\n${m[1]} ${m[2]} obj\n(${CREATOR})\nendobj`)) return true;
  }
  return false;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/.*\//, ''));
}

export async function writeWebPdf(fs: WebPdfFs, target: WebPdfTarget, render: () => Promise<Uint8Array>): Promise<WebPdfOutcome> {
  const out = target.chosenUri ?? pdfPathFor(target.dossierUri);
  const name = fileName(out);
  if (out === target.dossierUri) return { refused: l10n.t('Le PDF ne peut pas être écrit à la place du dossier lui-même ({0}).', name) };
  if (isDossierOrReviewPath(out)) {
    return { refused: l10n.t('Le PDF ne peut pas être écrit dans un fichier de dossier ou de revue ({0}) : choisissez un nom en .pdf.', name) };
  }
  const there = await fs.stat(out);
  if (there && there.type !== FILE) return { refused: l10n.t('{0} existe déjà et n’est pas un fichier : le PDF n’est pas écrit.', name) };
  // The save dialog has already asked before replacing a file the user chose.
  if (there && !target.chosenUri && !isOurPdf(await fs.readFile(out)) && !(await target.confirmReplace(name))) return { cancelled: true };
  await fs.writeFile(out, await render());
  return { written: out };
}
