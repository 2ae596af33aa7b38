/**
 * What every robustness test checks on one text: the whole language service and the editor
 * features never throw, each call returns within CALL_BUDGET_MS, and every range they produce
 * lies inside the text. A failure message carries the text (JSON-escaped, cut) so the case can
 * be replayed.
 *
 * FUZZ_RUNS (environment) raises the number of generated cases for a long nightly run; the
 * normal suite keeps a fixed, small number so it stays fast and deterministic (fixed seed).
 * FUZZ_SEED (environment) replaces the fixed seeds: CI (scripts/test-all.mjs) and the nightly
 * script (scripts/fuzz.mjs) draw a fresh one per run and print it, so that each run explores new
 * cases and `FUZZ_SEED=<seed> npm test` replays a failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { codeLenses } from '../../../server/src/core/features/codeLens';
import { completion } from '../../../server/src/core/features/completion';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { hover } from '../../../server/src/core/features/hover';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { featureOptions, FeatureOptions } from '../../../server/src/core/features/options';
import { documentHighlights, references } from '../../../server/src/core/features/references';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import type { ParsedDossier } from '../../../server/src/core/parse';
import { createLanguageService } from '../../../server/src/core/service';
import { NOW } from '../../support/dossier';

/** A call slower than this freezes the editor: the tests fail on it. */
export const CALL_BUDGET_MS = 2000;

/** Number of generated cases: `base` in the normal suite, FUZZ_RUNS in nightly mode. */
export function runs(base: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.max(base, n) : base;
}

/** The seed of a property: `fixed` in the normal suite, FUZZ_SEED + `offset` when it is set. */
export function seedFor(fixed: number, offset = 0): number {
  const s = Number(process.env.FUZZ_SEED);
  return Number.isSafeInteger(s) && process.env.FUZZ_SEED !== '' ? (s + offset) | 0 : fixed + offset;
}

if (process.env.FUZZ_SEED) console.log(`[fuzz] FUZZ_SEED=${process.env.FUZZ_SEED}${process.env.FUZZ_RUNS ? ` FUZZ_RUNS=${process.env.FUZZ_RUNS}` : ''}`);

/** Nightly mode: exhaustive loops instead of sampled ones. */
export const NIGHTLY = Number(process.env.FUZZ_RUNS) > 0;

export const service = createLanguageService({ now: () => NOW });
export const opts: FeatureOptions = featureOptions({ now: NOW });

const ROOT = path.resolve(__dirname, '../../..');

/** The example dossiers of the repository (examples/ and test/fixtures/classe/). */
export function exampleTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['examples', 'test/fixtures/classe']) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith('.sio.yaml'));
    } catch {
      continue;
    }
    for (const n of names.sort()) out.push({ name: `${dir}/${n}`, text: readFileSync(path.join(ROOT, dir, n), 'utf8') });
  }
  return out;
}

function show(text: string): string {
  const j = JSON.stringify(text);
  return j.length > 400 ? `${j.slice(0, 200)}…(${text.length} chars)…${j.slice(-150)}` : j;
}

/**
 * Runs f, fails if it throws or takes longer than the budget. The budget is measured in CPU
 * time (user + system of this process): the test machines run several suites at once, and a
 * loaded machine stretches wall time without the code being any slower. An infinite loop or a
 * quadratic blow-up still shows up in CPU time.
 */
export function timed<T>(what: string, text: string, f: () => T): T {
  const c0 = process.cpuUsage();
  let out: T;
  try {
    out = f();
  } catch (err) {
    throw new Error(`${what} threw on ${show(text)}:\n${(err as Error)?.stack ?? err}`);
  }
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  if (ms > CALL_BUDGET_MS) throw new Error(`${what} took ${ms.toFixed(0)} ms of CPU (> ${CALL_BUDGET_MS}) on ${show(text)}`);
  return out;
}

function checkOffsets(what: string, text: string, start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    throw new Error(`${what}: range [${start}, ${end}] outside [0, ${text.length}] or reversed, on ${show(text)}`);
  }
}

/** A position exists when its line exists and its character is within that line (EOL included). */
function checkRange(what: string, doc: TextDocument, text: string, r: Range | undefined): void {
  if (!r) return;
  for (const p of [r.start, r.end]) {
    const lineStart = doc.offsetAt({ line: p.line, character: 0 });
    const nextLine = p.line + 1 < doc.lineCount ? doc.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
    if (!(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < doc.lineCount && p.character >= 0 && lineStart + p.character <= nextLine)) {
      throw new Error(`${what}: position ${JSON.stringify(p)} does not exist in the text ${show(text)}`);
    }
  }
  const s = doc.offsetAt(r.start);
  const e = doc.offsetAt(r.end);
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) {
    throw new Error(`${what}: reversed range ${JSON.stringify(r)} on ${show(text)}`);
  }
  checkOffsets(what, text, s, e);
}

/**
 * `yaml` warns on stderr (process.emitWarning) for keys that are collections; thousands of
 * mutated cases would flood the test output. Only that warning is dropped, only during the call.
 */
export function quietYaml<T>(f: () => T): T {
  const original = process.emitWarning;
  process.emitWarning = ((w: string | Error, ...rest: unknown[]) => {
    if (String(w).startsWith('Keys with collection values will be stringified')) return;
    return (original as (...a: unknown[]) => void).call(process, w, ...rest);
  }) as typeof process.emitWarning;
  try {
    return f();
  } finally {
    process.emitWarning = original;
  }
}

export interface CheckResult {
  parsed: ParsedDossier;
  doc: TextDocument;
  diagnostics: Diagnostic[];
}

/** parse + findings + diagnostics + synthese: no throw, within budget, ranges inside the text. */
export function checkService(text: string): CheckResult {
  const parsed = timed('parse', text, () => quietYaml(() => service.parse(text)));
  const findings = timed('findings', text, () => service.findings(parsed));
  for (const f of findings) {
    checkOffsets(`finding ${f.code}`, text, f.start, f.end);
    if (!f.message?.fr || !f.message?.en) throw new Error(`finding ${f.code} without its French and English message on ${show(text)}`);
  }
  const doc = TextDocument.create('file:///fuzz/dossier.sio.yaml', 'sio-yaml', 1, text);
  const diagnostics = timed('diagnostics', text, () => service.diagnostics(doc, parsed));
  for (const d of diagnostics) checkRange(`diagnostic ${d.code}`, doc, text, d.range);
  const model = timed('synthese', text, () => service.synthese(parsed));
  if (model) JSON.stringify(model); // the preview and the PDF receive it over JSON-RPC
  return { parsed, doc, diagnostics };
}

/** Whole-document features (symbols, folding, inlay hints, code lens, code actions). */
export function checkDocumentFeatures(r: CheckResult): void {
  const { doc, parsed, diagnostics } = r;
  const text = parsed.text;
  const whole: Range = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
  for (const s of timed('documentSymbols', text, () => documentSymbols(doc, parsed, opts))) {
    checkRange('symbol', doc, text, s.range);
    checkRange('symbol selection', doc, text, s.selectionRange);
  }
  for (const f of timed('foldingRanges', text, () => foldingRanges(doc, parsed))) {
    if (f.startLine < 0 || f.endLine < f.startLine || f.endLine >= doc.lineCount) throw new Error(`folding ${JSON.stringify(f)} outside the text ${show(text)}`);
  }
  timed('inlayHints', text, () => inlayHints(doc, parsed, whole, opts));
  for (const l of timed('codeLenses', text, () => codeLenses(doc, parsed, opts))) checkRange('code lens', doc, text, l.range);
  for (const a of timed('codeActions', text, () => codeActions(doc, parsed, diagnostics, opts))) {
    for (const edits of Object.values(a.edit?.changes ?? {})) for (const e of edits) checkRange('quick fix edit', doc, text, e.range);
  }
}

/** Position features at one offset (completion, hover, references, highlights). */
export function checkAt(r: CheckResult, offset: number): void {
  const { doc, parsed } = r;
  const text = parsed.text;
  const position = doc.positionAt(offset);
  const list = timed(`completion at ${offset}`, text, () => completion(doc, parsed, position, opts));
  for (const item of list.items) {
    const te = item.textEdit;
    if (te && 'range' in te) checkRange(`completion ${item.label} at ${offset}`, doc, text, te.range);
    if (te && 'insert' in te) checkRange(`completion ${item.label} at ${offset}`, doc, text, te.insert);
  }
  const h = timed(`hover at ${offset}`, text, () => hover(doc, parsed, position, opts));
  checkRange(`hover at ${offset}`, doc, text, h?.range);
  for (const l of timed(`references at ${offset}`, text, () => references(doc, parsed, position, opts))) checkRange('reference', doc, text, l.range);
  for (const l of timed(`highlights at ${offset}`, text, () => documentHighlights(doc, parsed, position, opts))) checkRange('highlight', doc, text, l.range);
}
