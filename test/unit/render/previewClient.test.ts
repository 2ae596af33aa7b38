import * as assert from 'node:assert/strict';
import { LatestOnly } from '../../../client/src/preview/latestOnly';
import { realisationAt } from '../../../client/src/preview/realisationAt';
import { isFromPageMessage, isToPageMessage } from '../../../webview/src/messages';
import { loadModel } from '../../support/synthese';

describe('preview: the réalisation under the cursor', () => {
  const model = loadModel('sisr');
  const glpi = model.groups[0].rows[0];

  it('a line inside a réalisation names it, first and last lines included', () => {
    assert.equal(realisationAt(model, glpi.lines.start), 'glpi');
    assert.equal(realisationAt(model, glpi.lines.end), 'glpi');
  });

  it('a line outside every réalisation names none', () => {
    assert.equal(realisationAt(model, 0), null);
    assert.equal(realisationAt(model, 10_000), null);
    assert.equal(realisationAt(null, 12), null);
  });

  it('finds rows of the MC SNO grids too', () => {
    const mc = loadModel('mcsno');
    const row = mc.grids[1].rows[0];
    assert.equal(realisationAt(mc, row.lines.start + 1), row.id);
  });
});

describe('preview: stale renders are dropped', () => {
  it('an answer to an older request is dropped once a newer request is sent', () => {
    const l = new LatestOnly();
    const first = l.begin();
    const second = l.begin();
    assert.equal(l.accept(first, 3), false);
    assert.equal(l.accept(second, 4), true);
  });

  it('an answer built from an older document version than the one shown is dropped', () => {
    const l = new LatestOnly();
    assert.equal(l.accept(l.begin(), 5), true);
    assert.equal(l.accept(l.begin(), 4), false);
    assert.equal(l.accept(l.begin(), 5), true, 'same version again (setting changed) is shown');
  });
});

describe('preview messages: shapes are checked on both sides', () => {
  it('accepts the page’s three messages and refuses anything else', () => {
    assert.ok(isFromPageMessage({ type: 'reveal', source: 'file:///a', realisationId: 'x', line: 3 }));
    assert.ok(isFromPageMessage({ type: 'openLink', source: 'file:///a', href: 'https://x.fr' }));
    assert.ok(isFromPageMessage({ type: 'exportPdf', source: 'file:///a' }));
    assert.ok(isFromPageMessage({ type: 'exportTableur', source: 'file:///a' }));
    assert.ok(!isFromPageMessage({ type: 'exportTableur' }));
    assert.ok(!isFromPageMessage({ type: 'reveal', source: 'file:///a', realisationId: 'x', line: -1 }));
    assert.ok(!isFromPageMessage({ type: 'reveal', source: 'file:///a', realisationId: 'x', line: '3' }));
    assert.ok(!isFromPageMessage({ type: 'runCommand', source: 'file:///a' }));
    assert.ok(!isFromPageMessage({ type: 'exportPdf' }));
    assert.ok(!isFromPageMessage(null));
  });

  it('accepts update and highlight for the page, nothing else', () => {
    assert.ok(isToPageMessage({ type: 'update', source: 's', version: 1, model: null }));
    assert.ok(isToPageMessage({ type: 'highlight', source: 's', realisationId: null }));
    assert.ok(!isToPageMessage({ type: 'update', source: 's', version: '1', model: null }));
    assert.ok(!isToPageMessage({ type: 'eval', source: 's' }));
  });
});
