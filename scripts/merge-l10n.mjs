// Merges the English fragments `client/src/**/*.l10n.en.json` (French source → English) into
// l10n/bundle.l10n.en.json, the bundle client/src/l10n.ts reads when the VS Code UI is English.
// Each helper keeps the English next to the code that shows it; one French string translated two
// different ways is an error, since the bundle can only hold one.
// Run by esbuild.mjs on every build, or by hand: `node scripts/merge-l10n.mjs [--check]`
// (--check: exit 1 when the committed bundle is out of date, without writing).
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundlePath = join(root, 'l10n', 'bundle.l10n.en.json');

function fragments(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return fragments(p);
    return e.name.endsWith('.l10n.en.json') ? [p] : [];
  });
}

export function mergedBundle() {
  const merged = {};
  const origin = {};
  for (const file of fragments(join(root, 'client', 'src')).sort()) {
    const entries = JSON.parse(readFileSync(file, 'utf8'));
    for (const [fr, en] of Object.entries(entries)) {
      if (typeof en !== 'string' || en.trim() === '') throw new Error(`${relative(root, file)}: empty English for "${fr}"`);
      if (fr in merged && merged[fr] !== en) {
        throw new Error(`"${fr}" is translated differently in ${origin[fr]} and ${relative(root, file)}`);
      }
      merged[fr] = en;
      origin[fr] = relative(root, file);
    }
  }
  return Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
}

export function writeBundle({ check = false } = {}) {
  const text = JSON.stringify(mergedBundle(), null, 2) + '\n';
  const current = existsSync(bundlePath) ? readFileSync(bundlePath, 'utf8') : '';
  if (current === text) return false;
  if (check) throw new Error('l10n/bundle.l10n.en.json is out of date: run node scripts/merge-l10n.mjs');
  mkdirSync(dirname(bundlePath), { recursive: true });
  writeFileSync(bundlePath, text);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const changed = writeBundle({ check: process.argv.includes('--check') });
    console.log(changed ? 'l10n/bundle.l10n.en.json mis à jour / updated' : 'l10n/bundle.l10n.en.json à jour / up to date');
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
