/**
 * A quote the student opened and never closed: `yaml` reports it at the end of the file (the
 * quoted value runs to that end), where nothing is wrong. The message must point at the quote.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../../../server/src/core/service';
import { NOW } from '../../support/dossier';

const LEA = readFileSync(path.resolve(__dirname, '../../../examples/lea-martin-sisr.sio.yaml'), 'utf8');
const editor = createLanguageService({ now: () => NOW });
const cli = createLanguageService({ now: () => NOW, incremental: false });

/** The example with an unclosed `quote` opening the value of the first `intitule:` after `after`. */
function withUnclosedQuote(quote: string, after: string): { text: string; at: number } {
  const key = LEA.indexOf('intitule: ', LEA.indexOf(after));
  const at = key + 'intitule: '.length;
  return { text: LEA.slice(0, at) + quote + LEA.slice(at), at };
}

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('an unclosed quote', () => {
  for (const [quote, name] of [['"', 'double'], ["'", 'simple']]) {
    it(`(${name}) is reported on the line where it opens, in the editor and the CLI, not at the end of the file`, () => {
      const { text, at } = withUnclosedQuote(quote, 'realisations:');
      for (const service of [editor, cli]) {
        const syntax = service.findings(service.parse(text)).filter((f) => f.code === 'yaml-syntax');
        assert.equal(syntax.length, 1, JSON.stringify(syntax));
        const [f] = syntax;
        assert.equal(f.start, at, 'starts at the opening quote');
        assert.equal(lineOf(text, f.end), lineOf(text, at), 'ends on the same line');
        assert.match(f.message.fr, /^Syntaxe YAML : ce guillemet n’est jamais fermé/);
        assert.match(f.message.en, /this quote is never closed/);
      }
    });
  }

  it('a missing « ] » keeps yaml’s own location and the general message', () => {
    const at = LEA.indexOf('competences: [') + 'competences: ['.length;
    const close = LEA.indexOf(']', at);
    const text = LEA.slice(0, close) + LEA.slice(close + 1);
    const syntax = editor.findings(editor.parse(text)).filter((f) => f.code === 'yaml-syntax');
    assert.ok(syntax.length >= 1);
    assert.ok(syntax.every((f) => !/guillemet n’est jamais fermé/.test(f.message.fr)), JSON.stringify(syntax));
  });
});
