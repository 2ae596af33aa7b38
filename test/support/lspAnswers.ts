/**
 * What a client may accept as the answer to a request: a JSON-RPC error that says what went
 * wrong, or a result of the shape the method promises, every position in it inside the document
 * the request named. Used by the protocol tests that send hostile params (robustness.test.ts).
 */
import { ResponseError } from 'vscode-jsonrpc/node';

/** A problem with one answer, in words, or null when the answer is acceptable. */
export type Verdict = string | null;

/** A JSON-RPC error a client can show: an integer code and a message without a stack trace. */
export function checkError(e: unknown): Verdict {
  if (!(e instanceof ResponseError)) return `not a JSON-RPC error response: ${String(e)}`;
  if (!Number.isInteger(e.code)) return `error code ${String(e.code)} is not an integer`;
  if (typeof e.message !== 'string' || !e.message.trim()) return 'error without a message';
  if (/\n\s+at /.test(e.message) || /\n\s+at /.test(JSON.stringify(e.data ?? ''))) return `error leaks a stack trace: ${e.message}`;
  return null;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isRange = (x: unknown) => isObj(x) && isObj(x.start) && isObj(x.end);

/** Whether a result says "nothing here": null, an empty list, an empty completion list, no model. */
export function isEmptyResult(r: unknown): boolean {
  if (r === null || (Array.isArray(r) && r.length === 0)) return true;
  if (isObj(r) && Array.isArray(r.items) && r.items.length === 0) return true;
  return isObj(r) && 'model' in r && r.model === null;
}

/** The result shape each method promises (LSP 3.17, and the sio/synthese SyntheseResult). */
const SHAPES: Record<string, (r: unknown) => boolean> = {
  'textDocument/completion': (r) => Array.isArray(r) || (isObj(r) && Array.isArray(r.items) && r.items.every((i) => isObj(i) && typeof i.label === 'string')),
  'textDocument/hover': (r) => isObj(r) && 'contents' in r && (r.range === undefined || isRange(r.range)),
  'textDocument/codeAction': (r) => Array.isArray(r) && r.every((a) => isObj(a) && typeof a.title === 'string'),
  'textDocument/documentSymbol': (r) => Array.isArray(r) && r.every((s) => isObj(s) && typeof s.name === 'string' && (isRange(s.range) || isObj(s.location))),
  'textDocument/foldingRange': (r) => Array.isArray(r) && r.every((f) => isObj(f) && typeof f.startLine === 'number' && typeof f.endLine === 'number' && f.startLine <= f.endLine),
  'textDocument/inlayHint': (r) => Array.isArray(r) && r.every((h) => isObj(h) && isObj(h.position) && h.label !== undefined),
  'textDocument/codeLens': (r) => Array.isArray(r) && r.every((l) => isObj(l) && isRange(l.range)),
  'textDocument/references': (r) => Array.isArray(r) && r.every((l) => isObj(l) && typeof l.uri === 'string' && isRange(l.range)),
  'textDocument/documentHighlight': (r) => Array.isArray(r) && r.every((h) => isObj(h) && isRange(h.range)),
  'sio/synthese': (r) => isObj(r) && 'model' in r && (r.model === null || (isObj(r.model) && Array.isArray(r.model.groups)))
};

/** Every position, line number and line span found anywhere in `r`, checked against `text`. */
export function positionsOutside(r: unknown, text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const line = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < lines.length;
  const bad: string[] = [];
  const walk = (x: unknown, where: string) => {
    if (Array.isArray(x)) return x.forEach((y, i) => walk(y, `${where}[${i}]`));
    if (!isObj(x)) return;
    if ('line' in x && 'character' in x) {
      const ok = line(x.line) && Number.isInteger(x.character) && (x.character as number) >= 0 && (x.character as number) <= lines[x.line as number].length;
      if (!ok) bad.push(`${where} = ${JSON.stringify(x)}`);
    }
    for (const k of ['startLine', 'endLine'] as const) if (k in x && !line(x[k])) bad.push(`${where}.${k} = ${String(x[k])}`);
    if (where.endsWith('.lines') && isObj(x) && !(line(x.start) && line(x.end))) bad.push(`${where} = ${JSON.stringify(x)}`);
    for (const [k, v] of Object.entries(x)) walk(v, `${where}.${k}`);
  };
  walk(r, 'result');
  return bad;
}

/**
 * The verdict on a result for `method`: of the promised shape, and every position inside
 * `text`, the document the request named; `named` false (the params name no open document)
 * allows only an empty result.
 */
export function checkResult(method: string, r: unknown, named: boolean, text: string): Verdict {
  if (isEmptyResult(r)) return null;
  if (!named) return `a non-empty answer to params that name no open document: ${JSON.stringify(r).slice(0, 200)}`;
  const shape = SHAPES[method];
  if (!shape) return `no known shape for ${method}`;
  if (!shape(r)) return `not the shape ${method} promises: ${JSON.stringify(r).slice(0, 200)}`;
  const outside = positionsOutside(r, text);
  return outside.length ? `positions outside the document: ${outside.slice(0, 3).join('; ')}` : null;
}
