/**
 * The piece cache keeps what the next keystroke needs and stays within its budget: the pieces of
 * the dossier being typed in survive the reading of other files, the least recently used go.
 */
import { strict as assert } from 'node:assert';
import { PieceCache } from '../../../../server/src/core/incremental/pieceCache';

const item = (i: number) => `  - id: r${i}\n    intitule: Réalisation ${i}\n    competences: [B1.1]\n`;

describe('the piece cache', () => {
  it('drops the least recently used pieces past its budget, not the ones in use', () => {
    const cache = new PieceCache(2_000);
    const typing = [0, 1, 2].map(item);
    // The dossier being typed in, used in every parse; 200 other pieces read once each.
    for (let round = 0; round < 40; round++) {
      cache.beginParse();
      const kept = typing.map((t, k) => cache.placed(t, 'item', k * 100));
      assert.ok(kept.every((p) => p !== null));
      for (let k = 0; k < 5; k++) cache.placed(item(1000 + round * 5 + k), 'item', 0);
    }
    cache.beginParse();
    assert.ok(cache.size <= 2_000, `${cache.size} characters kept`);
    const before = cache.size;
    const again = typing.map((t, k) => cache.placed(t, 'item', k * 100));
    assert.equal(cache.size, before, 'the pieces in use were still there: nothing parsed again');
    assert.ok(again.every((p) => p && p.parsed.data), 'and they are the parsed items');
    // An old piece read once is gone: reading it again parses it anew.
    cache.placed(item(1000), 'item', 0);
    assert.ok(cache.size > before, 'the oldest piece read once was dropped');
  });
});
