import * as z from 'zod';

/**
 * Where a part of the text stands in the original file, for inputs that are not plain text: the
 * text a reader extracts from a Word file, a PDF, an OFD file or a web page is what the tree is
 * lossless against, and an origin points back into the file it came from.
 */
export const Origin = z
  .union([
    // Word: the 1-based paragraph of the document body (table paragraphs counted too), and for a table its cell.
    z.object({
      paragraph: z.int().min(1),
      cell: z.object({ table: z.int().min(1), row: z.int().min(1), column: z.int().min(1) }).optional(),
    }),
    // PDF and OFD: the 1-based page and the box of the line on it, in points from the page's top left.
    z.object({
      page: z.int().min(1),
      box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
    // Web pages: the 1-based line and column in the page's source.
    z.object({ line: z.int().min(1), column: z.int().min(1) }),
  ])
  .meta({ id: 'Origin' });
export type Origin = z.infer<typeof Origin>;

/**
 * What a reader of a format other than plain text gives: the plan's text, one paragraph per line
 * as its `.txt` copy would have it (a table row is one line, its cells separated by a tab), and
 * for each line of that text where it came from in the file (`lines[i]` is the origin of line i + 1).
 */
export interface ExtractedText {
  text: string;
  lines: Origin[];
}
