import { advance } from './advance.js';
import type { Point } from './position.js';

/**
 * The points of offsets into one text, each found by advancing from the one asked for before:
 * asked in increasing order, as a scan asks, the whole text is read once, however many points
 * are wanted (advancing from the text's start each time would read it once per point).
 * @param text the text the offsets are into
 * @param base where the text starts; null for text that has no position
 * @returns the point of an offset, or null when `base` is null
 */
export function pointCursor(text: string, base: Point | null): (offset: number) => Point | null {
  let offset = 0;
  let point = base;
  return (to) => {
    if (!base || !point) return null;
    if (to < offset) {
      offset = 0;
      point = base;
    }
    point = advance(point, text.slice(offset, to));
    offset = to;
    return point;
  };
}
