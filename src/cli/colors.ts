import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

/**
 * Colours for stderr: on when it is a terminal, off with `NO_COLOR`, forced with `FORCE_COLOR`.
 * @param io the outside world
 */
export function colorsFor(io: Io): ChalkInstance {
  const { NO_COLOR, FORCE_COLOR } = io.env;
  const on = NO_COLOR ? false : FORCE_COLOR !== undefined ? FORCE_COLOR !== '0' : io.stderrIsTTY;
  return new Chalk({ level: on ? 1 : 0 });
}
