import type { Io } from './io.js';

/** A run's progress, reported one finished input at a time. */
export interface Progress {
  /** One more input is done. */
  advance(): void;
  /** Takes the bar off the screen, before the run's report is written. */
  clear(): void;
}

/** A run shorter than this never shows a bar. */
const DELAY_MS = 500;
/** The bar is redrawn at most this often, so drawing costs nothing beside compiling. */
const EVERY_MS = 100;
const WIDTH = 24;

/**
 * A progress bar on one line of stderr (`████░░░░ 812/2000 documents`), redrawn in place; shown
 * only on a terminal and outside CI, so logs and pipes never get one, and only once the run has
 * taken half a second.
 * @param io the outside world: stderr, whether it is a terminal, the environment and the clock
 * @param total how many inputs the run has
 */
export function progressBar(io: Io, total: number): Progress {
  const shown = io.stderrIsTTY && total > 1 && !io.env.CI && io.env.TERM !== 'dumb';
  if (!shown) return { advance: () => {}, clear: () => {} };
  const now = io.now ?? (() => performance.now());
  const start = now();
  let done = 0;
  let drawn: number | null = null;
  return {
    advance() {
      done++;
      const time = now();
      if (time - start < DELAY_MS || (drawn !== null && time - drawn < EVERY_MS)) return;
      drawn = time;
      const filled = Math.round((WIDTH * done) / total);
      io.stderr(`\r${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${done}/${total} documents\u001b[K`);
    },
    clear() {
      if (drawn !== null) io.stderr('\r\u001b[K');
    },
  };
}
