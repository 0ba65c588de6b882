/**
 * How an input is read: as asked, else Markdown for a `.md` or `.markdown` file, else text.
 * @param path the input's path, or null for stdin
 * @param format the format asked for, if any
 */
export function sourceFormat(path: string | null, format?: 'text' | 'markdown'): 'text' | 'markdown' {
  return format ?? (path && /\.(?:md|markdown)$/i.test(path) ? 'markdown' : 'text');
}
