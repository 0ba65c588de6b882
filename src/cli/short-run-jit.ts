/**
 * Turns V8's optimizing compiler (TurboFan) off for the rest of this process, for a run too short
 * for its work to pay back. In a short run V8 still picks the hottest functions (the word-bound
 * and verb lookups, the bracket scan, the YAML writer) for optimization, and compiles them on
 * another thread: measured on the seed (19 KB), that thread's work was a fifth of the run's CPU
 * time (about 75 of 375 ms) while the main thread finished no sooner with it, since the optimized
 * code arrives when little is left to run. On a machine whose cores are all busy (a shared CI
 * runner) that CPU time is wall time. Set after the bundle is loaded: V8 takes the code cache only
 * under the flags it was made with (src/cli/load-bundle.cts).
 * Note: it changes no result, only which of V8's compilers runs the code.
 */
export async function shortRunJit(): Promise<void> {
  // node:v8 is loaded only here: a run that is not short never needs it.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--no-opt');
}
