import type { ExtractedText } from '../../model/origin.js';
import { ReadRefusal } from '../read-refusal.js';

/**
 * The plan's text in a Word file, one paragraph per line, with where each line came from.
 * @param bytes the file
 * Note: throws ReadRefusal when the file cannot be read as a plan.
 */
export function docxToText(bytes: Uint8Array): ExtractedText {
  void bytes;
  throw new ReadRefusal('reading Word files is not built yet');
}
