import { performance } from 'node:perf_hooks';

/** Runs of each size, the fastest kept: a busy machine only ever adds time. */
const RUNS = 3;

/**
 * How much longer `work` takes on the input of size 2n than on that of size n, each timed at its
 * fastest of a few runs: about 2 for linear work, about 4 for quadratic.
 * @param work what is timed, given the input
 * @param make the input of size n
 * @param n the smaller size
 */
export function doublingRatio<T>(work: (input: T) => unknown, make: (n: number) => T, n: number): { ratio: number; ms: number } {
  const time = (input: T, calls: number) => {
    let best = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      for (let call = 0; call < calls; call++) work(input);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const small = make(n);
  const large = make(2 * n);
  // Enough calls that the small input's time stands well above the timer's noise.
  let calls = 1;
  while (time(small, calls) < MIN_MS && calls < MAX_CALLS) calls *= 2;
  // The least ratio of a few pairs of measurements: a collection or another process landing in
  // one of them only ever raises it.
  let best = { ratio: Infinity, ms: 0 };
  for (let pair = 0; pair < PAIRS && best.ratio > MAX_DOUBLING_RATIO; pair++) {
    const smallMs = time(small, calls);
    const largeMs = time(large, calls);
    if (largeMs / smallMs < best.ratio) best = { ratio: largeMs / smallMs, ms: largeMs / calls };
  }
  return best;
}

/** Pairs of measurements taken while the ratio stays above the threshold. */
const PAIRS = 3;
/** The least time a measurement takes, in ms: below it a time is mostly the timer's and the collector's noise. */
const MIN_MS = 20;
/** The most calls a measurement repeats, for work too fast to time even so. */
const MAX_CALLS = 4096;

/**
 * The most a doubled input may cost against the original in these tests: linear work gives 2,
 * quadratic 4; 3 leaves room for a busy machine's noise and a garbage collection, and still
 * tells the two apart.
 */
export const MAX_DOUBLING_RATIO = 3;
