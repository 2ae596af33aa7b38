/**
 * The bundled server under hostile traffic, as a misbehaving or fuzzing client would send it:
 * malformed params for every request it registers, positions outside the text, edits to
 * documents never opened, broken JSON-RPC frames, a 10 MB document, alias bombs, deeply nested
 * YAML, binary text, a burst of 200 edits. Each request gets a JSON-RPC error with a code and a
 * message, or a result of the promised shape with every position inside the document
 * (support/lspAnswers.ts), diagnostics still arrive, and the process never exits. (Basic "one throwing hover"
 * and unknown-URI cases are in server.test.ts; the client-side restart is the extension's.)
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { ChildProcess } from 'node:child_process';
import type { Hover } from 'vscode-languageserver-types';
import type { SyntheseResult } from '../../server/src/protocol/messages';
import { SISR } from '../support/dossier';
import { checkError, checkResult, isEmptyResult } from '../support/lspAnswers';
import { startClient, type Client, type Published } from '../support/lspClient';

describe('the bundled server under hostile traffic', function () {
  this.timeout(60_000);
  let client: Client;
  let proc: ChildProcess;
  let conn: MessageConnection;
  let version = 1;

  const waitDiag = (uri: string, v: number): Promise<Published> =>
    client.waitFor(client.published, (p) => p.uri === uri && p.version === v, `les diagnostics de ${uri} v${v}`);
  const open = (uri: string, text: string) => {
    const v = version++;
    void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sio-yaml', version: v, text } });
    return v;
  };
  /** The server still answers a real request about a real dossier. */
  const alive = async () => {
    const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: OK }, position: { line: 13, character: 19 } })) as Hover | null;
    assert.ok(h, 'the server stopped answering hover on a healthy dossier');
    assert.equal(proc.exitCode, null, 'the server process exited');
  };
  const codes = (p: Published) => p.diagnostics.map((d) => d.code);
  const OK = 'file:///tmp/robustesse/sain.sio.yaml';

  before(async () => {
    client = await startClient('fr');
    ({ proc, conn } = client);
    const v = open(OK, SISR);
    await waitDiag(OK, v);
  });

  after(async () => {
    await client?.stop();
  });

  it('every registered request with missing, null or wrongly typed params answers a JSON-RPC error with a code and a message, or a well-formed result inside the document', async () => {
    const methods = [
      'textDocument/completion', 'textDocument/hover', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange',
      'textDocument/inlayHint', 'textDocument/codeLens', 'textDocument/references', 'textDocument/documentHighlight', 'sio/synthese'
    ];
    const bad: unknown[] = [
      {},
      null,
      { textDocument: null },
      { textDocument: { uri: 42 }, position: 'x' },
      { textDocument: { uri: OK } },
      { textDocument: { uri: OK }, position: { line: -1, character: -5 } },
      { textDocument: { uri: OK }, position: { line: 1e9, character: 1e9 } },
      { textDocument: { uri: OK }, position: { line: 1.5, character: NaN } },
      { textDocument: { uri: OK }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ range: null, message: 1, data: { kind: 'replace', replacements: 'x' } }] } },
      { textDocument: { uri: OK }, range: { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } }, context: { diagnostics: 'nope' } },
      { uri: { toString: 1 } },
      { uri: OK, includeEvaluation: 'oui' }
    ];
    const names = (m: string, p: unknown): boolean => {
      const o = p as { uri?: unknown; textDocument?: { uri?: unknown } } | null;
      return m === 'sio/synthese' ? o?.uri === OK : o?.textDocument?.uri === OK;
    };
    const problems: string[] = [];
    let results = 0;
    let errors = 0;
    for (const m of methods) {
      for (const [i, params] of bad.entries()) {
        let verdict: string | null;
        try {
          const r = await conn.sendRequest(m, params as never);
          verdict = checkResult(m, r, names(m, params), SISR);
          if (!isEmptyResult(r)) results++;
        } catch (e) {
          verdict = checkError(e);
          errors++;
        }
        if (verdict) problems.push(`${m} with params #${i} ${JSON.stringify(params)}: ${verdict}`);
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
    // Both kinds of answer occur: the checks above looked at real results and real errors.
    assert.ok(results > 0 && errors > 0, `${results} non-empty results, ${errors} errors`);
    // A position that is not two integers is refused by name (it once gave textEdits with `character: null`).
    await assert.rejects(
      conn.sendRequest('textDocument/completion', { textDocument: { uri: OK }, position: { line: 1.5, character: NaN } }),
      (e: { code?: number; message?: string }) => e.code === -32602 && /Position invalide/.test(String(e.message))
    );
    await alive();
  });

  it('edits to documents never opened, edits with ranges outside the text and duplicate opens leave the server answering', async () => {
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///jamais.sio.yaml', version: 9 }, contentChanges: [{ text: 'x' }] });
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///jamais.sio.yaml' } });
    const uri = 'file:///tmp/robustesse/hors-limites.sio.yaml';
    open(uri, SISR);
    const v = version++;
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line: 5000, character: 3 }, end: { line: -2, character: 9999 } }, text: 'zzz' }, { range: { start: { line: 0, character: 1e6 }, end: { line: 0, character: 1e6 } }, text: '\uD800' }]
    });
    await waitDiag(uri, v);
    open(uri, 'candidat: [');
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: null });
    await alive();
  });

  it('broken JSON-RPC frames (invalid JSON, unknown method, wrong id types) do not stop the server', async () => {
    const raw = (body: string) => proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    raw('{"jsonrpc":"2.0","id":991,"method":"textDocument/hover","params":{');
    raw('{bad json}');
    raw('{"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover","params":{}}');
    raw('{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"nope"}}');
    raw('[1,2,3]');
    await assert.rejects(conn.sendRequest('sio/inconnu', {}), /Unhandled method|not found|inconnu/i);
    await conn.sendNotification('sio/notification-inconnue', { a: 1 });
    await alive();
  });

  it('a 10 MB document gets file-too-large quickly, and edits to it too, while other dossiers keep their answers', async () => {
    const uri = 'file:///tmp/robustesse/enorme.sio.yaml';
    const big = SISR + '# ' + 'x'.repeat(10 * 1024 * 1024) + '\n';
    const v = open(uri, big);
    const p = await waitDiag(uri, v);
    assert.deepEqual(codes(p), ['file-too-large']);
    assert.match(String(p.diagnostics[0].message), /Fichier trop volumineux/);
    await alive();
    const v2 = version++;
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'é' }] });
    assert.deepEqual(codes(await waitDiag(uri, v2)), ['file-too-large']);
    // Completion and hover still answer (key completion needs no parse); what matters is an answer.
    await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } });
    assert.equal((await conn.sendRequest('sio/synthese', { uri }) as SyntheseResult).model, null);
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await alive();
  });

  it('alias bombs, binary text and two deeply nested documents are reported and the process survives', async () => {
    const bomb = 'candidat: &a ["x","x","x","x","x","x","x","x","x"]\n' + Array.from({ length: 9 }, (_, i) => `k${i}: &a${i} [${Array(9).fill(i === 0 ? '*a' : `*a${i - 1}`).join(',')}]`).join('\n');
    const cases: [string, string, RegExp][] = [
      ['bombe', bomb, /bombe d’alias/],
      ['binaire', 'candidat:\n  nom: \u0000\u0001\u0002', /binaires/],
      ['profond-1', '['.repeat(1000), /Imbrication trop profonde/],
      ['profond-2', '{a: '.repeat(1000) + '1' + '}'.repeat(1000), /Imbrication trop profonde/],
      ['profond-3', '- '.repeat(2000) + 'x', /Imbrication trop profonde/]
    ];
    for (const [name, text, message] of cases) {
      const uri = `file:///tmp/robustesse/${name}.sio.yaml`;
      const p = await waitDiag(uri, open(uri, text));
      assert.ok(p.diagnostics.some((d) => message.test(String(d.message))), `${name}: ${p.diagnostics.map((d) => d.message).join(' | ')}`);
    }
    await alive();
  });

  it('titles with <script> and control characters come back verbatim in sio/synthese, without error', async () => {
    const uri = 'file:///tmp/robustesse/hostile.sio.yaml';
    const title = '<script>alert(1)</script> \u0007 \u202E ${7*7}';
    const v = open(uri, SISR.replace('intitule: Déploiement de GLPI', `intitule: ${JSON.stringify(title)}`));
    await waitDiag(uri, v);
    const r = (await conn.sendRequest('sio/synthese', { uri })) as SyntheseResult;
    assert.ok(r.model, 'a table model');
    assert.ok(JSON.stringify(r.model).includes(JSON.stringify(title).slice(1, -1)), 'the title is kept as text, unchanged');
  });

  it('a burst of 200 edits without waiting ends with the diagnostics of the last version', async () => {
    const uri = 'file:///tmp/robustesse/rafale.sio.yaml';
    open(uri, SISR);
    let last = 0;
    for (let i = 0; i < 200; i++) {
      last = version++;
      void conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: last },
        contentChanges: [{ range: { start: { line: 11, character: 30 }, end: { line: 11, character: 30 } }, text: i % 2 ? 'a' : '[' }]
      });
    }
    const p = await waitDiag(uri, last);
    assert.ok(Array.isArray(p.diagnostics));
    await alive();
  });

  it('random incremental edits (fast-check, fixed seed): each version gets diagnostics whose ranges exist in the client’s copy of the text', async () => {
    const uri = 'file:///tmp/robustesse/aleatoire.sio.yaml';
    let text = SISR;
    open(uri, text);
    const doc = () => TextDocument.create(uri, 'sio-yaml', 0, text);
    const pieces = ['\n', '\r\n', ' ', '  - ', ': ', '[', ']', '{', '#', 'é', '😀', 'B1.', 'competences: [B2.', '\t', '"', '&a ', '*a', '---\n'];
    const edits = fc.sample(
      fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 0, max: 12 }), ins: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })) }),
      { seed: 99, numRuns: 60 }
    );
    for (const e of edits) {
      const d = doc();
      const start = Math.floor(e.a * text.length);
      const end = Math.min(text.length, start + e.len);
      const range = { start: d.positionAt(start), end: d.positionAt(end) };
      text = text.slice(0, start) + e.ins + text.slice(end);
      const v = version++;
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: e.ins }] });
      const p = await waitDiag(uri, v);
      const lines = text.split(/\r\n|\r|\n/);
      for (const diag of p.diagnostics) {
        for (const pos of [diag.range.start, diag.range.end]) {
          assert.ok(pos.line < lines.length && pos.character <= lines[pos.line].length + 1, `v${v}: ${diag.code} at ${JSON.stringify(pos)} outside the text`);
        }
      }
    }
    // The server followed every edit: it answers for the last version.
    const r = (await conn.sendRequest('sio/synthese', { uri })) as SyntheseResult;
    assert.equal(r.version, version - 1);
    await alive();
  });

  it('is still the same running process at the end, and exits cleanly when asked', async () => {
    await alive();
    assert.doesNotMatch(client.stderr.join(''), /FATAL|out of memory/);
    await conn.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    await conn.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});
