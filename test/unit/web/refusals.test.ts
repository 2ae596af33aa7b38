/**
 * In VS Code for the Web the products whose engines still need Node are refused with a message that
 * says why and names the desktop alternative (client/src/browser/refusals.ts), and are hidden
 * from the palette and the menus there (package.json `!sio.web`).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WEB_REFUSED_COMMANDS, webRefusal } from '../../../client/src/browser/refusals';
import { initL10n } from '../../../client/src/l10n';
import { englishFromDisk } from '../../../client/src/l10nDisk';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nlsFr = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.fr.json'), 'utf8'));

describe('products refused in VS Code for the Web', () => {
  after(() => initL10n('fr', englishFromDisk(ROOT)));

  it('the site says, in French, that the browser cannot, and names the desktop command and sio-dossier site', () => {
    initL10n('fr', englishFromDisk(ROOT));
    const m = webRefusal('sio.generateSite');
    assert.match(m, /^Le site du portfolio ne se génère pas dans VS Code pour le Web/);
    assert.ok(m.includes(`« Dossier SIO : ${nlsFr['command.generateSite']} »`), m);
    assert.ok(m.includes('sio-dossier site <dossier>.sio.yaml'), m);
  });

  it('the PDF and spreadsheet exports are no longer refused on the web: they are made in the browser and shown in its menus', () => {
    const made = ['sio.exportPdf', 'sio.exportPdfAs', 'sio.exportTableur'];
    for (const c of made) assert.ok(!(WEB_REFUSED_COMMANDS as readonly string[]).includes(c), c);
    const menus = manifest.contributes.menus as Record<string, { command: string; when?: string }[]>;
    const pdf = Object.values(menus).flat().filter((i) => made.includes(i.command));
    assert.ok(pdf.length >= 7);
    assert.deepEqual(pdf.filter((i) => (i.when ?? '').includes('sio.web')), []);
  });

  it('each refused command names its own desktop command title and its sio-dossier command', () => {
    initL10n('fr', englishFromDisk(ROOT));
    const expected: Record<string, [string, string]> = {
      'sio.importTableau': ['command.importTableau', 'sio-dossier importer'],
      'sio.generateSite': ['command.generateSite', 'sio-dossier site']
    };
    for (const [command, [title, cli]] of Object.entries(expected)) {
      const m = webRefusal(command as (typeof WEB_REFUSED_COMMANDS)[number]);
      assert.ok(m.includes(`« Dossier SIO : ${nlsFr[title]} »`), `${command}: ${m}`);
      assert.ok(m.includes(cli), `${command}: ${m}`);
    }
  });

  it('speaks English in an English VS Code', () => {
    initL10n('en', englishFromDisk(ROOT));
    assert.match(webRefusal('sio.generateSite'), /^The portfolio site cannot be generated in VS Code for the Web\. .*sio-dossier site <dossier>\.sio\.yaml$/);
  });

  it('every refused command is hidden on the web wherever the manifest shows it', () => {
    const menus = manifest.contributes.menus as Record<string, { command: string; when?: string }[]>;
    const shown = Object.entries(menus).flatMap(([menu, items]) => items.filter((i) => (WEB_REFUSED_COMMANDS as readonly string[]).includes(i.command)).map((i) => ({ menu, ...i })));
    assert.ok(shown.length >= WEB_REFUSED_COMMANDS.length);
    assert.deepEqual(shown.filter((i) => !/^!sio\.web && |^!sio\.web$/.test(i.when ?? '')), []);
    const palette = new Set(menus.commandPalette.map((i) => i.command));
    for (const c of WEB_REFUSED_COMMANDS) assert.ok(palette.has(c), `${c} has a commandPalette entry hiding it`);
  });

  it('the manifest has a browser entry beside main, and supports virtual workspaces', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/browser/extension.js');
    assert.notEqual(manifest.capabilities.virtualWorkspaces.supported, false);
  });
});
