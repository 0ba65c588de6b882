import type { ExtractedText } from '../../model/origin.js';
import { ReadRefusal } from '../read-refusal.js';

/**
 * The plan's text in a PDF file, one paragraph per line, with where each line came from.
 * @param bytes the file
 * Note: rejects with ReadRefusal when the file cannot be read as a plan.
 */
export async function pdfToText(bytes: Uint8Array): Promise<ExtractedText> {
  void bytes;
  throw new ReadRefusal('reading PDF files is not built yet');
}
