/**
 * The « inside the student's folder » rule itself (server/src/node/insideFolder.ts), on a real
 * disk: what it accepts, what it refuses and why, and the race it closes — a name swapped
 * between the check and the read (the file, or a folder on its path, replaced by a link
 * outside) gives an error, never the foreign bytes. A FIFO is refused without blocking.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkInside, readChecked, SwappedFile, type CheckedFile } from '../../server/src/node/insideFolder';

describe('the « inside the student\'s folder » rule', () => {
  let root: string;
  let dir: string;
  let secret: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sio-inside-'));
    dir = path.join(root, 'lea');
    mkdirSync(path.join(dir, 'attestations'), { recursive: true });
    secret = path.join(root, 'secret.pdf');
    writeFileSync(secret, 'SECRET du professeur');
    writeFileSync(path.join(dir, 'attestations/stage.pdf'), '%PDF attestation de Léa');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const checked = (value: string): CheckedFile => {
    const r = checkInside(dir, value);
    assert.ok(r.ok, `refused: ${JSON.stringify(r)}`);
    return r;
  };

  it('accepts a file of the folder, and a link that stays inside it', () => {
    assert.equal(Buffer.from(readChecked(checked('./attestations/stage.pdf'))).toString(), '%PDF attestation de Léa');
    symlinkSync('attestations/stage.pdf', path.join(dir, 'copie.pdf'));
    assert.equal(checked('copie.pdf').rel, 'copie.pdf');
  });

  it('refuses a folder, a FIFO (without blocking) and a dangling link, each with its reason', () => {
    const why = (v: string) => {
      const r = checkInside(dir, v);
      assert.equal(r.ok, false);
      return r.ok ? null : r;
    };
    assert.match(why('attestations')!.why.fr, /c’est un dossier/);
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'tube.pdf')]).status, 0);
    assert.match(why('tube.pdf')!.why.fr, /pas un fichier ordinaire/);
    symlinkSync(path.join(root, 'absent.pdf'), path.join(dir, 'perdu.pdf'));
    assert.equal(why('perdu.pdf')!.missing, true);
    assert.match(why('C:\\Users\\prof\\notes.pdf')!.why.fr, /chemin absolu/);
    assert.match(why('attestations/../../secret.pdf')!.why.fr, /hors du dossier \(\.\.\)/);
  });

  it('reads nothing when the checked file is swapped for a link outside before the read', () => {
    const f = checked('attestations/stage.pdf');
    unlinkSync(path.join(dir, 'attestations/stage.pdf'));
    symlinkSync(secret, path.join(dir, 'attestations/stage.pdf'));
    assert.throws(() => readChecked(f), (e: unknown) => e instanceof SwappedFile && /« attestations\/stage\.pdf » a changé depuis sa vérification/.test(e.why.fr));
  });

  it('reads nothing when a folder on the path is swapped for a link outside before the read', () => {
    const f = checked('attestations/stage.pdf');
    mkdirSync(path.join(root, 'ailleurs'));
    writeFileSync(path.join(root, 'ailleurs/stage.pdf'), 'SECRET du professeur');
    renameSync(path.join(dir, 'attestations'), path.join(root, 'vieux'));
    symlinkSync(path.join(root, 'ailleurs'), path.join(dir, 'attestations'));
    assert.throws(() => readChecked(f), (e: unknown) => e instanceof SwappedFile && /un autre fichier a pris sa place/.test(e.why.fr));
  });
});
