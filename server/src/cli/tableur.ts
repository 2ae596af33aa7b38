/** `sio-dossier tableur | spreadsheet` and `sio-dossier importer | import`: the official spreadsheet out and in. */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pick, type Locale } from '../core/l10n';
import type { LanguageService } from '../core/service';
import { buildSynthese } from '../core/table/build';
// The tableur bundle's entry (dist/tableur.js once built, loaded by these commands only).
import { exportTableur, importTableauFile, TableurError } from '../products/tableur';
import { DOSSIER_RE, readDossierText, UsageError } from './dossierFiles';

interface TableurArgs {
  args: string[];
  output?: string;
  template?: string;
  locale: Locale;
  service: LanguageService;
  err: (s: string) => void;
}

function one(args: string[], what: string): string {
  const [file, ...more] = args;
  if (!file || more.length) throw new UsageError(`Indiquez un seul fichier ${what}. / Give exactly one ${what} file.`);
  return file;
}

export async function runTableurCommand(command: string, a: TableurArgs): Promise<string> {
  const en = a.locale === 'en';
  try {
    if (command === 'tableur' || command === 'spreadsheet') {
      const file = one(a.args, '*.sio.yaml');
      if (!DOSSIER_RE.test(file)) throw new UsageError(`« ${file} » n’est pas un dossier *.sio.yaml. / Not a *.sio.yaml dossier.`);
      let text: string;
      try {
        text = readDossierText(file);
      } catch {
        throw new UsageError(`Fichier introuvable : ${file} / No such file: ${file}`);
      }
      const parsed = a.service.parse(text);
      if (parsed.refused || !parsed.doc) throw new UsageError(parsed.findings.map((f) => pick(f.message, a.locale)).join(' ') || 'Dossier illisible. / Unreadable dossier.');
      if (a.output) mkdirSync(path.dirname(path.resolve(a.output)), { recursive: true });
      const started = Date.now();
      const r = await exportTableur({ sourcePath: file, model: buildSynthese(parsed, a.service.now()), templatePath: a.template, outPath: a.output });
      for (const w of r.warnings) a.err(pick(w, a.locale));
      const ms = Date.now() - started;
      const ins = r.inserted ? (en ? `, ${r.inserted} row(s) inserted` : `, ${r.inserted} ligne(s) insérée(s)`) : '';
      // Whether the centre's template was used (issue 25): « modèle du centre : … » or « sans modèle ».
      const tpl = a.template ? (en ? `centre's template: ${path.basename(a.template)}, ` : `modèle du centre : ${path.basename(a.template)}, `) : en ? 'no template, ' : 'sans modèle, ';
      return en ? `Spreadsheet written: ${r.outPath} (${tpl}${Math.round(r.bytes / 1024)} KB${ins}, ${ms} ms)` : `Tableur écrit : ${r.outPath} (${tpl}${Math.round(r.bytes / 1024)} ko${ins}, ${ms} ms)`;
    }
    const file = one(a.args, '.xlsx, .ods ou .csv');
    if (a.output) mkdirSync(path.dirname(path.resolve(a.output)), { recursive: true });
    const started = Date.now();
    const r = await importTableauFile(file, a.output);
    const ms = Date.now() - started;
    const notes = r.notes ? (en ? `, ${r.notes} note(s) to check in comments` : `, ${r.notes} remarque(s) à vérifier en commentaire`) : '';
    return en
      ? `Dossier written: ${r.outPath} (${r.realisations} réalisation(s)${notes}, ${ms} ms)`
      : `Dossier écrit : ${r.outPath} (${r.realisations} réalisation(s)${notes}, ${ms} ms)`;
  } catch (err) {
    if (err instanceof TableurError) throw new Error(pick(err.text, a.locale));
    throw err;
  }
}
