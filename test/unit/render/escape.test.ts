import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { documentHtml, escapeHtml, httpUrl } from '../../../server/src/products/render/escape';

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('escapeHtml: dossier text never becomes markup', () => {
  it('escapes the five characters that can open a tag or close an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes an ampersand once, so entities typed by the student stay visible as typed', () => {
    assert.equal(escapeHtml('&lt;script&gt;'), '&amp;lt;script&amp;gt;');
  });

  it('keeps accents, typographic apostrophes and ☒ untouched', () => {
    assert.equal(escapeHtml('Réalisation d’équipe ☒ « ok »'), 'Réalisation d’équipe ☒ « ok »');
  });

  it('turns null and undefined into empty text and numbers into their digits', () => {
    assert.equal(escapeHtml(null), '');
    assert.equal(escapeHtml(undefined), '');
    assert.equal(escapeHtml(42), '42');
  });

  it('for any string: no raw < > " \' remains and the text round-trips', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const e = escapeHtml(s);
      assert.ok(!/[<>"']/.test(e));
      assert.ok(!/&(?!amp;|lt;|gt;|quot;|#39;)/.test(e), 'every & starts one of our entities');
      assert.equal(unescape(e), s);
    }), { numRuns: 500 });
  });
});

describe('httpUrl: only http and https documents become links', () => {
  const accepted: [string, string][] = [
    ['https://github.com/lea/glpi', 'https://github.com/lea/glpi'],
    ['http://intranet.lycee.fr/projet', 'http://intranet.lycee.fr/projet'],
    ['  https://exemple.fr/a?b=1&c=2  ', 'https://exemple.fr/a?b=1&c=2'],
    ['HTTPS://Exemple.FR/Doc', 'https://exemple.fr/Doc']
  ];
  for (const [input, expected] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => assert.equal(httpUrl(input), expected));
  }

  const refused = [
    'javascript:window.__pwned=1',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'vscode://settings',
    'command:workbench.action.quit',
    '//evil.example/x',
    'https://',
    'https:evil.example',
    'https://exemple.fr/a b',
    'https://exemple.fr/\nx',
    'Procédure d’installation (PDF)',
    'voir https://exemple.fr',
    ''
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => assert.equal(httpUrl(input), null));
  }
});

describe('documentHtml: a link only for http(s), text for everything else', () => {
  it('links an https document with href and data-href, both escaped', () => {
    assert.equal(
      documentHtml('https://ok.example.fr/a?b=1&c="2"'),
      '<a class="doc-link" href="https://ok.example.fr/a?b=1&amp;c=%222%22" data-href="https://ok.example.fr/a?b=1&amp;c=%222%22">https://ok.example.fr/a?b=1&amp;c=&quot;2&quot;</a>'
    );
  });

  it('shows a javascript: document as text, not as a link', () => {
    assert.equal(documentHtml('javascript:window.__pwned=1'), '<span class="doc-text">javascript:window.__pwned=1</span>');
  });

  it('shows markup in a document name as text', () => {
    assert.equal(documentHtml('<img src=x onerror="a()">'), '<span class="doc-text">&lt;img src=x onerror=&quot;a()&quot;&gt;</span>');
  });

  it('links a bare address inside a document’s text (« Dépôt Git https://… »), the rest staying text', () => {
    assert.equal(
      documentHtml('Dépôt Git https://gitlab.com/lea/glpi.', { interactive: false }),
      '<span class="doc-text">Dépôt Git <a class="doc-link" href="https://gitlab.com/lea/glpi">https://gitlab.com/lea/glpi</a>.</span>'
    );
    assert.equal(
      documentHtml('Code (https://a.fr/x) et démo https://b.fr'),
      '<span class="doc-text">Code (<a class="doc-link" href="https://a.fr/x" data-href="https://a.fr/x">https://a.fr/x</a>) et démo <a class="doc-link" href="https://b.fr/" data-href="https://b.fr/">https://b.fr</a></span>'
    );
    // Only http(s): another scheme inside the text stays text, and markup around stays escaped.
    assert.equal(documentHtml('voir javascript:alert(1) <b>'), '<span class="doc-text">voir javascript:alert(1) &lt;b&gt;</span>');
  });
});
