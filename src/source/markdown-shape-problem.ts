/**
 * Most containers (block quotes, list items, and indentation counted two columns a level) that
 * one line of Markdown may open: plans nest five levels at most, and remark recurses once per
 * level, so that 2,000 nested list items overflowed the stack and 20,000 ran for minutes.
 */
export const MAX_MARKDOWN_DEPTH = 100;
/**
 * Most `*` and `_` in one paragraph (text between blank lines): remark pairs emphasis marks in
 * time that grows with their square (20,000 `*a` took 19 s); a plan's paragraph holds a few dozen.
 */
export const MAX_EMPHASIS_MARKS = 2000;

/**
 * Why a Markdown text should not go to the Markdown parser, or null when it may: a line nested
 * deeper than `MAX_MARKDOWN_DEPTH`, or a paragraph with more than `MAX_EMPHASIS_MARKS` emphasis
 * marks. One pass over the text, in linear time.
 * @param text the decoded Markdown file
 * @returns the reason, naming the line, or null
 */
export function markdownShapeProblem(text: string): string | null {
  let line = 1;
  let marks = 0;
  let paragraphLine = 1;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const depth = lineDepth(text, at, end);
    if (depth > MAX_MARKDOWN_DEPTH) return `line ${line} nests ${depth} levels of lists, quotes or indentation (more than ${MAX_MARKDOWN_DEPTH})`;
    if (isBlankLine(text, at, end)) {
      marks = 0;
      paragraphLine = line + 1;
    } else {
      for (let k = at; k < end; k++) {
        const code = text.charCodeAt(k);
        if (code === 42 || code === 95) marks++;
      }
      if (marks > MAX_EMPHASIS_MARKS) return `the paragraph from line ${paragraphLine} holds more than ${MAX_EMPHASIS_MARKS} emphasis marks (* or _)`;
    }
    at = end + 1;
    line++;
  }
  return null;
}

/** How many containers a line opens: block-quote marks, list markers, and its indentation in steps of two columns. */
function lineDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let columns = 0;
  let at = start;
  while (at < end) {
    const c = text[at]!;
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4;
    else if (c === '>' || ((c === '-' || c === '*' || c === '+') && (at + 1 === end || text[at + 1] === ' ' || text[at + 1] === '\t'))) {
      depth++;
      // The blank after a marker belongs to it, not to the indentation.
      if (text[at + 1] === ' ') at++;
    } else {
      // An ordered marker (`12.` or `3)`) followed by a blank opens a list item too.
      let digits = at;
      while (digits < end && digits - at < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
      if (digits > at && (text[digits] === '.' || text[digits] === ')') && (text[digits + 1] === ' ' || text[digits + 1] === '\t')) {
        depth++;
        at = digits + 1;
        if (text[at + 1] === ' ') at++;
      } else break;
    }
    at++;
  }
  return depth + Math.floor(columns / 2);
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!/\s/.test(text[at]!)) return false;
  return true;
}
