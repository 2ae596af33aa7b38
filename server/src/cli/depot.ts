/**
 * `sio-dossier depot`: the deposit checklist of each dossier (text or JSON; exit 0 when every
 * dossier is ready, 1 when one is not) ending, for several dossiers, with the class's summary
 * table (`--resume`: the table only; cli/depotClasse.ts), `--archive <sortie.zip>` to freeze one
 * dossier's deposit (`--archive <dossier/>` over a class: one per ready dossier) (exports
 * regenerated, then zipped with the attestations and manifeste.json — only files inside the
 * student's folder, node/insideFolder.ts, the others named and left out), `--verifier
 * <archive.zip>` to check such an archive later (exit 0 intact, 1 changed or refused).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { pick, type Locale } from '../core/l10n';
import type { LanguageService } from '../core/service';
import { dossierFindings } from '../core/findings';
import { parseReview, reviewPathFor } from '../core/review';
import { buildSynthese } from '../core/table/build';
import { buildArchive, entryNames, MANIFEST_FORMAT, MANIFEST_NAME } from '../products/depot/archive';
import { defaultSpreadsheetPath, type DepotReport } from '../products/depot/checklist';
import { checkInside, readChecked, readRegularFile, realFolderOf, SwappedFile, type CheckedFile } from '../node/insideFolder';
import { depotFromDisk, realStat } from '../node/depotFromDisk';
import { tooLarge, verifyArchive, VERIFY_LIMITS } from '../products/depot/verify';
import { checkOutputPath, writeFileAtomic } from '../node/atomicWrite';
import { collect, DOSSIER_RE, readDossierText, UsageError } from './dossierFiles';
import { archiveIsFolder, archivePathIn, classSummary, formatSummary, skippedLine } from './depotClasse';

export interface DepotArgs {
  args: string[];
  format?: string;
  archive?: string;
  verifier?: string;
  /** `--resume`: only the class's summary table. */
  resume?: boolean;
  locale: Locale;
  service: LanguageService;
  env: NodeJS.ProcessEnv;
  out(s: string): void;
}

export function reportFor(service: LanguageService, file: string): DepotReport {
  const text = readDossierText(file);
  const parsed = service.parse(text);
  const r = reviewPathFor(file);
  const review = r && existsSync(r) ? parseReview(readDossierText(r)) : null;
  return depotFromDisk(file, parsed, dossierFindings(parsed, review, { service, uri: file }).own, review);
}

/** A report with the texts of one language (JSON output, the editor's view). */
export function localised(r: DepotReport, locale: Locale) {
  return {
    file: r.file,
    ready: r.ready,
    items: r.items.map((i) => ({ id: i.id, ok: i.ok, title: pick(i.title, locale), detail: pick(i.detail, locale), ...(i.where ? { where: i.where } : {}) }))
  };
}

export function formatReport(r: DepotReport, locale: Locale): string {
  const failed = r.items.filter((i) => !i.ok).length;
  const head =
    locale === 'en'
      ? `${r.file}: ${r.ready ? 'ready for the deposit' : `not ready for the deposit (${failed} item(s) to fix)`}`
      : `${r.file} : ${r.ready ? 'prêt pour le dépôt' : `pas prêt pour le dépôt (${failed} point(s) à reprendre)`}`;
  const lines = r.items.map((i) => {
    const where = i.where ? ` (${i.where.file}${i.where.line ? `:${i.where.line}` : ''})` : '';
    return `  ${i.ok ? '✔' : '✘'} ${pick(i.title, locale)} — ${pick(i.detail, locale)}${i.ok ? '' : where}`;
  });
  return [head, ...lines].join('\n');
}

export async function runDepot(a: DepotArgs): Promise<number> {
  const format = a.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`Format inconnu « ${format} » (text, json). / Unknown format.`);
  if (a.verifier) return verify(a, format);
  if (!a.args.length) throw new UsageError('Indiquez au moins un dossier *.sio.yaml ou le dossier de la classe. / Give at least one dossier or class folder.');
  const files = collect(a.args);
  if (a.archive && archiveIsFolder(a.archive, a.args, files)) return archiveClass(a, files, format);
  if (a.archive) return archive(a, format);
  const other = files.find((f) => !DOSSIER_RE.test(f));
  if (other) throw new UsageError(`« ${other} » n’est pas un dossier *.sio.yaml. / Not a *.sio.yaml dossier.`);
  const reports = files.map((f) => reportFor(a.service, f));
  if (!reports.length) throw new UsageError('Aucun dossier *.sio.yaml trouvé. / No *.sio.yaml dossier found.');
  const summary = classSummary(reports, a.locale);
  if (format === 'json') {
    const body = reports.map((r) => localised(r, a.locale));
    // The list of reports as before (scripts read it); `--resume`: the summary alone.
    a.out(JSON.stringify(a.resume ? summary : body, null, 2));
  } else if (a.resume) a.out(formatSummary(summary, a.locale));
  else a.out([...reports.map((r) => formatReport(r, a.locale)), ...(reports.length > 1 ? [formatSummary(summary, a.locale)] : [])].join('\n\n'));
  return reports.every((r) => r.ready) ? 0 : 1;
}

/** One archive per ready dossier in folder `a.archive`; the others said skipped, with why. */
async function archiveClass(a: DepotArgs, files: string[], format: string): Promise<number> {
  const dossiers = files.filter((f) => DOSSIER_RE.test(f));
  if (!dossiers.length) throw new UsageError('Aucun dossier *.sio.yaml trouvé. / No *.sio.yaml dossier found.');
  const reports = dossiers.map((f) => reportFor(a.service, f));
  const written: string[] = [];
  const lines: string[] = [];
  for (const r of reports) {
    if (!r.ready) {
      lines.push(skippedLine(r, a.locale));
      continue;
    }
    const out = archivePathIn(a.archive!, r.file);
    await archive({ ...a, args: [r.file], archive: out, out: () => undefined }, 'text');
    written.push(out);
    lines.push(a.locale === 'en' ? `  written ${out}` : `  écrite ${out}`);
  }
  const n = reports.length;
  const last =
    a.locale === 'en'
      ? `${written.length} archive(s) written for ${n} dossier(s); ${n - written.length} skipped (not ready).`
      : `${written.length} archive(s) écrite(s) pour ${n} dossier(s) ; ${n - written.length} ignoré(s) (pas prêts).`;
  if (format === 'json') a.out(JSON.stringify({ archives: written, ignores: reports.filter((r) => !r.ready).map((r) => ({ file: r.file, manque: r.items.filter((i) => !i.ok).map((i) => i.id) })), resume: classSummary(reports, a.locale) }, null, 2));
  else a.out([formatSummary(classSummary(reports, a.locale), a.locale), '', ...lines, last].join('\n'));
  return written.length === n ? 0 : 1;
}

async function verify(a: DepotArgs, format: string): Promise<number> {
  const file = a.verifier!;
  const st = realStat(file);
  if (!st) throw new UsageError(`Archive introuvable : ${file} / No such archive: ${file}`);
  const big = tooLarge(st.size);
  const read = big ? null : readRegularFile(file, VERIFY_LIMITS.archiveBytes);
  if (read && !('bytes' in read)) throw new UsageError(`Archive refusée : ${file} (${pick(read.why, a.locale)}). / Archive refused.`);
  const result = big ?? verifyArchive(read!.bytes);
  if (format === 'json') {
    a.out(JSON.stringify({ archive: file, ok: result.ok, intact: result.intact, problems: result.problems.map((p) => pick(p, a.locale)), manifest: result.manifest }, null, 2));
  } else {
    const m = result.manifest;
    const head = result.ok
      ? a.locale === 'en'
        ? `${file}: intact archive (${result.intact.length} file(s), ${m?.date ?? ''})`
        : `${file} : archive intacte (${result.intact.length} fichier(s), ${m?.date ?? ''})`
      : a.locale === 'en'
        ? `${file}: archive NOT intact`
        : `${file} : archive NON intacte`;
    a.out([head, ...result.intact.map((n) => `  ✔ ${n}`), ...result.problems.map((p) => `  ✘ ${pick(p, a.locale)}`)].join('\n'));
  }
  return result.ok ? 0 : 1;
}

async function archive(a: DepotArgs, format: string): Promise<number> {
  const [file, ...more] = a.args;
  if (more.length || !DOSSIER_RE.test(file)) throw new UsageError('--archive : indiquez un seul dossier *.sio.yaml. / --archive: give exactly one *.sio.yaml dossier.');
  const out = a.archive!;
  if (!/\.zip$/i.test(out)) throw new UsageError(`--archive : le fichier de sortie doit finir par .zip (${out}). / The output must end in .zip.`);
  const refused = checkOutputPath(file, out);
  if (refused) throw new UsageError(pick(refused, a.locale));
  // Never over a file this command did not write: an existing output must be a deposit archive.
  const existing = existsSync(out) ? readRegularFile(out, VERIFY_LIMITS.archiveBytes) : null;
  if (existing && !('bytes' in existing && isDepositArchive(existing.bytes))) {
    throw new UsageError(`« ${out} » existe et n’est pas une archive de dépôt : choisissez un autre nom. / "${out}" exists and is not a deposit archive.`);
  }
  const dossierBytes = new Uint8Array(await readFile(file));
  const text = readDossierText(file);
  const parsed = a.service.parse(text);
  if (parsed.refused || !parsed.doc) throw new UsageError(parsed.findings.map((f) => pick(f.message, a.locale)).join(' ') || 'Dossier illisible. / Unreadable dossier.');
  // The exports are regenerated from this very text, so the archive matches the dossier's hash.
  let pdfPath: string;
  const { exportDossierPdf, ExportError } = await import('../products/pdf');
  try {
    pdfPath = (await exportDossierPdf({ sourcePath: file, sourceText: text, model: buildSynthese(parsed, a.service.now()), env: a.env })).outPath;
  } catch (err) {
    if (err instanceof ExportError) throw new UsageError(pick(err.text, a.locale));
    throw err;
  }
  const report = reportFor(a.service, file);
  // Only files inside the student's folder (insideFolder.ts): a refused one is left out and named.
  const dir = path.dirname(path.resolve(file));
  const realDir = realFolderOf(file);
  const left: string[] = [];
  const take = (value: string): CheckedFile[] => {
    const f = checkInside(dir, value, realDir);
    if (!f.ok && !f.missing) left.push(`« ${value} » : ${pick(f.why, a.locale)}`);
    return f.ok ? [f] : [];
  };
  const exportsFiles = [path.relative(dir, pdfPath), path.basename(defaultSpreadsheetPath(file))].flatMap(take);
  const attestations = parsed.model.stages.map((s) => s.attestation?.value.trim()).filter((x): x is string => !!x).flatMap(take);
  const names = entryNames(exportsFiles.map((f) => path.basename(f.rel)), attestations.map((f) => path.basename(f.rel)));
  let files: { name: string; bytes: Uint8Array }[];
  try {
    files = [...exportsFiles.map((f, i) => ({ name: names.exports[i], bytes: readChecked(f) })), ...attestations.map((f, i) => ({ name: names.attestations[i], bytes: readChecked(f) }))];
  } catch (err) {
    // Swapped between the check and the read: no archive rather than a foreign file in it.
    if (err instanceof SwappedFile) throw new UsageError(`${pick(err.why, a.locale)}. ${a.locale === 'en' ? 'No archive written.' : 'Aucune archive écrite.'}`);
    throw err;
  }
  const c = parsed.model.candidat;
  const { bytes, manifest } = buildArchive({
    dossierName: path.basename(file),
    dossierBytes,
    session: parsed.model.session?.value ?? null,
    candidat: { nom: c.nom?.value ?? '', prenom: c.prenom?.value ?? '', numero: c.numero?.value ?? '' },
    files,
    date: a.service.now()
  });
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await writeFileAtomic(out, bytes);
  const done =
    a.locale === 'en'
      ? `Archive written: ${out} (${manifest.fichiers.length} file(s) + ${MANIFEST_NAME}, dossier SHA-256 ${manifest.dossier.sha256})`
      : `Archive écrite : ${out} (${manifest.fichiers.length} fichier(s) + ${MANIFEST_NAME}, SHA-256 du dossier ${manifest.dossier.sha256})`;
  const leftOut = left.map((l) => (a.locale === 'en' ? `  ✘ Not archived: ${l}` : `  ✘ Non archivé : ${l}`));
  // A dossier not ready is still archived (the student may want a snapshot), but the last line says so.
  const warn = report.ready ? '' : a.locale === 'en' ? ' — WARNING: this dossier is NOT ready for the deposit (see above)' : ' — ATTENTION : ce dossier n’est PAS prêt pour le dépôt (voir ci-dessus)';
  if (format === 'json') a.out(JSON.stringify({ archive: out, manifest, refuses: left, depot: localised(report, a.locale) }, null, 2));
  else a.out([`${formatReport(report, a.locale)}`, '', ...leftOut, `${done}${warn}`].join('\n'));
  return report.ready ? 0 : 1;
}

function isDepositArchive(bytes: Uint8Array): boolean {
  const r = verifyArchive(bytes);
  return !!r.manifest && r.manifest.format === MANIFEST_FORMAT;
}
