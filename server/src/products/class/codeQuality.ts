/**
 * GitLab Code Quality report (`sio-dossier verifier --format gitlab`): the JSON GitLab shows on a
 * merge request and in the pipeline's « Code Quality » tab, where SARIF stays a downloadable
 * artefact (issue 24). One entry per diagnostic: `description`, `check_name` (the diagnostic
 * code), `fingerprint` (stable across runs for the same problem at the same place), `severity`
 * (blocker | critical | major | minor | info) and `location.path` relative to the repository
 * with `lines.begin` 1-based. Pure: the caller gives the repository's folder.
 */
import type { CheckResult } from './sarif';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'blocker' | 'critical' | 'major' | 'minor' | 'info';
  location: { path: string; lines: { begin: number } };
}

function severity(s: string | number): CodeQualityIssue['severity'] {
  const v = typeof s === 'number' ? ['', 'error', 'warning', 'information', 'hint'][s] ?? '' : s.toLowerCase();
  if (v === 'error' || v === 'erreur') return 'major';
  if (v === 'warning' || v === 'avertissement') return 'minor';
  return 'info';
}

/** FNV-1a over the UTF-16 code units, twice with different offsets: 16 hex digits, no crypto needed. */
function fingerprint(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** `file` as GitLab wants it: relative to `baseDir`, forward slashes, no `./`. */
export function repoPath(file: string, baseDir?: string): string {
  let p = file.replace(/\\/g, '/');
  const base = baseDir?.replace(/\\/g, '/').replace(/\/?$/, '/');
  if (base && p.startsWith(base)) p = p.slice(base.length);
  return p.replace(/^(\.\/)+/, '');
}

export function toCodeQuality(results: CheckResult[], opts: { baseDir?: string } = {}): CodeQualityIssue[] {
  const out: CodeQualityIssue[] = [];
  for (const r of results) {
    const path = repoPath(r.file, opts.baseDir);
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const begin = d.range.start.line + 1;
      // The same message twice on one line (two citations of one unknown id) stays two issues.
      const key = `${path}\u0000${d.code}\u0000${begin}\u0000${d.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      out.push({ description: d.message, check_name: d.code, fingerprint: fingerprint(`${key}\u0000${n}`), severity: severity(d.severity), location: { path, lines: { begin } } });
    }
  }
  return out;
}
