import type { Rule } from '../layout/positioned-text.js';

/** A stroke or fill thinner than this many points, and longer, is a ruling line (a table's border). */
const THIN = 2;

/** The drawing operators of pdf.js this needs, by name. */
type Operators = Record<'constructPath' | 'save' | 'restore' | 'transform' | (typeof PAINTING)[number], number>;

/** The operators that end a path by painting it; a path that only clips draws nothing. */
const PAINTING = ['stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'] as const;
type Matrix = [number, number, number, number, number, number];

/** pdf.js's codes inside a path: move, line, cubic curve, quadratic curve, close. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;

/**
 * The horizontal and vertical ruling lines a page draws (straight path segments, and thin
 * rectangles), in points from the page's top left.
 * @param list the page's operator list from pdf.js
 * @param ops pdf.js's operator codes
 * @param toPage turns a point of the PDF's user space into the page's top-left coordinates
 */
export function readRules(list: { fnArray: number[]; argsArray: unknown[] }, ops: Operators, toPage: (x: number, y: number) => [number, number]): Rule[] {
  const rules: Rule[] = [];
  const painting = new Set(PAINTING.map((name) => ops[name]));
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const apply = (x: number, y: number) => toPage(matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]);
  const add = (from: [number, number], to: [number, number]) => {
    const [x0, y0] = apply(...from);
    const [x1, y1] = apply(...to);
    const wide = Math.abs(x1 - x0);
    const tall = Math.abs(y1 - y0);
    if ((wide < THIN && tall > THIN) || (tall < THIN && wide > THIN)) {
      rules.push({ x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) });
    }
  };
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === ops.save) stack.push(matrix);
    else if (fn === ops.restore) matrix = stack.pop() ?? matrix;
    else if (fn === ops.transform && args) matrix = multiply(args as Matrix, matrix);
    else if (fn === ops.constructPath && args) {
      const [paint, paths, box] = args as [number, Array<ArrayLike<number> | null>, ArrayLike<number> | null];
      if (!painting.has(paint)) return;
      const path = paths?.[0];
      if (path) segmentsOf(path, add);
      else if (box) add([box[0]!, box[1]!], [box[2]!, box[3]!]);
    }
  });
  return rules;
}

/** Each straight segment of a pdf.js path, and a thin box's middle line. */
function segmentsOf(path: ArrayLike<number>, add: (from: [number, number], to: [number, number]) => void): void {
  let at: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (let index = 0; index < path.length; ) {
    const code = path[index]!;
    if (code === MOVE) {
      at = start = [path[index + 1]!, path[index + 2]!];
      index += 3;
    } else if (code === LINE) {
      const to: [number, number] = [path[index + 1]!, path[index + 2]!];
      add(at, to);
      at = to;
      index += 3;
    } else if (code === CURVE) {
      at = [path[index + 5]!, path[index + 6]!];
      index += 7;
    } else if (code === QUADRATIC) {
      at = [path[index + 3]!, path[index + 4]!];
      index += 5;
    } else {
      add(at, start);
      at = start;
      index += 1;
    }
  }
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
