/**
 * The publishing recipes of docs/publier/ (github-pages.yml, gitlab-pages.yml, classe-github-pages.yml,
 * actions/verifier/action.yml) read as CI would: the YAML parses, the triggers, permissions and
 * jobs are those the doc promises, every action is pinned to a major version and the tool to a
 * released package; then the steps that do the work are run here, as written, with the built CLI
 * in place of the installed one (test/unit/cli/npmPackage.test.ts installs the package itself).
 * GitHub and GitLab cannot be reached from here: the actions (upload-sarif, Pages) are not run.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const WORKFLOW = path.join(ROOT, 'docs/publier/github-pages.yml');

interface Step { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; 'continue-on-error'?: boolean }
interface Job { 'runs-on': string; needs?: string; if?: string; permissions: Record<string, string>; steps: Step[] }
/** The pinned tool: a released npm tarball (or name@version), never a branch. */
const PINNED = /^(https:\/\/\S+\/v\d+\.\d+\.\d+\/dossier-sio-\d+\.\d+\.\d+\.tgz|dossier-sio@\d+\.\d+\.\d+)$/;

const wf = parse(readFileSync(WORKFLOW, 'utf8')) as { on: Record<string, unknown>; env: Record<string, string>; jobs: Record<string, Job> };
const step = (job: string, id: string) => wf.jobs[job].steps.find((s) => s.id === id) ?? assert.fail(`${job}.${id} absent`);

/** Runs a step's script with bash -e in `cwd`, the built CLI standing in for the cloned one. */
function runStep(s: Step, cwd: string, env: Record<string, string>) {
  return spawnSync('bash', ['-e', '-c', s.run!], { cwd, encoding: 'utf8', env: { ...process.env, ...env, SIO: `${process.execPath} ${CLI}` } });
}

describe('publishing recipe (GitHub Actions workflow)', () => {
  it('is valid YAML with the promised triggers, jobs, permissions and pinned actions', () => {
    assert.ok('push' in wf.on && 'pull_request' in wf.on);
    assert.deepEqual(Object.keys(wf.jobs), ['verifier', 'publier']);
    assert.equal(wf.jobs.verifier.permissions['security-events'], 'write', 'SARIF upload');
    // The check annotates, it never blocks publication.
    assert.equal(wf.jobs.publier.needs, undefined, 'publier does not wait for verifier');
    assert.match(wf.env.SIO_DOSSIER_PACKAGE, PINNED);
    for (const job of Object.values(wf.jobs)) assert.doesNotMatch(job.steps.map((s) => s.run ?? '').join('\n'), /git clone/, 'no clone of a moving branch');
    assert.match(wf.jobs.publier.if!, /github.event_name == 'push'/);
    assert.deepEqual([wf.jobs.publier.permissions.pages, wf.jobs.publier.permissions['id-token']], ['write', 'write']);
    for (const [name, job] of Object.entries(wf.jobs)) {
      assert.equal(job['runs-on'], 'ubuntu-latest');
      for (const s of job.steps) {
        assert.ok(!!s.uses !== !!s.run, `${name}: une étape a soit uses soit run`);
        if (s.uses) assert.match(s.uses, /^[\w-]+\/[\w/-]+@v\d+$/, `${name}: ${s.uses} épinglée à une version majeure`);
      }
    }
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter(Boolean));
    assert.ok(uses.includes('github/codeql-action/upload-sarif@v3'));
    assert.ok(uses.includes('actions/deploy-pages@v4'));
    assert.equal(wf.jobs.publier.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path, '_site');
    assert.equal(wf.jobs.verifier.steps.find((s) => s.uses?.includes('upload-sarif'))?.with?.sarif_file, 'resultats.sarif');
  });

  it('its check and site steps run as written on a student repository and give SARIF and a site', () => {
    assert.ok(existsSync(CLI), 'npm run build first');
    const repo = mkdtempSync(path.join(tmpdir(), 'sio-recipe-'));
    try {
      cpSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), path.join(repo, wf.env.DOSSIER));
      for (const d of ['pieces', 'attestations']) cpSync(path.join(ROOT, 'examples', d), path.join(repo, d), { recursive: true });
      const env = { DOSSIER: wf.env.DOSSIER };
      const check = runStep(step('verifier', 'verifier'), repo, env);
      assert.equal(check.status, 0, check.stderr);
      const sarif = JSON.parse(readFileSync(path.join(repo, 'resultats.sarif'), 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs[0].results.length, 0);
      const site = runStep(step('publier', 'site'), repo, env);
      assert.equal(site.status, 0, site.stderr);
      assert.ok(existsSync(path.join(repo, '_site/index.html')));
      assert.ok(existsSync(path.join(repo, '_site/fichiers/pieces/procedure-glpi.md')));

      // A dossier with an error: the check step fails (continue-on-error keeps the SARIF for
      // the diff), the report step is red — and the site is still generated and published.
      cpSync(path.join(ROOT, 'test/fixtures/erreurs/toutes-erreurs.sio.yaml'), path.join(repo, 'autre.sio.yaml'));
      assert.equal(runStep(step('verifier', 'verifier'), repo, env).status, 1);
      const results = JSON.parse(readFileSync(path.join(repo, 'resultats.sarif'), 'utf8')).runs[0].results;
      assert.ok(results.some((r: { level: string }) => r.level === 'error'));
      assert.equal(runStep(step('verifier', 'rapport'), repo, env).status, 1);
      rmSync(path.join(repo, '_site'), { recursive: true });
      assert.equal(runStep(step('publier', 'site'), repo, env).status, 0, 'published whatever the check says');
      assert.ok(existsSync(path.join(repo, '_site/index.html')));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('publishing recipe (GitLab CI)', () => {
  interface GlJob { stage: string; script: string[]; rules?: { if: string }[]; needs?: unknown[]; allow_failure?: boolean; artifacts: { paths: string[]; when?: string; reports?: { codequality?: string } } }
  const gl = parse(readFileSync(path.join(ROOT, 'docs/publier/gitlab-pages.yml'), 'utf8')) as
    { variables: Record<string, string>; default: { image: string; before_script: string[] }; stages: string[]; verifier: GlJob; pages: GlJob };

  it('is valid YAML: check in the test stage, Pages (public/) in the deploy stage on the default branch only', () => {
    assert.deepEqual(gl.stages, ['test', 'deploy']);
    assert.equal(gl.verifier.stage, 'test');
    assert.equal(gl.verifier.artifacts.when, 'always');
    assert.equal(gl.pages.stage, 'deploy');
    assert.deepEqual(gl.pages.artifacts.paths, ['public']);
    assert.match(gl.pages.rules![0].if, /CI_DEFAULT_BRANCH/);
    assert.match(gl.default.image, /^node:\d+$/);
    assert.match(gl.variables.SIO_DOSSIER_PACKAGE, PINNED);
    // Problems on the merge request, and never a blocked publication.
    assert.equal(gl.verifier.artifacts.reports?.codequality, 'gl-code-quality-report.json');
    assert.equal(gl.verifier.allow_failure, true);
    assert.deepEqual(gl.pages.needs, []);
  });

  it('its job scripts run as written and give SARIF and a site in public/', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'sio-recipe-gl-'));
    try {
      cpSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), path.join(repo, gl.variables.DOSSIER));
      for (const d of ['pieces', 'attestations']) cpSync(path.join(ROOT, 'examples', d), path.join(repo, d), { recursive: true });
      const env = { DOSSIER: gl.variables.DOSSIER };
      for (const job of [gl.verifier, gl.pages]) {
        const r = runStep({ run: job.script.join('\n') }, repo, env);
        assert.equal(r.status, 0, r.stderr);
      }
      assert.equal(JSON.parse(readFileSync(path.join(repo, 'resultats.sarif'), 'utf8')).version, '2.1.0');
      assert.ok(existsSync(path.join(repo, 'public/index.html')));
      // With an error, the Code Quality report lists it where GitLab shows it: path, line, severity.
      cpSync(path.join(ROOT, 'test/fixtures/erreurs/toutes-erreurs.sio.yaml'), path.join(repo, 'autre.sio.yaml'));
      runStep({ run: gl.verifier.script.join('\n') }, repo, env);
      const cq = JSON.parse(readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8')) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
      assert.ok(cq.length > 0);
      for (const i of cq) {
        assert.ok(i.description && i.check_name && /^[0-9a-f]{16}$/.test(i.fingerprint), JSON.stringify(i));
        assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity));
        assert.equal(i.location.path, 'autre.sio.yaml');
        assert.ok(i.location.lines.begin >= 1);
      }
      assert.ok(cq.some((i) => i.severity === 'major'));
      assert.equal(new Set(cq.map((i) => i.fingerprint)).size, cq.length, 'one fingerprint per issue');
      assert.equal(runStep({ run: gl.pages.script.join('\n') }, repo, env).status, 0, 'the site is still built');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('publishing recipe for a class repository (every student’s site under one Pages site)', () => {
  const cls = parse(readFileSync(path.join(ROOT, 'docs/publier/classe-github-pages.yml'), 'utf8')) as { env: Record<string, string>; jobs: Record<string, Job> };

  it('is valid YAML, pinned, and its step builds one site per dossier with an index page that links them', () => {
    assert.match(cls.env.SIO_DOSSIER_PACKAGE, PINNED);
    assert.deepEqual([cls.jobs.publier.permissions.pages, cls.jobs.publier.permissions['id-token']], ['write', 'write']);
    const repo = mkdtempSync(path.join(tmpdir(), 'sio-recipe-classe-'));
    try {
      // The example class, one sub-folder per student, plus a dossier full of errors.
      for (const f of ['lea-martin-sisr', 'hugo-bernard-slam', 'ines-petit-mc-sno']) {
        cpSync(path.join(ROOT, 'examples', `${f}.sio.yaml`), path.join(repo, f, `${f}.sio.yaml`), { recursive: true });
      }
      cpSync(path.join(ROOT, 'test/fixtures/erreurs/toutes-erreurs.sio.yaml'), path.join(repo, 'erreurs', 'toutes-erreurs.sio.yaml'));
      const s = cls.jobs.publier.steps.find((x) => x.id === 'sites')!;
      const r = runStep(s, repo, { TITRE: cls.env.TITRE });
      assert.equal(r.status, 0, r.stderr);
      const index = readFileSync(path.join(repo, '_site/index.html'), 'utf8');
      for (const f of ['hugo-bernard-slam', 'ines-petit-mc-sno', 'lea-martin-sisr']) {
        assert.ok(existsSync(path.join(repo, '_site', f, 'index.html')), f);
        assert.ok(index.includes(`<a href="${f}/">${f}</a>`), index);
      }
      assert.match(index, /<title>Portfolios de la classe<\/title>/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('reusable action actions/verifier', () => {
  const action = parse(readFileSync(path.join(ROOT, 'actions/verifier/action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };

  it('is a composite action pinned to a released package whose check step reports errors without failing', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(action.inputs.paquet.default, PINNED);
    const repo = mkdtempSync(path.join(tmpdir(), 'sio-action-'));
    try {
      cpSync(path.join(ROOT, 'test/fixtures/erreurs/toutes-erreurs.sio.yaml'), path.join(repo, 'autre.sio.yaml'));
      const out = path.join(repo, 'sortie.txt');
      const r = runStep(action.runs.steps.find((x) => x.id === 'verifier')!, repo, { CHEMIN: '.', SARIF: 'resultats.sarif', GITHUB_OUTPUT: out });
      assert.equal(r.status, 0, 'errors in a dossier do not fail the step');
      assert.equal(readFileSync(out, 'utf8').trim(), 'erreurs=oui');
      assert.equal(JSON.parse(readFileSync(path.join(repo, 'resultats.sarif'), 'utf8')).version, '2.1.0');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
