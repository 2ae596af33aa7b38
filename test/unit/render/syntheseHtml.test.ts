import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, renderSyntheseBody, renderSynthesePage } from '../../../server/src/products/render/syntheseHtml';
import { loadModel } from '../../support/synthese';

function count(haystack: string, needle: RegExp): number {
  return (haystack.match(needle) ?? []).length;
}

describe('renderSynthesePage: a locked-down page', () => {
  it('allows only the nonce’d script and style, and the webview origin for styles and images', () => {
    assert.equal(
      contentSecurityPolicy('abc', 'vscode-webview://x'),
      "default-src 'none'; style-src vscode-webview://x 'nonce-abc'; script-src 'nonce-abc'; img-src vscode-webview://x"
    );
  });

  it('standalone: no origin at all besides the nonce', () => {
    assert.equal(contentSecurityPolicy('abc'), "default-src 'none'; style-src 'nonce-abc'; script-src 'nonce-abc'");
  });

  it('is French, carries the nonce on its script and the document in escaped data attributes', () => {
    const html = renderSynthesePage(loadModel('sisr'), {
      standalone: false, nonce: 'n0nce', cspSource: 'vscode-webview://x', scriptUri: 'vscode-webview://x/preview.js',
      styleUri: 'vscode-webview://x/preview.css', source: 'file:///d/a "b".sio.yaml', version: 7
    });
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<script nonce="n0nce" src="vscode-webview:\/\/x\/preview.js"><\/script>/);
    assert.match(html, /data-source="file:\/\/\/d\/a &quot;b&quot;.sio.yaml"/);
    assert.match(html, /data-version="7"/);
    assert.match(html, /data-command="exportPdf"/);
    assert.equal(count(html, /<script/g), 1);
  });

  it('offers the spreadsheet export in the toolbar for a BTS SIO dossier, not for the MC SNO (no official tableau)', () => {
    const opts = { standalone: false, labels: { exportTableur: 'Export the spreadsheet' } };
    assert.match(renderSynthesePage(loadModel('sisr'), opts), /<button type="button" class="toolbar-button" data-command="exportTableur">Export the spreadsheet<\/button>/);
    assert.doesNotMatch(renderSynthesePage(loadModel('mcsno'), opts), /exportTableur/);
    assert.doesNotMatch(renderSynthesePage(loadModel('sisr'), { standalone: true }), /exportTableur/);
  });

  it('draws a fresh nonce per render when none is given', () => {
    const a = renderSynthesePage(null, { standalone: true });
    const b = renderSynthesePage(null, { standalone: true });
    const nonce = (s: string) => /nonce-([0-9a-f]{32})/.exec(s)?.[1];
    assert.ok(nonce(a));
    assert.notEqual(nonce(a), nonce(b));
  });

  it('an inlined script cannot close its own element', () => {
    const html = renderSynthesePage(null, { standalone: true, nonce: 'n', inlineScript: 'var s = "</script><script>x()</script>";' });
    assert.equal(count(html, /<\/script>/gi), 1);
  });

  it('says so when the document is not a dossier', () => {
    assert.match(renderSynthesePage(null, { standalone: true }), /ce document n’est pas un dossier lisible/);
  });
});

describe('renderSyntheseBody: the official form’s content', () => {
  it('one row per réalisation, with its id and start line for reveal', () => {
    const model = loadModel('sisr');
    const html = renderSyntheseBody(model);
    for (const row of model.groups.flatMap((g) => g.rows)) {
      assert.match(html, new RegExp(`<tr class="realisation" tabindex="0" data-realisation="${row.id}" data-line="${row.lines.start}">`));
    }
  });

  it('ticks: one X per mobilised competence, as many as the model says', () => {
    const model = loadModel('sisr');
    const ticks = model.groups.flatMap((g) => g.rows).reduce((n, r) => n + Object.values(r.ticks).filter(Boolean).length, 0);
    assert.equal(count(renderSyntheseBody(model), /class="tick is-ticked"/g), ticks);
  });

  it('names the competences no réalisation mobilises', () => {
    assert.match(renderSyntheseBody(loadModel('sisr')), /Compétence non mobilisée : <span class="missing-id">B1.3<\/span>/);
    assert.match(renderSyntheseBody(loadModel('slam')), /Toutes les compétences du bloc sont mobilisées/);
  });

  it('the evaluation appears only when the model has one', () => {
    assert.match(renderSyntheseBody(loadModel('slam')), /class="evaluation"/);
    assert.doesNotMatch(renderSyntheseBody(loadModel('sisr')), /class="evaluation"/);
  });

  it('MC SNO: one grid per bloc, an overall table of traces without the BTS form’s wording, and no option boxes', () => {
    const html = renderSyntheseBody(loadModel('mcsno'));
    assert.equal(count(html, /<section class="grid"/g), 3);
    assert.match(html, /Traces et réalisations \(intitulé et documents associés\)/);
    assert.doesNotMatch(html, /Réalisations professionnelles \(intitulé et liste/);
    assert.doesNotMatch(html, /field-option/);
  });

  it('hostile text is escaped everywhere: no tag or handler from the dossier survives', () => {
    const html = renderSyntheseBody(loadModel('hostile'));
    assert.doesNotMatch(html, /<script|<img|<svg|<iframe|<style|\son\w+=(?!&quot;)/i);
    assert.doesNotMatch(html, /href="javascript:/i);
    assert.match(html, /&lt;script&gt;window.__pwned=1&lt;\/script&gt;Inventaire/);
  });
});
