/**
 * `--verifier-liens` against a real HTTP server on 127.0.0.1 that answers 200, 404, a redirect,
 * a HEAD refusal and a request it never answers: the broken links are listed with the pages
 * they appear on, and the silent one is given up after the time limit.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runSite } from '../../../server/src/cli/site';
import { checkLinks } from '../../../server/src/products/site/linkCheck';
import { NOW, SISR } from '../../support/dossier';

describe('link checker (--verifier-liens)', function () {
  this.timeout(20_000);
  let server: Server;
  let base: string;
  const seen: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === '/ok') return res.writeHead(200).end('ok');
      if (req.url === '/absent') return res.writeHead(404).end('non');
      if (req.url === '/ancien') return res.writeHead(301, { location: '/ok' }).end();
      if (req.url === '/vers-absent') return res.writeHead(302, { location: '/absent' }).end();
      if (req.url === '/sans-head') return req.method === 'HEAD' ? res.writeHead(405).end() : res.writeHead(200).end('ok');
      if (req.url === '/muet') return; // never answers
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('200, redirect to 200 and HEAD refused then GET 200 are fine; 404, redirect to 404 and silence are broken', async () => {
    const links = new Map([
      [`${base}/ok`, ['index.html']],
      [`${base}/ancien`, ['tableau.html']],
      [`${base}/sans-head`, ['veille.html']],
      [`${base}/absent`, ['realisation-glpi.html', 'tableau.html']],
      [`${base}/vers-absent`, ['index.html']],
      [`${base}/muet`, ['index.html']]
    ]);
    const started = Date.now();
    const r = await checkLinks(links, { timeoutMs: 600, concurrency: 2 });
    const byPath = Object.fromEntries(r.map((l) => [new URL(l.url).pathname, l]));
    assert.equal(byPath['/ok'].ok, true);
    assert.equal(byPath['/ancien'].ok, true);
    assert.equal(byPath['/sans-head'].ok, true);
    assert.ok(seen.includes('GET /sans-head'), 'GET after a refused HEAD');
    assert.ok(!seen.includes('GET /ok'), 'HEAD is enough when it answers');
    assert.deepEqual([byPath['/absent'].ok, byPath['/absent'].status, byPath['/absent'].pages], [false, 404, ['realisation-glpi.html', 'tableau.html']]);
    assert.deepEqual([byPath['/vers-absent'].ok, byPath['/vers-absent'].status], [false, 404]);
    assert.equal(byPath['/muet'].ok, false);
    assert.match(byPath['/muet'].error ?? '', /délai dépassé/);
    // Bounded: the silent link costs one time limit, not a hang.
    assert.ok(Date.now() - started < 5000);
  });

  it('sio-dossier site --verifier-liens lists each broken link with its pages and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sio-links-'));
    try {
      const file = path.join(dir, 'lea.sio.yaml');
      // No address outside 127.0.0.1: the test must not depend on the machine being online.
      writeFileSync(file, SISR.replace('https://lea.github.io/portfolio', `${base}/ancien`).replace('competences: [B1.1, B1.2, B1.3]', `competences: [B1.1, B1.2, B1.3]\n    documents: ["${base}/absent", "${base}/ok"]`));
      const out: string[] = [];
      const err: string[] = [];
      const code = await runSite({ args: [file], checkLinks: true, locale: 'fr', now: NOW, out: (s) => out.push(s), err: (s) => err.push(s) });
      assert.equal(code, 1);
      assert.deepEqual(err.filter((e) => e.startsWith('Lien cassé')), [`Lien cassé ${base}/absent (HTTP 404) dans tableau.html, realisation-glpi.html`]);
      assert.match(out.join('\n'), /Liens vérifiés : 3, cassés : 1\./);
      const again = await runSite({ args: [file], locale: 'fr', now: NOW, out: (s) => out.push(s), err: (s) => err.push(s) });
      assert.equal(again, 0, 'off by default');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
