/**
 * `sio-dossier nouveau | new <fichier.sio.yaml> [--option SISR|SLAM] [--session N]`: the first
 * dossier of a Neovim or terminal user, the same commented example as the editor's « Nouveau
 * dossier » (core/template.ts, one source). It never overwrites: the file is created with the
 * exclusive flag, so an existing dossier (or one that appeared meanwhile) is left untouched.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core/l10n';
import { dossierFileName, isDossierPath } from '../core/naming';
import { dossierTemplate, exampleSession, templateSessions, type TemplateOption } from '../core/template';
import { UsageError } from './dossierFiles';

export interface NouveauArgs {
  args: string[];
  option?: string;
  session?: string;
  locale: Locale;
  now: Date;
}

export async function runNouveau(a: NouveauArgs): Promise<string> {
  if (a.args.length !== 1) throw new UsageError('Indiquez le fichier à créer, par exemple : sio-dossier nouveau prenom-nom.sio.yaml / Give the file to create.');
  const typed = a.args[0];
  const file = isDossierPath(typed) ? typed : path.join(path.dirname(typed), dossierFileName(path.basename(typed)));
  const option = (a.option ?? 'SISR').toUpperCase();
  if (option !== 'SISR' && option !== 'SLAM') throw new UsageError(`Option inconnue « ${a.option} » : SISR ou SLAM. / Unknown option: SISR or SLAM.`);
  let session = exampleSession(a.now);
  if (a.session !== undefined) {
    const { first, last } = templateSessions(a.now);
    session = Number(a.session.trim());
    if (!/^\d{4}$/.test(a.session.trim())) {
      throw new UsageError(`Session « ${a.session} » non valide : l’année de l’examen, sur quatre chiffres, de ${first} à ${last} (par exemple ${exampleSession(a.now)}). / Invalid session: the exam year, ${first} to ${last}.`);
    }
    if (session < first || session > last) {
      throw new UsageError(
        `Session ${session} non prise en charge : de ${first} à ${last}. Avant ${first}, l’outil ne connaît pas les numéros d’épreuve du BTS SIO ; après ${last}, ce serait une entrée en formation après cette année. / Session ${session} not supported: ${first} to ${last} (the épreuves the tool knows, up to students entering this year).`,
      );
    }
  }
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  try {
    await fsp.writeFile(file, dossierTemplate(session, option as TemplateOption), { encoding: 'utf8', flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`« ${file} » existe déjà : il n’est pas remplacé. Choisissez un autre nom. / "${file}" already exists: it is not replaced.`);
    throw err;
  }
  return a.locale === 'en'
    ? `Dossier created: ${file} (option ${option}, session ${session}). Replace the sample values shown by « sio-dossier verifier ${file} ».`
    : `Dossier créé : ${file} (option ${option}, session ${session}). Remplacez les valeurs d’exemple que signale « sio-dossier verifier ${file} ».`;
}
