/**
 * Memory between the slices of the workspace check (handlers/workspace.ts). Reading a closed
 * file makes garbage at the pace of the parse (tokens, nodes, the item trees dropped once their
 * models are built), and the young generation is kept small (youngGeneration.ts), so most of it
 * is promoted to the old generation, which V8 collects only once it reaches a limit that grows
 * with the heap: checking a class folder with a 2,000-réalisation file in it took the server's
 * peak memory from ~70 to ~97 MB, of which ~25 MB of dead objects (issue 16, measured with
 * scripts/bench/classBench.mjs). A full collection each time the heap has grown by
 * RECLAIM_GROWTH_MB since the last one brings that peak to ~85 MB; it runs only at the pauses
 * of the workspace check, which come after a typing pause (server.ts whenIdle), never in the
 * path of a keystroke.
 *
 * V8's collector is reached through a context made after `--expose-gc` is set (the flag is read
 * when a context is created); a process started with `--expose-gc` has it already.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const RECLAIM_GROWTH_MB = 8;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    try {
      if (!exposed) setFlagsFromString('--expose-gc');
      collect = exposed ?? (runInNewContext('gc') as () => void);
    } catch {
      collect = null; // a runtime without it: V8 collects on its own schedule
    }
  }
  return collect;
}

const used = (): number => getHeapStatistics().used_heap_size;

/** A function to call at each pause of a long background job: collects once the heap grew enough. */
export function heapReclaimer(growthMb = RECLAIM_GROWTH_MB): () => void {
  let floor = used();
  return () => {
    const now = used();
    // V8 collected on its own meanwhile: count the growth from there.
    if (now < floor) floor = now;
    if (now - floor < growthMb * 1_000_000) return;
    collector()?.();
    floor = used();
  };
}
