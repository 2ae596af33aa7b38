/**
 * Results of a pure function of one string, kept by input: the rules run again over the whole
 * dossier on every keystroke, and all but one of its values are the ones they read last time
 * (2,000 réalisations: each link's URL parsed twice, each period checked, per keystroke). The
 * results are shared: callers never change them. Past `max` inputs the memo is dropped whole.
 */
export function memoized<R>(fn: (input: string) => R, max = 20_000): (input: string) => R {
  const memo = new Map<string, R>();
  return (input) => {
    let r = memo.get(input);
    if (r === undefined && !memo.has(input)) {
      if (memo.size >= max) memo.clear();
      r = fn(input);
      memo.set(input, r);
    }
    return r as R;
  };
}
