/**
 * The server's synchronous view of files it must ask the client for (server/src/lsp/files.ts):
 * a keystroke's diagnostics cannot wait for the client, so the first look says « not known yet »,
 * asks, and re-checks what depends on the file once the answer differs from what was said.
 */
import { strict as assert } from 'node:assert';
import { childUri, FileView, sameUri, siblingUri, type FileAccess } from '../../../server/src/lsp/files';

function slowClient() {
  const pending: (() => void)[] = [];
  const texts = new Map<string, string>();
  const access: FileAccess = {
    stat: (uri) => new Promise((r) => pending.push(() => r(texts.has(uri) ? { type: 1, mtime: 1, size: texts.get(uri)!.length } : null))),
    readText: (uri) => new Promise((r) => pending.push(() => r(texts.has(uri) ? { text: texts.get(uri)!, bytes: texts.get(uri)!.length } : null))),
    readDir: async () => []
  };
  const answerAll = async () => {
    while (pending.length) pending.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { access, texts, answerAll };
}

const REVIEW = 'vscode-vfs://github/lycee/bts-sio/lea.revue.yaml';

describe('the server’s view of files the client reads', () => {
  it('unknown at first, asked once, then known; the late answer re-checks what depends on it', async () => {
    const c = slowClient();
    c.texts.set(REVIEW, 'revue: 1\n');
    let now = 0;
    const late: string[] = [];
    const view = new FileView(c.access, (u) => late.push(u), () => now);
    assert.equal(view.text(REVIEW), undefined);
    assert.equal(view.text(REVIEW), undefined, 'still unknown, and not asked twice');
    await c.answerAll();
    assert.deepEqual(late, [REVIEW]);
    assert.deepEqual(view.text(REVIEW), { text: 'revue: 1\n', bytes: 9 });
    // Later, the teacher's commit changes the review: after the freshness delay it is asked again.
    c.texts.set(REVIEW, 'revue: 1\nremarques: []\n');
    now += 5000;
    assert.deepEqual(view.text(REVIEW), { text: 'revue: 1\n', bytes: 9 }, 'the known text meanwhile');
    await c.answerAll();
    assert.equal(view.text(REVIEW)?.text, 'revue: 1\nremarques: []\n');
    assert.deepEqual(late, [REVIEW, REVIEW]);
    // Asked again with the same answer: nothing to re-check.
    now += 5000;
    view.text(REVIEW);
    await c.answerAll();
    assert.deepEqual(late, [REVIEW, REVIEW]);
  });

  it('a missing file is known as missing (null) once answered; forget() asks again', async () => {
    const c = slowClient();
    const late: string[] = [];
    const view = new FileView(c.access, (u) => late.push(u));
    assert.equal(view.stat(REVIEW), undefined);
    await c.answerAll();
    assert.equal(view.stat(REVIEW), null);
    c.texts.set(REVIEW, 'revue: 1\n');
    view.forget(REVIEW);
    assert.equal(view.stat(REVIEW), undefined);
    await c.answerAll();
    assert.equal(view.stat(REVIEW)?.size, 9);
  });

  it('the desktop answers at once (statSync/readTextSync) and never asks', () => {
    let asked = 0;
    const view = new FileView(
      {
        statSync: () => ({ type: 1, mtime: 1, size: 3 }),
        readTextSync: () => ({ text: 'abc', bytes: 3 }),
        stat: async () => (asked++, null),
        readText: async () => (asked++, null),
        readDir: async () => []
      },
      () => assert.fail('nothing is late on the desktop')
    );
    assert.equal(view.text('file:///home/lea/lea.revue.yaml')?.text, 'abc');
    assert.equal(view.stat('file:///home/lea/lea.revue.yaml')?.size, 3);
    assert.equal(asked, 0);
  });

  it('URIs of the files a dossier names: relative to its folder, encoded as VS Code writes them, never above the root', () => {
    const dossier = 'vscode-vfs://github/lycee/bts-sio/L%C3%A9a/lea.sio.yaml';
    assert.equal(siblingUri(dossier, 'pièces/attestation stage.pdf'), 'vscode-vfs://github/lycee/bts-sio/L%C3%A9a/pi%C3%A8ces/attestation%20stage.pdf');
    assert.equal(siblingUri(dossier, '..\\commun\\cv.pdf'), 'vscode-vfs://github/lycee/bts-sio/commun/cv.pdf');
    assert.equal(siblingUri('file:///lea.sio.yaml', '../../etc/passwd'), null);
    assert.equal(siblingUri('untitled:Untitled-1', 'cv.pdf'), null);
    assert.equal(childUri('vscode-remote://h/classe/', 'Chloé (2).sio.yaml'), 'vscode-remote://h/classe/Chlo%C3%A9%20%282%29.sio.yaml');
    assert.ok(sameUri('file:///c%3A/cours/l%C3%A9a.sio.yaml', 'file:///C:/cours/léa.sio.yaml'));
  });
});
