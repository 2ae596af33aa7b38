/**
 * The workspace check collects its garbage at its pauses (server/src/runtime/heapReclaim.ts): a class
 * folder with a large file in it must not leave the server's memory at the height of the dead
 * objects its reading made. Runs in a process started without --expose-gc, like the server.
 */
import { strict as assert } from 'node:assert';
import { getHeapStatistics } from 'node:v8';
import { heapReclaimer } from '../../server/src/runtime/heapReclaim';

const usedMb = (): number => getHeapStatistics().used_heap_size / 1e6;

describe('collecting between the slices of the workspace check', () => {
  it('collects the dead objects once the heap has grown past the threshold, not before', () => {
    assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the test process has no gc() of its own');
    const reclaim = heapReclaimer(16);
    // Dead objects of the kind a parse leaves: many small ones, ~40 MB.
    let garbage: { i: number; s: string }[][] | null = [];
    for (let k = 0; k < 40; k++) garbage.push(Array.from({ length: 20_000 }, (_, i) => ({ i, s: `x${i}` })));
    const grown = usedMb();
    garbage = null;
    reclaim();
    const after = usedMb();
    assert.ok(grown - after > 20, `heap ${grown.toFixed(1)} → ${after.toFixed(1)} MB`);
    // The threshold counts from that collection: ~6 MB of dead objects are left for V8.
    let some: { i: number; s: string }[][] | null = [];
    for (let k = 0; k < 6; k++) some.push(Array.from({ length: 20_000 }, (_, i) => ({ i, s: `y${i}` })));
    some = null;
    const before = usedMb();
    reclaim();
    assert.ok(usedMb() > before - 1, `no collection under the threshold: ${before.toFixed(1)} → ${usedMb().toFixed(1)} MB`);
  });
});
