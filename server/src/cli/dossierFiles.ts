/** Finding and reading dossiers on disk for the CLI. */
import { readTextFileSync } from '../node/readText';
import { DOSSIER_RE, UsageError } from './walk';

export { collect, DOSSIER_RE, REVUE_RE, UsageError } from './walk';

/** The file's text as an editor would show it: the one reader shared with the server (node/readText.ts). */
export function readDossierText(file: string): string {
  return readTextFileSync(file).text;
}

/** The file's text and its size on disk (a dossier cut at the read limit is refused with its real size). */
export const readDossier = readTextFileSync;

/** The one `*.sio.yaml` an export command takes, read; a usage error otherwise. */
export function oneDossier(args: string[] | undefined): { file: string; text: string; bytes: number } {
  const [file, ...more] = args ?? [];
  if (!file || more.length) throw new UsageError('Indiquez un seul dossier *.sio.yaml. / Give exactly one *.sio.yaml dossier.');
  if (!DOSSIER_RE.test(file)) throw new UsageError(`« ${file} » n’est pas un dossier *.sio.yaml. / Not a *.sio.yaml dossier.`);
  try {
    return { file, ...readDossier(file) };
  } catch {
    throw new UsageError(`Fichier introuvable : ${file} / No such file: ${file}`);
  }
}
