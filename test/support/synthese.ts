/**
 * Synthesis models as the editor and the CLI make them: a dossier written as a student writes it
 * (test/fixtures/synthese/*.sio.yaml), parsed and built by the real core
 * (createLanguageService().parse + buildSynthese) at a fixed date, with the evaluation grid of
 * the teacher's review file beside it when there is one (as `sio/synthese` with
 * includeEvaluation and `sio-dossier pdf --evaluation` add it). No model is written by hand, so
 * the renderers are only ever tested on what buildSynthese produces.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../../server/src/core/service';
import { evaluationFor, parseReview } from '../../server/src/core/review';
import type { SyntheseModel } from '../../server/src/protocol/synthese';

/** The date the fixtures are built at: mid-March of the 2026 session, before the exam. */
export const SYNTHESE_NOW = new Date('2026-03-16T12:00:00Z');

export const SYNTHESE_DIR = path.resolve(__dirname, '..', 'fixtures', 'synthese');

/** The fixture dossiers, by the name the tests use. */
export const DOSSIERS = {
  /** Léa Martin, SISR: five réalisations, B1.3 uncovered, the veille without a period, two fiches. */
  sisr: 'lea-martin-sisr.sio.yaml',
  /** Léa Martin, SLAM: an empty stage-1 group, every competence covered, a review with an evaluation. */
  slam: 'lea-martin-slam.sio.yaml',
  /** Aïssatou N’Diaye, MC SNO: six traces, C2.3 and C3.1 uncovered, three grids. */
  mcsno: 'aissatou-ndiaye-mc-sno.sio.yaml',
  /** Markup and javascript: links in everything a student can write. */
  hostile: 'hostile.sio.yaml',
  /** Jérôme Dupont-Lefèvre, SISR: twelve réalisations, French typography, a review with an evaluation. */
  typique: 'jerome-dupont-lefevre-sisr.sio.yaml'
} as const;

export type DossierName = keyof typeof DOSSIERS;

export function dossierText(name: DossierName): string {
  return readFileSync(path.join(SYNTHESE_DIR, DOSSIERS[name]), 'utf8');
}

/**
 * The model of a dossier text, and of its review when given. Throws when the core builds no
 * model (a refused text): a fixture that stops being a dossier must fail loudly.
 */
export function modelOfText(text: string, review?: string): SyntheseModel {
  const service = createLanguageService({ now: () => SYNTHESE_NOW });
  const parsed = service.parse(text);
  const model = service.synthese(parsed);
  if (!model) throw new Error(`buildSynthese made no model from this dossier: ${parsed.findings.map((f) => f.code).join(', ')}`);
  if (review !== undefined) model.evaluation = evaluationFor(parsed, parseReview(review));
  return model;
}

/**
 * The model of a fixture dossier, fresh on every call, with the evaluation of its review file
 * (x.revue.yaml beside x.sio.yaml) when it has one. `edit` changes the dossier's text first,
 * as a student's edit would.
 */
export function loadModel(name: DossierName, edit: (text: string) => string = (t) => t): SyntheseModel {
  const reviewFile = path.join(SYNTHESE_DIR, DOSSIERS[name].replace(/\.sio\.yaml$/, '.revue.yaml'));
  const text = edit(dossierText(name));
  return modelOfText(text, existsSync(reviewFile) ? readFileSync(reviewFile, 'utf8') : undefined);
}

/** A student's edit of one line: fails when `from` is not in the text, so an edit cannot silently do nothing. */
export function replaced(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`« ${from} » is not in the fixture dossier`);
    return text.replace(from, to);
  };
}
