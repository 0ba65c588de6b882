/**
 * Text placed on a page, as a PDF or OFD reader finds it: runs of glyphs with their place, in
 * points from the page's top left (y grows downwards), so the layout rules need not know which
 * format the page came from.
 */
export interface TextRun {
  /** The characters of the run, in writing order. */
  text: string;
  /** Left edge of the run. */
  x: number;
  /** The baseline, from the page's top. */
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Font size (the em), which sets every tolerance of the layout rules. */
  size: number;
}

/** A ruling line drawn on a page (a table's border), from (x0, y0) to (x1, y1), top-left origin. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A page's text runs and its size. */
export interface PageRuns {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Ruling lines, where the reader finds them. */
  rules?: Rule[];
}

/** One line of a page: runs on one baseline, joined in the order of x. */
export interface PageLine {
  page: number;
  text: string;
  /** Left, top, right, bottom, in points from the page's top left. */
  box: [number, number, number, number];
  /** The baseline. */
  y: number;
  /** The largest font size on the line. */
  size: number;
  /** Width of the first unbreakable piece of the line (a CJK character with its punctuation, or a Latin word), to tell whether it would have fitted on the line before. */
  lead: number;
  /** The runs of the line with their places, for finding table columns. */
  runs: TextRun[];
}

/** A page's lines in reading order. */
export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: PageLine[];
  rules: Rule[];
}
