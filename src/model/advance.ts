import type { Point } from './position.js';

/**
 * The point reached after reading `text` from `point`.
 * @param point where `text` starts
 * @param text the characters passed over; a `\r\n` pair counts as one line break
 */
export function advance(point: Point, text: string): Point {
  let { line, column } = point;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column, offset: point.offset + text.length };
}
