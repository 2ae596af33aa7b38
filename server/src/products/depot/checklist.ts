/**
 * « Prêt pour le dépôt »: before the épreuve the candidate deposits the tableau de synthèse, its
 * PDF, the fiches and the attestations de stage, and a missing piece costs points or the
 * convocation. One checklist, each item passed or failed with the reason and where to fix it.
 * Pure apart from the injected `stat` and `resolve` (the CLI passes Node's, the language server
 * its file view over URIs — desktop and browser alike —, tests a map).
 */
import { blocLabel } from '../../core/coverage';
import type { Finding } from '../../core/finding';
import { text, type Text } from '../../core/l10n';
import { kindOf, optionOf } from '../../core/model';
import { hasDocument, type ParsedDossier } from '../../core/parse';
import { claimsCoverage, retainedSummary, reviewDecisions, type ParsedReview } from '../../core/review';
import { dossierCatalog } from '../../core/review/epreuves';
import { levelOf, statusOf } from '../../core/review/model';
import { lineAt, lineStarts } from '../../core/text/lines';

const lineOf = (source: string, offset: number): number => lineAt(lineStarts(source), offset);
import { pdfPathFor, reviewPathFor, tableurPathFor } from '../../core/naming';
import { SAMPLE_CANDIDAT } from '../../core/sample';
import { pathProblem, pathProblemText } from '../../core/localFiles';
import { portfolioProblem } from './portfolio';
import { exampleValues } from './examples';

export interface FileStat {
  mtimeMs: number;
  size: number;
}

export interface DepotInput {
  dossierPath: string;
  parsed: ParsedDossier;
  /** The dossier's own findings (validateDossier), review remarks excluded. */
  findings: Finding[];
  review: ParsedReview | null;
  stat(file: string): FileStat | null;
  /** A file named relative to the dossier's folder, when `locate` is not given (the language server: URIs, lsp/handlers/depotFiles.ts). */
  resolve?(dossierPath: string, file: string): string;
  /**
   * The « inside the student's folder » rule (node/insideFolder.ts) for a path relative to the
   * dossier's folder: its metadata, null when absent, or why it is refused (a link leaving the
   * folder, a hard link, a special file). Without it, `stat` is asked after the textual check.
   */
  locate?(value: string): FileStat | null | { why: Text };
  /** The spreadsheet export is expected even when absent (else checked only when present). */
  expectSpreadsheet?: boolean;
  /** Asked by the editor's « Dépôt » view: name its commands, not the CLI's. */
  editor?: boolean;
}

export type DepotItemId = 'erreurs' | 'exemple' | 'cadres' | 'couverture' | 'fiches' | 'numero' | 'portfolio' | 'attestations' | 'remarques' | 'pdf' | 'tableur';

/** The editor commands an item can offer to run (the « Dépôt » view shows a button). */
export type DepotCommand = 'sio.exportPdf' | 'sio.exportTableur';

export interface DepotItem {
  id: DepotItemId;
  ok: boolean;
  title: Text;
  /** Why it passes or fails. */
  detail: Text;
  /** Where to fix it: a file (dossier, review, export) and a 1-based line when known. */
  where?: { file: string; line?: number };
  /** The editor command that fixes it, when one does (an export). */
  command?: DepotCommand;
}

export interface DepotReport {
  file: string;
  ready: boolean;
  items: DepotItem[];
}

/** `x.sio.yaml` → `x.tableau.xlsx` next to it (issue 13's `sio-dossier tableur` default). */
export function defaultSpreadsheetPath(source: string): string {
  return tableurPathFor(source);
}

export function depotChecklist(input: DepotInput): DepotReport {
  const { parsed, dossierPath } = input;
  const model = parsed.model;
  const at = (offset: number) => ({ file: dossierPath, line: lineOf(parsed.text, offset) + 1 });
  const items: DepotItem[] = [];
  const readable = !parsed.refused && hasDocument(parsed);

  const errors = input.findings.filter((f) => f.severity === 'error' && f.source !== 'revue');
  items.push({
    id: 'erreurs',
    ok: readable && errors.length === 0,
    title: text('Aucune erreur dans le dossier', 'No error in the dossier'),
    detail: errors.length
      ? text(`${errors.length} erreur(s), dont : ${errors[0].message.fr}`, `${errors.length} error(s), including: ${errors[0].message.en}`)
      : text('Le dossier ne contient aucune erreur.', 'The dossier has no error.'),
    where: errors.length ? at(errors[0].start) : undefined
  });

  for (const { what, finding } of exampleValues(model, input.findings)) {
    items.push({ id: 'exemple', ok: false, title: text(`Exemple à remplacer : ${what.fr}`, `Sample value to replace: ${what.en}`), detail: finding.message, where: at(finding.start) });
  }
  const noCadre = input.findings.filter((f) => f.code === 'cadre-missing');
  items.push({
    id: 'cadres',
    ok: readable && noCadre.length === 0,
    title: text('Chaque réalisation a un cadre (formation, stage-1, stage-2)', 'Every réalisation has a cadre (formation, stage-1, stage-2)'),
    detail: noCadre.length
      ? text(`${noCadre.length} réalisation(s) sans cadre, absente(s) du tableau de synthèse : ${noCadre[0].message.fr}`, `${noCadre.length} réalisation(s) without a cadre, missing from the tableau de synthèse: ${noCadre[0].message.en}`)
      : text(`${model.realisations.length} réalisation(s), chacune dans un groupe du formulaire.`, `${model.realisations.length} réalisation(s), each in a group of the form.`),
    where: noCadre.length ? at(noCadre[0].start) : undefined
  });

  const decisions = input.review ? reviewDecisions(parsed, input.review) : null;
  const cov = claimsCoverage(dossierCatalog(model), model, decisions);
  const gaps = cov.blocs.filter((b) => b.missing.length);
  const blocs = cov.blocs.map((b) => blocLabel(b.coverage.bloc)).join(', ') || 'bloc 1';
  items.push({
    id: 'couverture',
    ok: readable && cov.total > 0 && gaps.length === 0,
    title: cov.retainedOnly
      ? text(`Toutes les compétences mobilisées et retenues (${blocs})`, `Every competence mobilised and retained (${blocs})`)
      : text(`Toutes les compétences mobilisées (${blocs})`, `Every competence mobilised (${blocs})`),
    detail: gaps.length
      ? text(gaps.map((b) => retainedOrMissing(b, cov.retainedOnly).fr).join(' ; '), gaps.map((b) => retainedOrMissing(b, cov.retainedOnly).en).join('; '))
      : text(`${cov.covered}/${cov.total} compétences ${cov.retainedOnly ? 'retenues' : 'mobilisées'}.`, `${cov.covered}/${cov.total} competences ${cov.retainedOnly ? 'retained' : 'mobilised'}.`),
    where: gaps.length ? at(model.realisationsKey.start) : undefined
  });

  if (kindOf(model) === 'bts-sio') {
    // Shown even without an option (never a silently missing item): it then fails and says why.
    const option = optionOf(model);
    const withFiche = model.realisations.filter((r) => r.fiche);
    const ficheProblems = input.findings.filter((f) => f.code.startsWith('fiche-') && (f.severity === 'error' || f.severity === 'warning'));
    items.push({
      id: 'fiches',
      ok: !!option && withFiche.length === 2 && ficheProblems.length === 0,
      title: option
        ? text(`Deux fiches descriptives couvrant le bloc 2 (option ${option})`, `Two fiches descriptives covering bloc 2 (option ${option})`)
        : text('Deux fiches descriptives couvrant le bloc 2', 'Two fiches descriptives covering bloc 2'),
      detail: !option
        ? text('Option absente (candidat.option : SISR ou SLAM) : le bloc 2 des fiches en dépend.', 'Option missing (candidat.option: SISR or SLAM): the fiches’ bloc 2 depends on it.')
        : ficheProblems.length
        ? ficheProblems[0].message
        : withFiche.length === 2
          ? text('Fiches n° 1 et n° 2 présentes.', 'Fiches no. 1 and no. 2 present.')
          : text(`${withFiche.length} fiche(s) au lieu de deux.`, `${withFiche.length} fiche(s) instead of two.`),
      where: !option ? at(model.candidat.key?.start ?? 0) : ficheProblems.length ? at(ficheProblems[0].start) : withFiche.length === 2 ? undefined : at(model.realisationsKey.start)
    });
  }

  const numero = model.candidat.numero?.value.trim();
  const sampleNumero = numero === SAMPLE_CANDIDAT.numero.value;
  items.push({
    id: 'numero',
    ok: !!numero && !sampleNumero,
    title: text('Numéro de candidat renseigné', 'Candidate number filled in'),
    detail: sampleNumero
      ? text(`« ${numero} » est le numéro d’exemple du modèle : recopiez celui de votre convocation.`, `"${numero}" is the template's sample number: copy the one from your convocation.`)
      : numero ? text(`candidat.numero : ${numero}`, `candidat.numero: ${numero}`) : text('candidat.numero est vide : recopiez le numéro de la convocation.', 'candidat.numero is empty: copy the number from the convocation.'),
    where: numero && !sampleNumero ? undefined : at(model.candidat.numero?.start ?? model.candidat.key?.start ?? 0)
  });

  if (kindOf(model) === 'bts-sio') {
    const problem = portfolioProblem(model.candidat.portfolio?.value);
    items.push({
      id: 'portfolio',
      ok: !problem,
      title: text('Portfolio en https, accessible au jury', 'Portfolio over https, reachable by the jury'),
      detail: problem ?? text(`${model.candidat.portfolio!.value.trim()} (adresse publique en https ; son accès n’est pas testé hors ligne).`, `${model.candidat.portfolio!.value.trim()} (public https address; not fetched offline).`),
      where: problem ? at(model.candidat.portfolio?.start ?? model.candidat.key?.start ?? 0) : undefined
    });
  }

  items.push(attestationsItem(input, at));

  const openErrors = (input.review?.model.remarques ?? []).filter((r) => statusOf(r) === 'ouverte' && levelOf(r) === 'erreur' && r.message?.value.trim());
  const reviewFile = reviewPathFor(dossierPath) ?? '';
  items.push({
    id: 'remarques',
    ok: openErrors.length === 0,
    title: text('Aucune remarque de niveau « erreur » ouverte dans la revue', 'No open error-level remark in the review'),
    detail: openErrors.length
      ? text(`${openErrors.length} remarque(s) ouverte(s), dont : ${openErrors[0].message!.value.trim()}`, `${openErrors.length} open remark(s), including: ${openErrors[0].message!.value.trim()}`)
      : text(input.review ? 'Aucune.' : 'Pas de fichier de revue.', input.review ? 'None.' : 'No review file.'),
    where: openErrors.length ? { file: reviewFile, line: lineOf(input.review!.text, openErrors[0].start) + 1 } : undefined
  });

  const source = input.stat(dossierPath);
  items.push(exportItem('pdf', pdfPathFor(dossierPath), source, input, true));
  const sheet = defaultSpreadsheetPath(dossierPath);
  if (input.expectSpreadsheet || (input.locate ? input.locate(baseName(sheet)) : input.stat(sheet))) items.push(exportItem('tableur', sheet, source, input, !!input.expectSpreadsheet));

  return { file: dossierPath, ready: items.every((i) => i.ok), items };
}

function retainedOrMissing(b: ReturnType<typeof claimsCoverage>['blocs'][number], retainedOnly: boolean): Text {
  if (retainedOnly) return retainedSummary(b);
  const ids = b.missing.map((m) => m.id).join(', ');
  return text(`${blocLabel(b.coverage.bloc)} : ${ids} non mobilisée(s)`, `${blocLabel(b.coverage.bloc)}: ${ids} not mobilised`);
}

function attestationsItem(input: DepotInput, at: (offset: number) => { file: string; line: number }): DepotItem {
  const stages = input.parsed.model.stages;
  const title = text('Une attestation par stage déclaré, présente à côté du dossier', 'One attestation per declared stage, present next to the dossier');
  const problems: { why: Text; offset: number }[] = [];
  for (const [i, s] of stages.entries()) {
    const name = s.organisation?.value || `stage ${i + 1}`;
    const file = s.attestation?.value.trim();
    if (!file) {
      problems.push({ why: text(`${name} : champ « attestation » absent`, `${name}: no "attestation" field`), offset: s.start });
      continue;
    }
    const found = locate(input, file);
    if (found && 'why' in found) problems.push({ why: text(`${name} : fichier « ${file} » refusé, ${found.why.fr}`, `${name}: file "${file}" refused, ${found.why.en}`), offset: s.attestation!.start });
    else if (!found) problems.push({ why: text(`${name} : fichier « ${file} » introuvable`, `${name}: file "${file}" not found`), offset: s.attestation!.start });
  }
  return {
    id: 'attestations',
    ok: problems.length === 0,
    title,
    detail: problems.length
      ? text(problems.map((p) => p.why.fr).join(' ; '), problems.map((p) => p.why.en).join('; '))
      : stages.length
        ? text(`${stages.length} attestation(s) présente(s).`, `${stages.length} attestation(s) present.`)
        : text('Aucun stage déclaré.', 'No stage declared.'),
    where: problems.length ? at(problems[0].offset) : undefined
  };
}

/** A file the dossier names, by the injected rule, else refused as text when absolute or `..`. */
function locate(input: DepotInput, value: string): FileStat | null | { why: Text } {
  if (input.locate) return input.locate(value);
  const problem = pathProblem(value);
  if (problem === 'absolute') return { why: pathProblemText('absolute') };
  if (problem === 'outside') return { why: pathProblemText('outside') };
  return input.stat((input.resolve ?? attestationPath)(input.dossierPath, value));
}

/**
 * An attestation's file: relative to the dossier's folder (docs/FORMAT.md, stages[].attestation),
 * written with `/` (the CLI resolves with node:path instead, node/depotFromDisk.ts).
 */
export function attestationPath(dossierPath: string, file: string): string {
  const folder = dossierPath.replace(/[\\/][^\\/]*$/, '');
  const segs = folder === dossierPath ? [] : folder.split('/');
  for (const seg of file.replace(/\\/g, '/').split('/')) {
    if (seg === '..') segs.length > 1 && segs.pop();
    else if (seg !== '.' && seg !== '') segs.push(seg);
  }
  return segs.join('/');
}

/** The file's name as a person reads it (a URI's name percent-decoded). */
function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  try {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? decodeURIComponent(name) : name;
  } catch {
    return name;
  }
}

function exportItem(id: 'pdf' | 'tableur', file: string, source: FileStat | null, input: DepotInput, required: boolean): DepotItem {
  const name = baseName(file);
  const found = input.locate ? input.locate(name) : input.stat(file);
  const st = found && 'why' in found ? null : found;
  const title = id === 'pdf' ? text(`PDF exporté et à jour (${name})`, `PDF exported and up to date (${name})`) : text(`Tableur exporté et à jour (${name})`, `Spreadsheet exported and up to date (${name})`);
  // The editor names its own command (with a button in the view), the terminal its own.
  const command: DepotCommand = id === 'pdf' ? 'sio.exportPdf' : 'sio.exportTableur';
  const how = input.editor
    ? id === 'pdf' ? text('la commande « Dossier SIO : Exporter en PDF »', 'the command "Dossier SIO: Export to PDF"') : text('la commande « Dossier SIO : Exporter le tableau de synthèse (tableur) »', 'the command "Dossier SIO: Export the synthesis table as a spreadsheet"')
    : id === 'pdf' ? text('« sio-dossier pdf »', '"sio-dossier pdf"') : text('« sio-dossier tableur »', '"sio-dossier tableur"');
  if (found && 'why' in found) {
    return { id, ok: false, title, detail: text(`${name} refusé : ${found.why.fr}.`, `${name} refused: ${found.why.en}.`), where: { file }, command };
  }
  if (!st) {
    return { id, ok: !required, title, detail: text(`${name} absent : lancez ${how.fr}.`, `${name} missing: run ${how.en}.`), where: { file }, command };
  }
  if (source && st.mtimeMs < source.mtimeMs) {
    return { id, ok: false, title, detail: text(`${name} est plus ancien que le dossier : exportez-le de nouveau (${how.fr}).`, `${name} is older than the dossier: export it again (${how.en}).`), where: { file }, command };
  }
  return { id, ok: true, title, detail: text(`${name} plus récent que le dossier.`, `${name} newer than the dossier.`) };
}
