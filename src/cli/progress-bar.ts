import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import type { Io } from './io.js';

/** A run's progress, reported one finished input at a time. */
export interface Progress {
  /** One more input is done. */
  advance(): void;
  /** Takes the bar off the screen, so that report lines can be written; the next step draws it again. */
  clear(): void;
}

/** A run shorter than this never shows a bar. */
const DELAY_MS = 500;
/** A bar on screen is redrawn at most this often; one taken away for report lines comes back at the next step. */
const EVERY_MS = 100;
const WIDTH = 24;

/**
 * A progress bar on one line of stderr (`████░░░░ 812/2000 documents`), redrawn in place; shown
 * only on a terminal and outside CI, so logs and pipes never get one, and only once the run has
 * taken half a second.
 * @param io the outside world: stderr, whether it is a terminal, the environment and the clock
 * @param total how many inputs the run has
 * @param lang the language of the run's messages (`1/10 份文件` in Chinese)
 */
export function progressBar(io: Io, total: number, lang?: Language): Progress {
  const shown = io.stderrIsTTY && total > 1 && !io.env.CI && io.env.TERM !== 'dumb';
  if (!shown) return { advance: () => {}, clear: () => {} };
  const now = io.now ?? (() => performance.now());
  const start = now();
  let done = 0;
  let drawn: number | null = null;
  let visible = false;
  return {
    advance() {
      done++;
      const time = now();
      if (time - start < DELAY_MS || (visible && drawn !== null && time - drawn < EVERY_MS)) return;
      drawn = time;
      visible = true;
      const filled = Math.round((WIDTH * done) / total);
      io.stderr(`\r${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${translate(lang, 'progress.documents', { done, total })}\u001b[K`);
    },
    clear() {
      if (visible) io.stderr('\r\u001b[K');
      visible = false;
    },
  };
}
