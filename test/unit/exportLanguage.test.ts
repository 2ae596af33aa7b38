/**
 * The PDF export speaks the language of `sio.langue` like every other message: a French class
 * on an English VS Code gets its export warnings and errors in French (issue 17: the export
 * used to follow VS Code's display language). client/src/commands/exportPdf.ts picks the core's
 * bilingual texts with activeLocale().
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { activeLocale, effectiveLanguage, initL10n } from '../../client/src/l10n';
import { englishFromDisk } from '../../client/src/l10nDisk';
import { pick } from '../../shared/l10n';
import { text } from '../../server/src/core/l10n';

const root = path.resolve(__dirname, '../..');
const WARNING = text('Police DejaVu introuvable', 'DejaVu font not found');

describe('the language of the PDF export messages', () => {
  after(() => initL10n('fr', englishFromDisk(root)));

  it('sio.langue = fr on an English VS Code: French', () => {
    initL10n(effectiveLanguage('fr', 'en-US'), englishFromDisk(root));
    assert.equal(activeLocale(), 'fr');
    assert.equal(pick(WARNING, activeLocale()), 'Police DejaVu introuvable');
  });

  it('sio.langue = en on a French VS Code: English', () => {
    initL10n(effectiveLanguage('en', 'fr'), englishFromDisk(root));
    assert.equal(pick(WARNING, activeLocale()), 'DejaVu font not found');
  });

  it('sio.langue = auto follows VS Code', () => {
    initL10n(effectiveLanguage('auto', 'en-GB'), englishFromDisk(root));
    assert.equal(activeLocale(), 'en');
    initL10n(effectiveLanguage('auto', 'fr-FR'), englishFromDisk(root));
    assert.equal(activeLocale(), 'fr');
  });
});
