import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

/**
 * Colours for the stream a command writes its report to: on when `io.stderrIsTTY` says that
 * stream is a terminal that is not `TERM=dumb` (which shows escape codes as text), off with
 * `NO_COLOR`, forced with `FORCE_COLOR`.
 * @param io the outside world (validate passes one whose `stderrIsTTY` is stdout's, as it reports there)
 */
export function colorsFor(io: Io): ChalkInstance {
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  const on = NO_COLOR ? false : FORCE_COLOR !== undefined ? FORCE_COLOR !== '0' : io.stderrIsTTY && TERM !== 'dumb';
  return new Chalk({ level: on ? 1 : 0 });
}
