import type { Block, SourceFormat } from '../model/index.js';
import type { ExtractedText } from '../model/origin.js';
import { splitText } from './split-text.js';

/**
 * How one format becomes the plan's paragraphs: text and Markdown are decoded by the caller and
 * split into blocks here; the other formats are read from their bytes by their reader, which
 * gives the plan's text (one paragraph per line) and where each line stands in the file.
 * Note: an extracting reader throws (or rejects with) `ReadRefusal` for a file it cannot read as a plan.
 */
export type Reader =
  | { kind: 'decoded'; blocks: (text: string) => Block[] }
  | { kind: 'extracted'; extract: (bytes: Uint8Array) => ExtractedText | Promise<ExtractedText> };

/** Loads a reader: each brings its own libraries (unified, hast, a zip and XML parser, pdf.js), loaded only for an input that needs them. */
export type LoadReader = () => Promise<Reader>;

/**
 * The reader of each format, one entry per format: adding a format is adding its module and its
 * line here. Each module is imported only when an input of its format is read, so a run over
 * plain text loads none of them (test/startup-loads.test.ts checks it).
 */
export const readers = {
  text: async () => ({ kind: 'decoded', blocks: splitText }),
  markdown: async () => ({ kind: 'decoded', blocks: (await import('./markdown-blocks.js')).markdownBlocks }),
  html: async () => ({ kind: 'extracted', extract: (await import('./html/html-to-text.js')).htmlToText }),
  docx: async () => ({ kind: 'extracted', extract: (await import('./docx/docx-to-text.js')).docxToText }),
  doc: async () => ({ kind: 'extracted', extract: (await import('./doc/doc-to-text.js')).docToText }),
  pdf: async () => ({ kind: 'extracted', extract: (await import('./pdf/pdf-to-text.js')).pdfToText }),
  ofd: async () => ({ kind: 'extracted', extract: (await import('./ofd/ofd-to-text.js')).ofdToText }),
} as const satisfies Record<SourceFormat, LoadReader>;
