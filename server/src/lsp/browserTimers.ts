/**
 * `setImmediate` for the Web Worker (browserMain.ts): the server yields with it between slices of
 * work so that incoming edits and requests are read first (server.ts, handlers/workspace.ts). A
 * browser has none, and `setTimeout(0)` is clamped to 4 ms once nested, which would make a
 * workspace scan of 300 dossiers wait seconds; a MessageChannel message runs as soon as the
 * event loop is free, like Node's.
 */
type Immediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => unknown;

export function installSetImmediate(scope: { setImmediate?: unknown; MessageChannel?: typeof MessageChannel }): void {
  if (typeof scope.setImmediate === 'function') return;
  const queue: (() => void)[] = [];
  const Channel = scope.MessageChannel;
  let post: () => void;
  if (Channel) {
    const channel = new Channel();
    channel.port1.onmessage = () => queue.shift()?.();
    post = () => channel.port2.postMessage(0);
  } else {
    post = () => setTimeout(() => queue.shift()?.(), 0);
  }
  const immediate: Immediate = (callback, ...args) => {
    queue.push(() => callback(...args));
    post();
    return queue.length;
  };
  scope.setImmediate = immediate;
}
