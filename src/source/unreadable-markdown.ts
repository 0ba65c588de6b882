/**
 * Markdown that the Markdown reader does not take: nested deeper, or with more emphasis marks in
 * one paragraph, than any plan has, or that made the parser fail. The compiler then reads the
 * file as plain text, with a warning that says why.
 */
export class UnreadableMarkdown extends Error {
  // Told by name too: the command line bundles the Markdown reader apart, with its own copy of this class.
  override name = 'UnreadableMarkdown';
}

/** The rule id of the warning given when Markdown is read as plain text instead. */
export const MARKDOWN_AS_TEXT = 'markdown-as-text';
