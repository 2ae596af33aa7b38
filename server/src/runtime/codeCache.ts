/**
 * Loads a bundle of dist/ (export.js, tableur.js, site.js) like `require`, with a V8 code cache:
 * a fresh `sio-dossier pdf` or the first export in the editor otherwise spends a large share of
 * its time parsing and compiling the PDF engine's JavaScript before rendering anything
 * (docs/PERFORMANCE.md). The cache holds V8's compiled code of the bundle, taken after the first
 * use so that it also covers the functions the export ran.
 *
 * Safe by construction: the cache lives in the user's cache folder (never beside their files);
 * its file name carries a hash of the bundle's text, V8's version and the architecture; its
 * content carries a SHA-256 of V8's data, checked before V8 sees it (V8 itself checks versions
 * and flags, not the payload): that guards against damage (a full disk, a crash mid-write), not
 * against someone who can write the user's files, which is why the folder is private (0700). A missing, truncated, corrupt or rejected cache is ignored: the
 * bundle is compiled as `require` would and the cache is written anew, atomically (temporary
 * file + rename). Any failure around the cache only costs the time it was meant to save.
 * SIO_CODE_CACHE=0 turns it off; SIO_CODE_CACHE_DIR chooses the folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const MAGIC = Buffer.from('SIOV8C1\n', 'latin1');
const HASH_BYTES = 32;

/** The folder of the code caches, or null when turned off. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (env.SIO_CODE_CACHE === '0') return null;
  if (env.SIO_CODE_CACHE_DIR) return env.SIO_CODE_CACHE_DIR;
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : (env.XDG_CACHE_HOME ?? path.join(home, '.cache'));
  return path.join(base, 'dossier-sio', 'code-cache');
}

/** V8's data framed as MAGIC + SHA-256(data) + data. */
export function frame(data: Buffer): Buffer {
  return Buffer.concat([MAGIC, createHash('sha256').update(data).digest(), data]);
}

/** V8's data out of a cache file, or null when the file is not one of ours or does not match its hash. */
export function unframe(file: Buffer): Buffer | null {
  const head = MAGIC.length + HASH_BYTES;
  if (file.length <= head || !file.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const data = file.subarray(head);
  return createHash('sha256').update(data).digest().equals(file.subarray(MAGIC.length, head)) ? data : null;
}

interface Loaded {
  script: vm.Script;
  cacheFile: string | null;
  /** True when the cache file was absent, unreadable, corrupt or rejected by V8. */
  stale: boolean;
}

// Shared by every copy of this module in the process (dist/cli.js and dist/cli-main.js each
// bundle one): V8's flags are process-wide, so is the choice.
const ONE_SHOT = Symbol.for('dossier-sio.code-cache.one-shot');
const isOneShot = (): boolean => (globalThis as Record<symbol, unknown>)[ONE_SHOT] === true;

/**
 * For a process that does one short job and exits (`sio-dossier pdf`): no optimizing compiler.
 * TurboFan compiles hot functions on a background thread for a speed-up that a half-second
 * process never lives to use; without it a cold export takes about a third less CPU and no
 * more time (docs/PERFORMANCE.md). Call before loading any bundle: V8 stamps its flags into the
 * code it caches and refuses a cache made under other flags; the cache files are named after it.
 * `--no-opt` is V8's name for it from Node 18 to 24; elsewhere nothing is changed.
 */
export function oneShotProcess(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (isOneShot() || major < 18 || major > 24) return;
  v8.setFlagsFromString('--no-opt');
  (globalThis as Record<symbol, unknown>)[ONE_SHOT] = true;
}

const loaded = new Map<string, { exports: unknown } & Loaded>();

function cacheFileFor(dir: string, bundle: string, source: string): string {
  const key = createHash('sha256').update(source).update(`\0${process.versions.v8}\0${process.arch}\0${process.execArgv.join(' ')}\0${isOneShot() ? 'no-opt' : ''}`).digest('hex').slice(0, 24);
  // One file per flavour, so that `pdf` (one-shot) and the other commands do not evict each other's.
  return path.join(dir, `${path.basename(bundle, '.js')}${isOneShot() ? '.once' : ''}-${key}.v8`);
}

function readCache(file: string | null): Buffer | undefined {
  if (!file) return undefined;
  try {
    return unframe(readFileSync(file)) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * `require(bundle)` through the code cache. The same module object for every call in a process
 * (and in `require.cache`, so a plain `require` of the same file gets it too).
 */
export function requireBundle<T = unknown>(bundle: string, env: NodeJS.ProcessEnv = process.env): T {
  const filename = path.resolve(bundle);
  const done = loaded.get(filename);
  if (done) return done.exports as T;
  const cached = require.cache?.[filename];
  if (cached?.loaded) return cached.exports as T;
  const source = readFileSync(filename, 'utf8');
  const dir = codeCacheDir(env);
  const cacheFile = dir ? cacheFileFor(dir, filename, source) : null;
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename, cachedData });
  const mod = { exports: {} as unknown, filename, id: filename, loaded: false };
  const req = createRequire(filename);
  const entry = { exports: undefined as unknown, script, cacheFile, stale: !cachedData || script.cachedDataRejected === true };
  (script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
  mod.loaded = true;
  entry.exports = mod.exports;
  loaded.set(filename, entry);
  return mod.exports as T;
}

/** The caches of earlier builds of the same bundle: they can never match again. */
function removeOlderCaches(current: string): void {
  const dir = path.dirname(current);
  const prefix = path.basename(current).replace(/-[0-9a-f]+\.v8$/, '-');
  for (const f of readdirSync(dir)) {
    if (f !== path.basename(current) && f.length === path.basename(current).length && f.startsWith(prefix) && /-[0-9a-f]{24}\.v8$/.test(f)) rmSync(path.join(dir, f), { force: true });
  }
}

/**
 * Writes the cache of every bundle loaded without a valid one. Called after the work (the CLI
 * command, the first export) so that the cache includes the functions it compiled. Never throws.
 */
export function saveCodeCaches(): number {
  let written = 0;
  for (const entry of loaded.values()) {
    if (!entry.stale || !entry.cacheFile) continue;
    entry.stale = false;
    const tmp = `${entry.cacheFile}.${process.pid}.${Date.now().toString(36)}.tmp`;
    try {
      // Private to the user: a cache is code that this process will run.
      mkdirSync(path.dirname(entry.cacheFile), { recursive: true, mode: 0o700 });
      writeFileSync(tmp, frame(entry.script.createCachedData()), { flag: 'wx', mode: 0o644 });
      renameSync(tmp, entry.cacheFile);
      written++;
      removeOlderCaches(entry.cacheFile);
    } catch {
      // The cache folder cannot be written (read-only, a file in its place…): no cache, same export.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
  return written;
}
