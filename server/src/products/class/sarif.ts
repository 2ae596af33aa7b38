/**
 * SARIF 2.1.0 (OASIS) from the results of `sio-dossier check --format json`, for GitHub code
 * scanning and other SARIF viewers. Input: `[{file, diagnostics: [{code, severity, message,
 * range}]}]` with LSP ranges (0-based lines, UTF-16 columns, exclusive end); output regions are
 * 1-based with an exclusive end column (SARIF §3.30), `columnKind: utf16CodeUnits`.
 * Rules are the diagnostic codes, described in French from core/diagnostics.ts (the one list,
 * also documented in docs/DIAGNOSTICS.md).
 */
import { DIAGNOSTIC_CODES, DIAGNOSTICS, diagnosticInfo } from '../../core/diagnostics';

export interface CheckPosition {
  line: number;
  character: number;
}

export interface CheckDiagnostic {
  code: string;
  /** "error" | "warning" | "information" | "hint" (LSP numbers 1–4 are accepted too). */
  severity: string | number;
  message: string;
  range: { start: CheckPosition; end: CheckPosition };
}

export interface CheckResult {
  file: string;
  diagnostics: CheckDiagnostic[];
}

export interface SarifOptions {
  toolVersion?: string;
  /** Absolute folder the relative `file`s are relative to (becomes %SRCROOT%). */
  baseDir?: string;
  /** Language of the messages (`en-US` when the CLI runs in English); rule descriptions stay French. */
  language?: string;
}

type Level = 'error' | 'warning' | 'note';

/** Short French description of each code, from the one list of codes (core/diagnostics.ts). */
export const RULE_DESCRIPTIONS: Record<string, string> = Object.fromEntries(DIAGNOSTIC_CODES.map((c) => [c, DIAGNOSTICS[c].title.fr]));

function level(severity: string | number): Level {
  const s = typeof severity === 'number' ? ['', 'error', 'warning', 'information', 'hint'][severity] ?? '' : severity.toLowerCase();
  if (s === 'error' || s === 'erreur') return 'error';
  if (s === 'warning' || s === 'avertissement') return 'warning';
  return 'note';
}

/** A file path as a SARIF artifact URI: `file:///…` when absolute, a relative reference otherwise. */
export function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return { uri: file }; // already a URI (file:///…)
  const slashed = file.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map((seg) => (/^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encode(slashed)}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

function folderUri(dir: string): string {
  const u = artifactUri(dir.endsWith('/') || dir.endsWith('\\') ? dir : `${dir}/`).uri;
  return u.endsWith('/') ? u : `${u}/`;
}

export function toSarif(results: CheckResult[], opts: SarifOptions = {}): Record<string, unknown> {
  const codes: string[] = [];
  const levels = new Map<string, Level>();
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (!codes.includes(d.code)) codes.push(d.code);
      const l = level(d.severity);
      const prev = levels.get(d.code);
      if (!prev || rank(l) > rank(prev)) levels.set(d.code, l);
    }
  }
  codes.sort();
  const rules = codes.map((id) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: RULE_DESCRIPTIONS[id] ?? `Diagnostic « ${id} »` },
    ...(diagnosticInfo(id) ? { fullDescription: { text: `${diagnosticInfo(id)!.title.fr} / ${diagnosticInfo(id)!.title.en}` } } : {}),
    defaultConfiguration: { level: levels.get(id) ?? 'warning' },
    helpUri: 'https://github.com/dossier-sio/dossier-sio/blob/main/docs/DIAGNOSTICS.md'
  }));
  const artifacts = results.map((r) => ({ location: artifactUri(r.file) }));
  const sarifResults = results.flatMap((r, index) =>
    r.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: level(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...artifactUri(r.file), index },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1
            }
          }
        }
      ]
    }))
  );
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'sio-dossier',
        fullName: 'Dossier SIO — vérification des dossiers BTS SIO / MC SNO',
        version: opts.toolVersion ?? '0.1.0',
        informationUri: 'https://github.com/dossier-sio/dossier-sio',
        language: 'fr-FR',
        rules
      }
    },
    language: opts.language ?? 'fr-FR',
    columnKind: 'utf16CodeUnits',
    artifacts,
    results: sarifResults
  };
  if (opts.baseDir) run.originalUriBaseIds = { '%SRCROOT%': { uri: folderUri(opts.baseDir) } };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run]
  };
}

function rank(l: Level): number {
  return l === 'error' ? 2 : l === 'warning' ? 1 : 0;
}
